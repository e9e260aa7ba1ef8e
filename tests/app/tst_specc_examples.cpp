// specc examples run as a real process on the example-grammar fixture: text and JSON output
// (turns with attributes, decision points, answers with label, rationale and violated section),
// usage errors; and the per-section label counts of specc outline --json.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSpeccExamples : public QObject
{
    Q_OBJECT
private:
    using Result = TestSupport::ProcessResult;
    static Result specc(const QStringList &args)
    {
        return TestSupport::run(QStringLiteral(SPECC_PATH), args);
    }
    static QString fixture()
    {
        return QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec_grammar/spec.md");
    }
    static QJsonObject json(const QStringList &args)
    {
        const Result r = specc(args);
        if (r.code != 0)
            return {};
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void text()
    {
        const Result r = specc({QStringLiteral("examples"), fixture()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains(QStringLiteral("#log_weather  a keeper wants a calmer log, against "
                                              "Log the weather honestly")));
        QVERIFY(r.out.contains(QStringLiteral("assistant recipient=barometer end_turn=false")));
        QVERIFY(r.out.contains(QStringLiteral("BAD #be_kind: refuses rudely instead of Log the "
                                              "weather honestly")));
        QVERIFY(r.out.contains(QStringLiteral("    [...]\n")));
        QVERIFY(r.out.contains(QStringLiteral("<untrusted>")));
    }

    void jsonListsTurnsDecisionPointsAndAnswers()
    {
        const QJsonObject root =
            json({QStringLiteral("examples"), QStringLiteral("--json"), fixture()});
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("examples")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("GOOD")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("BAD")).toInt(), 5);
        QCOMPARE(counts.value(QStringLiteral("OK")).toInt(), 2);
        const QJsonArray examples = root.value(QStringLiteral("examples")).toArray();
        QCOMPARE(examples.size(), 3);
        const QJsonObject third = examples.at(2).toObject();
        QCOMPARE(third.value(QStringLiteral("section")).toString(), QStringLiteral("log_weather"));
        QVERIFY(third.value(QStringLiteral("line")).toInt() > 0);
        const QJsonArray turns = third.value(QStringLiteral("turns")).toArray();
        QCOMPARE(turns.size(), 8);
        QCOMPARE(turns.at(1)
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("recipient"))
                     .toString(),
                 QStringLiteral("barometer"));
        const QJsonArray points = third.value(QStringLiteral("decisionPoints")).toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(1).toObject().value(QStringLiteral("context")).toArray(),
                 (QJsonArray{0, 1, 2, 3, 5}));
        const QJsonArray answers =
            points.at(0).toObject().value(QStringLiteral("answers")).toArray();
        QCOMPARE(answers.size(), 2);
        const QJsonObject bad = answers.at(1).toObject();
        QCOMPARE(bad.value(QStringLiteral("label")).toString(), QStringLiteral("BAD"));
        QCOMPARE(bad.value(QStringLiteral("violates")).toString(), QStringLiteral("log_weather"));
        QCOMPARE(bad.value(QStringLiteral("rationale")).toString(),
                 QStringLiteral("reports a reading it did not take"));
        const QJsonObject second = examples.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("blocks")).toArray().size(), 1);
        QCOMPARE(second.value(QStringLiteral("turns"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("blocks"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("untrusted"));
    }

    void outlineLabelCounts()
    {
        const QJsonObject root =
            json({QStringLiteral("outline"), QStringLiteral("--json"), fixture()});
        const QJsonObject top = root.value(QStringLiteral("sections")).toArray().at(0).toObject();
        const QJsonArray children = top.value(QStringLiteral("children")).toArray();
        QCOMPARE(children.size(), 2);
        const QJsonObject kind =
            children.at(0).toObject().value(QStringLiteral("labels")).toObject();
        QCOMPARE(kind.value(QStringLiteral("GOOD")).toInt(), 2);
        QCOMPARE(kind.value(QStringLiteral("BAD")).toInt(), 1);
        QCOMPARE(kind.value(QStringLiteral("OK")).toInt(), 1);
        const QJsonObject log =
            children.at(1).toObject().value(QStringLiteral("labels")).toObject();
        QCOMPARE(log.value(QStringLiteral("GOOD")).toInt(), 2);
        QCOMPARE(log.value(QStringLiteral("BAD")).toInt(), 4);
        QCOMPARE(log.value(QStringLiteral("OK")).toInt(), 1);
    }

    void usageErrors()
    {
        QCOMPARE(specc({QStringLiteral("examples")}).code, 2);
        QCOMPARE(specc({QStringLiteral("examples"), QStringLiteral("--bogus"), fixture()}).code, 2);
        const Result missing =
            specc({QStringLiteral("examples"), QStringLiteral("/nonexistent.md")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("/nonexistent.md")));
    }
};

QTEST_GUILESS_MAIN(TestSpeccExamples)
#include "tst_specc_examples.moc"
