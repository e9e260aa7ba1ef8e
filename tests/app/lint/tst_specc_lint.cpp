// `specc lint` as a real process: text, json, sarif, github and junit output, exit codes,
// --fail-on, --summary.
#include "../../model/git/repo_builder.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

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
    void githubFormat();
    void junitFormat();
    void failOn();
    void sarifInGitRepository();
    void sarifColumnsAreUtf16();

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
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        QVERIFY(!rule.value(QStringLiteral("help"))
                     .toObject()
                     .value(QStringLiteral("markdown"))
                     .toString()
                     .isEmpty());
        QVERIFY(rule.value(QStringLiteral("helpUri"))
                    .toString()
                    .startsWith(QStringLiteral("https://")));
    }
    const QJsonObject base = runs.at(0)
                                 .toObject()
                                 .value(QStringLiteral("originalUriBaseIds"))
                                 .toObject()
                                 .value(QStringLiteral("%SRCROOT%"))
                                 .toObject();
    QVERIFY(base.value(QStringLiteral("uri")).toString().startsWith(QStringLiteral("file:///")));
    QVERIFY(base.value(QStringLiteral("uri")).toString().endsWith(u'/'));
    QCOMPARE(runs.at(0).toObject().value(QStringLiteral("columnKind")).toString(),
             QStringLiteral("utf16CodeUnits"));
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
        // Relative to %SRCROOT% (the folder linted, outside a repository), as code
        // scanning needs to map a finding to a repository file.
        const QJsonObject artifact = loc.value(QStringLiteral("artifactLocation")).toObject();
        QVERIFY(QStringList({QStringLiteral("broken.md"), QStringLiteral("clean.md")})
                    .contains(artifact.value(QStringLiteral("uri")).toString()));
        QCOMPARE(artifact.value(QStringLiteral("uriBaseId")).toString(),
                 QStringLiteral("%SRCROOT%"));
        QVERIFY(!o.value(QStringLiteral("partialFingerprints")).toObject().isEmpty());
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

void TestSpeccLint::githubFormat()
{
    const Result r =
        run({QStringLiteral("--format"), QStringLiteral("github"), QStringLiteral("broken.md")});
    QCOMPARE(r.code, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("::error file=broken.md,line=")) ||
                     line.startsWith(QStringLiteral("::warning file=broken.md,line=")) ||
                     line.startsWith(QStringLiteral("::notice file=broken.md,line=")),
                 qPrintable(line));
    const QString broken = lines.filter(QStringLiteral("title=references/broken::")).value(0);
    QVERIFY2(broken.startsWith(QStringLiteral("::error file=broken.md,line=3,col=53,endLine=3,"
                                              "endColumn=62,title=references/broken::")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral(",title=ambiguity/vague-term::")));
}

void TestSpeccLint::junitFormat()
{
    auto parse = [](const QString &xml, int *tests, int *failures, QStringList *types) {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == u"testsuites") {
                *tests = reader.attributes().value(u"tests").toInt();
                *failures = reader.attributes().value(u"failures").toInt();
            } else if (reader.name() == u"failure") {
                types->append(reader.attributes().value(u"type").toString());
            }
        }
        return !reader.hasError();
    };
    const Result r = run({QStringLiteral("--format=junit"), m_dir.path()});
    QCOMPARE(r.code, 1);
    int tests = 0;
    int failures = 0;
    QStringList types;
    QVERIFY2(parse(r.out, &tests, &failures, &types), qPrintable(r.out));
    QVERIFY(tests >= 3); // two findings in broken.md at least, clean.md one passed case
    QCOMPARE(failures, 1);
    QCOMPARE(types, QStringList{QStringLiteral("references/broken")});

    const Result strict = run({QStringLiteral("--format=junit"), QStringLiteral("--fail-on"),
                               QStringLiteral("warning"), m_dir.path()});
    QCOMPARE(strict.code, 1);
    types.clear();
    QVERIFY(parse(strict.out, &tests, &failures, &types));
    QVERIFY(failures >= 2);
    QVERIFY(types.contains(QStringLiteral("ambiguity/vague-term")));
}

