// `specc lint` as a real process: text, json and sarif output, exit codes, --summary.
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSpeccLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textFormatAndErrorExit();
    void cleanFileExitsZero();
    void jsonFormat();
    void sarifFormat();
    void summary();
    void usageErrors();
    void profileOption();

private:
    using Result = TestSupport::ProcessResult;
    Result run(const QStringList &args);
    void write(const QString &name, const QByteArray &text);
    QTemporaryDir m_dir;
};

TestSpeccLint::Result TestSpeccLint::run(const QStringList &args)
{
    return TestSupport::run(QStringLiteral(SPECC_PATH), QStringList{QStringLiteral("lint")} + args,
                            m_dir.path());
}

void TestSpeccLint::write(const QString &name, const QByteArray &text)
{
    QFile f(m_dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestSpeccLint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(QStringLiteral("broken.md"),
          "# Spec {#spec}\n\nThe assistant must answer in a reasonable time. See [?](#nope).\n");
    write(QStringLiteral("clean.md"), "# Clean {#clean}\n\nThis file states nothing normative.\n");
}

void TestSpeccLint::textFormatAndErrorExit()
{
    const Result r = run({QStringLiteral("broken.md")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("broken.md:3:53: error references/broken ")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("broken.md:3:32: warning ambiguity/vague-term ")));
}

void TestSpeccLint::cleanFileExitsZero()
{
    const Result r = run({QStringLiteral("clean.md")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.out));
}

void TestSpeccLint::jsonFormat()
{
    const Result r =
        run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("broken.md")});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("files")).toInt(), 1);
    const QJsonArray items = root.value(QStringLiteral("diagnostics")).toArray();
    QVERIFY(!items.isEmpty());
    bool found = false;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("rule")).toString() != u"references/broken")
            continue;
        found = true;
        QCOMPARE(o.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(!o.value(QStringLiteral("fixes")).toArray().isEmpty());
    }
    QVERIFY(found);
    QCOMPARE(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("error")).toInt(),
             1);
}

void TestSpeccLint::sarifFormat()
{
    const Result r = run({QStringLiteral("--format=sarif"), m_dir.path()});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    QVERIFY(
        root.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif-2.1.0")));
    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject driver = runs.at(0)
                                   .toObject()
                                   .value(QStringLiteral("tool"))
                                   .toObject()
                                   .value(QStringLiteral("driver"))
                                   .toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("specc"));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    QVERIFY(rules.size() >= 30);
    const QJsonArray results = runs.at(0).toObject().value(QStringLiteral("results")).toArray();
    QVERIFY(!results.isEmpty());
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("ruleId")).toString().isEmpty());
        QVERIFY(QStringList(
                    {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")})
                    .contains(o.value(QStringLiteral("level")).toString()));
        QVERIFY(!o.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        const QJsonObject loc = o.value(QStringLiteral("locations"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("physicalLocation"))
                                    .toObject();
        QVERIFY(loc.value(QStringLiteral("artifactLocation"))
                    .toObject()
                    .value(QStringLiteral("uri"))
                    .toString()
                    .startsWith(QStringLiteral("file:")));
        QVERIFY(loc.value(QStringLiteral("region"))
                    .toObject()
                    .value(QStringLiteral("startLine"))
                    .toInt() >= 1);
        const int index = o.value(QStringLiteral("ruleIndex")).toInt(-1);
        QVERIFY(index >= 0 && index < rules.size());
        QCOMPARE(rules.at(index).toObject().value(QStringLiteral("id")).toString(),
                 o.value(QStringLiteral("ruleId")).toString());
    }
}

void TestSpeccLint::summary()
{
    const Result r = run({QStringLiteral("--summary"), m_dir.path()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("2 file(s): 1 error(s)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("references/broken")));
}

void TestSpeccLint::usageErrors()
{
    QCOMPARE(
        run({QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("clean.md")}).code,
        2);
    QCOMPARE(run({QStringLiteral("--bogus")}).code, 2);
    const Result missing = run({QStringLiteral("no-such-file.md")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(QStringLiteral("no-such-file.md")));
    QCOMPARE(
        run({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("clean.md")}).code,
        2);
}

void TestSpeccLint::profileOption()
{
    write(
        QStringLiteral("rfc.md"),
        "# P\n\nThe key words are BCP 14 key words.\n\nThe server must answer within 2 seconds.\n");
    QVERIFY(run({QStringLiteral("rfc.md")}).out.contains(QStringLiteral("keywords/lowercase")));
    QVERIFY(
        !run({QStringLiteral("--profile"), QStringLiteral("model-spec"), QStringLiteral("rfc.md")})
             .out.contains(QStringLiteral("keywords/lowercase")));
    QFile::remove(m_dir.filePath(QStringLiteral("rfc.md")));
}

QTEST_GUILESS_MAIN(TestSpeccLint)
#include "tst_specc_lint.moc"
