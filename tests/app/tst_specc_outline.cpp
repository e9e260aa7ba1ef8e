// specc outline run as a real process: text and JSON output, exit codes, errors on stderr.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSpeccOutline : public QObject
{
    Q_OBJECT
private:
    using Result = TestSupport::ProcessResult;
    static Result specc(const QStringList &args)
    {
        return TestSupport::run(QStringLiteral(SPECC_PATH), args);
    }
    static QString fixture() { return QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md"); }

private Q_SLOTS:
    void textOutline()
    {
        const Result r = specc({QStringLiteral("outline"), fixture()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains(
            QStringLiteral("spec.md: sections 6, examples 3, statements 6, references 4")));
        QVERIFY(r.out.contains(QStringLiteral(
            "## Follow the chain of command  {#chain_of_command authority=root}  [examples: 1]")));
        QVERIFY(r.out.contains(QStringLiteral(
            "### Protect the grower  {#protect_the_grower authority=system}  [examples: 2]")));
    }

    void jsonOutline()
    {
        const Result r = specc({QStringLiteral("outline"), QStringLiteral("--json"), fixture()});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("sections"))
                     .toInt(),
                 6);
        QCOMPARE(root.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("unresolvedReferences"))
                     .toInt(),
                 1);
        const QJsonArray top = root.value(QStringLiteral("sections")).toArray();
        QCOMPARE(top.size(), 1);
        const QJsonArray children =
            top.first().toObject().value(QStringLiteral("children")).toArray();
        QCOMPARE(children.size(), 4);
        const QJsonObject chain = children.at(1).toObject();
        QCOMPARE(chain.value(QStringLiteral("id")).toString(), QStringLiteral("chain_of_command"));
        QCOMPARE(chain.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("authority"))
                     .toString(),
                 QStringLiteral("root"));
        QCOMPARE(chain.value(QStringLiteral("examples")).toInt(), 1);
        QCOMPARE(chain.value(QStringLiteral("children"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("examples"))
                     .toInt(),
                 2);
    }

    void usageAndIoErrors()
    {
        Result r = specc({QStringLiteral("outline")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("usage")));
        r = specc({QStringLiteral("outline"), QStringLiteral("/nonexistent/spec.md")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/spec.md")));
        r = specc({QStringLiteral("outline"), QStringLiteral("--frobnicate"), fixture()});
        QCOMPARE(r.code, 2);
        r = specc({QStringLiteral("no-such-command")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no-such-command")));
    }

    void badInputStillGivesAnOutline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Broken \xff title\n\n~~~\nunterminated\n");
        f.close();
        const Result r = specc({QStringLiteral("outline"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("not valid UTF-8")));
        QVERIFY(r.out.contains(QStringLiteral("never closed")));
    }
};

QTEST_GUILESS_MAIN(TestSpeccOutline)
#include "tst_specc_outline.moc"