void TestSpeccLint::failOn()
{
    write(QStringLiteral("warn.md"),
          "# W {#w}\n\nThe assistant must answer in a reasonable time.\n");
    const Result plain = run({QStringLiteral("warn.md")});
    QVERIFY2(plain.out.contains(QStringLiteral(" warning ")), qPrintable(plain.out));
    QVERIFY2(!plain.out.contains(QStringLiteral(" error ")), qPrintable(plain.out));
    QCOMPARE(plain.code, 0);
    QCOMPARE(
        run({QStringLiteral("--fail-on"), QStringLiteral("error"), QStringLiteral("warn.md")}).code,
        0);
    QCOMPARE(run({QStringLiteral("--fail-on=warning"), QStringLiteral("warn.md")}).code, 1);
    QCOMPARE(run({QStringLiteral("--fail-on=info"), QStringLiteral("warn.md")}).code, 1);
    QCOMPARE(run({QStringLiteral("--fail-on=info"), QStringLiteral("clean.md")}).code, 0);
    const Result bad = run({QStringLiteral("--fail-on=sometimes"), QStringLiteral("warn.md")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--fail-on")));
    QFile::remove(m_dir.filePath(QStringLiteral("warn.md")));
}

void TestSpeccLint::sarifInGitRepository()
{
    Specwright::RepoBuilder repo;
    repo.write(QStringLiteral("specs/shop.md"),
               "# Shop {#shop}\n\nThe shop must answer in a reasonable time. See [x](#gone).\n");
    const Specwright::GitOid head =
        repo.commit(QStringLiteral("spec"), {QStringLiteral("specs/shop.md")});
    QVERIFY(repo.repo.setConfig(QStringLiteral("remote.origin.url"),
                                QStringLiteral("https://bot:token@example.org/team/shop.git")));
    const Result r = TestSupport::run(
        QStringLiteral(SPECC_PATH),
        {QStringLiteral("lint"), QStringLiteral("--format=sarif"), QStringLiteral("specs")},
        repo.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(!r.out.contains(QStringLiteral("token")), "credentials must not reach the report");
    const QJsonObject sarifRun = QJsonDocument::fromJson(r.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("runs"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    const QJsonObject vcs =
        sarifRun.value(QStringLiteral("versionControlProvenance")).toArray().at(0).toObject();
    QCOMPARE(vcs.value(QStringLiteral("repositoryUri")).toString(),
             QStringLiteral("https://example.org/team/shop.git"));
    QCOMPARE(vcs.value(QStringLiteral("revisionId")).toString(), head.hex());
    QVERIFY(!vcs.value(QStringLiteral("branch")).toString().isEmpty());
    // Paths are relative to the repository root, where code scanning looks for them.
    const QJsonObject artifact = sarifRun.value(QStringLiteral("results"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("locations"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("physicalLocation"))
                                     .toObject()
                                     .value(QStringLiteral("artifactLocation"))
                                     .toObject();
    QCOMPARE(artifact.value(QStringLiteral("uri")).toString(), QStringLiteral("specs/shop.md"));
    const QString base = sarifRun.value(QStringLiteral("originalUriBaseIds"))
                             .toObject()
                             .value(QStringLiteral("%SRCROOT%"))
                             .toObject()
                             .value(QStringLiteral("uri"))
                             .toString();
    QCOMPARE(QUrl(base).toLocalFile(), QFileInfo(repo.path()).canonicalFilePath() + u'/');
}

// columnKind utf16CodeUnits: an astral character counts two, "ü" one (UTF-8 would say 4 and 2).
void TestSpeccLint::sarifColumnsAreUtf16()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("wide.md")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("# Wide {#wide}\n\n\U0001F600 \u00FC See [x](#nope).\n").toUtf8());
    f.close();
    const Result r = TestSupport::run(
        QStringLiteral(SPECC_PATH),
        {QStringLiteral("lint"), QStringLiteral("--format=sarif"), QStringLiteral("wide.md")},
        dir.path());
    QCOMPARE(r.code, 1);
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("runs"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    bool found = false;
    for (const QJsonValue &v : results) {
        if (v.toObject().value(QStringLiteral("ruleId")).toString() != u"references/broken")
            continue;
        found = true;
        const QJsonObject region = v.toObject()
                                       .value(QStringLiteral("locations"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("physicalLocation"))
                                       .toObject()
                                       .value(QStringLiteral("region"))
                                       .toObject();
        // "😀 ü See " is 2 + 1 + 1 + 1 + 4 = 9 UTF-16 code units: "[x](#nope)" is 10..19.
        QCOMPARE(region.value(QStringLiteral("startColumn")).toInt(), 10);
        QCOMPARE(region.value(QStringLiteral("endColumn")).toInt(), 20);
        QCOMPARE(region.value(QStringLiteral("snippet"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("[x](#nope)"));
    }
    QVERIFY2(found, qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestSpeccLint)
#include "tst_specc_lint.moc"
