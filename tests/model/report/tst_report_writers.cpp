// The report writers on fixtures: GitHub workflow commands (format and escaping), JUnit XML
// read back with QXmlStreamReader, and the SARIF structure code scanning relies on.
#include "diff_junit_report.h"
#include "github_annotation_writer.h"
#include "junit_writer.h"
#include "sarif_writer.h"
#include "section_diff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

SourceRange range(int line, int column, int endLine, int endColumn)
{
    SourceRange r;
    r.startLine = line;
    r.startColumn = column;
    r.endLine = endLine;
    r.endColumn = endColumn;
    r.startOffset = 100;
    r.endOffset = 110;
    return r;
}

ReportResult result(const QString &rule, Severity severity, const QString &message,
                    const QString &path, const SourceRange &range, const QString &fingerprint)
{
    ReportResult r;
    r.ruleId = rule;
    r.severity = severity;
    r.message = message;
    r.path = path;
    r.range = range;
    r.fingerprint = fingerprint;
    return r;
}

ReportRun fixtureRun()
{
    ReportRun run;
    run.toolVersion = QStringLiteral("1.2.3");
    run.informationUri = QStringLiteral("https://example.org/specwright");
    run.rootPath = QStringLiteral("/work/specs repo");
    ReportRule broken;
    broken.id = QStringLiteral("references/broken");
    broken.name = QStringLiteral("ReferencesBroken");
    broken.shortDescription = QStringLiteral("Link target does not exist");
    broken.fullDescription = QStringLiteral("A link points at an id no section has.");
    broken.helpText = QStringLiteral("Fix the link.");
    broken.helpMarkdown = QStringLiteral("**Fix** the link.");
    broken.helpUri = QStringLiteral("https://example.org/rules.md#referencesbroken");
    broken.defaultSeverity = Severity::Error;
    ReportRule vague = broken;
    vague.id = QStringLiteral("ambiguity/vague-term");
    vague.name = QStringLiteral("AmbiguityVagueTerm");
    vague.defaultSeverity = Severity::Warning;
    run.rules = {broken, vague};
    run.artifacts = {QStringLiteral("docs/spec.md"), QStringLiteral("clean.md")};
    run.results = {
        result(QStringLiteral("references/broken"), Severity::Error,
               QStringLiteral("No section has the id \"nope\""), QStringLiteral("docs/spec.md"),
               range(3, 53, 3, 62), QStringLiteral("ab:1")),
        result(QStringLiteral("ambiguity/vague-term"), Severity::Warning,
               QStringLiteral("Vague: \"fast\", 50%\nsay how fast: in ms"),
               QStringLiteral("docs/spec.md"), range(5, 2, 7, 4), QStringLiteral("cd:1")),
        result(QStringLiteral("ambiguity/vague-term"), Severity::Info,
               QStringLiteral("<Tags> & \"quotes\" \x01 stay readable"),
               QStringLiteral("docs/a,b:c.md"), range(1, 1, 1, 1), {}),
    };
    return run;
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void githubEscaping_data();
    void githubEscaping();
    void githubCommands();
    void junitParsesBack();
    void junitFailAtWarning();
    void sarifStructure();
    void sarifSentences();
    void diffJunit();
};

void TestReportWriters::githubEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("property");
    QTest::newRow("plain") << u"plain text"_s << u"plain text"_s << u"plain text"_s;
    QTest::newRow("percent first") << u"100%25"_s << u"100%2525"_s << u"100%2525"_s;
    QTest::newRow("newlines") << u"a\r\nb\nc"_s << u"a%0D%0Ab%0Ac"_s << u"a%0D%0Ab%0Ac"_s;
    QTest::newRow("colon comma") << u"a:b,c"_s << u"a:b,c"_s << u"a%3Ab%2Cc"_s;
    QTest::newRow("double colon") << u"x::error y"_s << u"x::error y"_s << u"x%3A%3Aerror y"_s;
}

void TestReportWriters::githubEscaping()
{
    QFETCH(QString, text);
    QFETCH(QString, data);
    QFETCH(QString, property);
    QCOMPARE(GithubAnnotationWriter::escapeData(text), data);
    QCOMPARE(GithubAnnotationWriter::escapeProperty(text), property);
}

void TestReportWriters::githubCommands()
{
    const QStringList lines =
        GithubAnnotationWriter::write(fixtureRun()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(
        lines.at(0),
        u"::error file=docs/spec.md,line=3,col=53,endLine=3,endColumn=62,title=references/broken::No section has the id \"nope\""_s);
    // Across lines: no endColumn (GitHub documents it for one line); the message's newline
    // and percent sign are escaped so the command stays on one line.
    QCOMPARE(
        lines.at(1),
        u"::warning file=docs/spec.md,line=5,col=2,endLine=7,title=ambiguity/vague-term::Vague: \"fast\", 50%25%0Asay how fast: in ms"_s);
    QVERIFY2(lines.at(2).startsWith(u"::notice file=docs/a%2Cb%3Ac.md,line=1,col=1,"_s),
             qPrintable(lines.at(2)));
}

void TestReportWriters::junitParsesBack()
{
    const QByteArray xml = JunitWriter::write(
        JunitReport::fromFindings(fixtureRun(), Severity::Error, QStringLiteral("specc lint")));
    QXmlStreamReader reader(xml);
    QStringList suites;
    QList<QXmlStreamAttributes> cases;
    QStringList failureTypes;
    QStringList failureTexts;
    QXmlStreamAttributes root;
    QStringList systemOut;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"testsuites"_s) {
            root = reader.attributes();
        } else if (reader.name() == u"testsuite"_s) {
            suites.append(reader.attributes().value(u"name"_s).toString());
        } else if (reader.name() == u"testcase"_s) {
            cases.append(reader.attributes());
        } else if (reader.name() == u"failure"_s) {
            failureTypes.append(reader.attributes().value(u"type"_s).toString());
            failureTexts.append(reader.readElementText());
        } else if (reader.name() == u"system-out"_s) {
            systemOut.append(reader.readElementText());
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(root.value(u"name"_s), u"specc lint"_s);
    QCOMPARE(root.value(u"tests"_s), u"4"_s);
    QCOMPARE(root.value(u"failures"_s), u"1"_s);
    QCOMPARE(root.value(u"errors"_s), u"0"_s);
    // One suite per file, sorted; the clean file is one passed case.
    QCOMPARE(suites, QStringList({u"clean.md"_s, u"docs/a,b:c.md"_s, u"docs/spec.md"_s}));
    QCOMPARE(cases.size(), 4);
    QCOMPARE(cases.at(0).value(u"classname"_s), u"clean.md"_s);
    QCOMPARE(cases.at(2).value(u"name"_s), u"references/broken at 3:53"_s);
    QCOMPARE(cases.at(2).value(u"line"_s), u"3"_s);
    QCOMPARE(cases.at(2).value(u"file"_s), u"docs/spec.md"_s);
    QCOMPARE(failureTypes, QStringList{u"references/broken"_s});
    QCOMPARE(failureTexts.first(),
             u"docs/spec.md:3:53: error references/broken No section has the id \"nope\""_s);
    // Below the threshold a finding is recorded, not failed; markup and a control character
    // survive as text.
    QCOMPARE(systemOut.size(), 2);
    QVERIFY2(systemOut.at(0).contains(u"<Tags> & \"quotes\" \uFFFD stay readable"_s),
             qPrintable(systemOut.at(0)));
}

void TestReportWriters::junitFailAtWarning()
{
    const JunitReport report =
        JunitReport::fromFindings(fixtureRun(), Severity::Warning, QStringLiteral("x"));
    int failures = 0;
    for (const JunitSuite &s : report.suites)
        failures += s.failureCount();
    QCOMPARE(failures, 2);
    QXmlStreamReader reader(JunitWriter::write(report));
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY(!reader.hasError());
}

void TestReportWriters::sarifStructure()
{
    ReportRun run = fixtureRun();
    run.versionControl =
        VersionControlState{QStringLiteral("https://example.org/specs.git"),
                            QStringLiteral("0123456789abcdef"), QStringLiteral("main")};
    const QJsonObject sarif = SarifWriter::toJson(run);
    QCOMPARE(sarif.value(u"version"_s).toString(), u"2.1.0"_s);
    const QJsonObject r = sarif.value(u"runs"_s).toArray().at(0).toObject();
    QCOMPARE(r.value(u"columnKind"_s).toString(), u"utf16CodeUnits"_s);
    QCOMPARE(r.value(u"originalUriBaseIds"_s)
                 .toObject()
                 .value(u"%SRCROOT%"_s)
                 .toObject()
                 .value(u"uri"_s)
                 .toString(),
             u"file:///work/specs%20repo/"_s);
    const QJsonObject vcs = r.value(u"versionControlProvenance"_s).toArray().at(0).toObject();
    QCOMPARE(vcs.value(u"repositoryUri"_s).toString(), u"https://example.org/specs.git"_s);
    QCOMPARE(vcs.value(u"revisionId"_s).toString(), u"0123456789abcdef"_s);
    QCOMPARE(vcs.value(u"branch"_s).toString(), u"main"_s);
    QCOMPARE(vcs.value(u"mappedTo"_s).toObject().value(u"uriBaseId"_s).toString(), u"%SRCROOT%"_s);

    const QJsonObject rule = r.value(u"tool"_s)
                                 .toObject()
                                 .value(u"driver"_s)
                                 .toObject()
                                 .value(u"rules"_s)
                                 .toArray()
                                 .at(1)
                                 .toObject();
    QCOMPARE(rule.value(u"id"_s).toString(), u"ambiguity/vague-term"_s);
    QCOMPARE(rule.value(u"help"_s).toObject().value(u"markdown"_s).toString(),
             u"**Fix** the link."_s);
    QVERIFY(rule.value(u"helpUri"_s).toString().startsWith(u"https://"_s));
    QCOMPARE(rule.value(u"defaultConfiguration"_s).toObject().value(u"level"_s).toString(),
             u"warning"_s);

    const QJsonArray results = r.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.value(u"ruleIndex"_s).toInt(), 0);
    QCOMPARE(first.value(u"partialFingerprints"_s)
                 .toObject()
                 .value(u"specwrightFinding/v1"_s)
                 .toString(),
             u"ab:1"_s);
    const QJsonObject location = first.value(u"locations"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"physicalLocation"_s)
                                     .toObject();
    const QJsonObject artifact = location.value(u"artifactLocation"_s).toObject();
    QCOMPARE(artifact.value(u"uri"_s).toString(), u"docs/spec.md"_s);
    QCOMPARE(artifact.value(u"uriBaseId"_s).toString(), u"%SRCROOT%"_s);
    QCOMPARE(artifact.value(u"index"_s).toInt(), 0);
    // The model's end column is inclusive, SARIF's exclusive.
    const QJsonObject region = location.value(u"region"_s).toObject();
    QCOMPARE(region.value(u"startColumn"_s).toInt(), 53);
    QCOMPARE(region.value(u"endColumn"_s).toInt(), 63);
    // A path with reserved characters is percent-encoded as a relative reference.
    const QJsonObject third = results.at(2)
                                  .toObject()
                                  .value(u"locations"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"physicalLocation"_s)
                                  .toObject()
                                  .value(u"artifactLocation"_s)
                                  .toObject();
    QCOMPARE(third.value(u"uri"_s).toString(), u"docs/a%2Cb%3Ac.md"_s);
    QCOMPARE(results.at(2).toObject().value(u"level"_s).toString(), u"note"_s);
    QCOMPARE(r.value(u"artifacts"_s).toArray().size(), 3);
}

void TestReportWriters::sarifSentences()
{
    QCOMPARE(SarifWriter::asSentence(u"Link target does not exist"_s),
             u"Link target does not exist."_s);
    QCOMPARE(SarifWriter::asSentence(u"Done."_s), u"Done."_s);
    QCOMPARE(SarifWriter::asSentence(u"Why? "_s), u"Why?"_s);
}

void TestReportWriters::diffJunit()
{
    const QString before = u"# Shop {#shop}\n\nBooks.\n\n## Answers {#answers}\n\nThe assistant "
                           "may answer.\n\n## Old {#old}\n\nGone soon.\n"_s;
    const QString after = u"# Shop {#shop}\n\nBooks.\n\n## Answers {#answers}\n\nThe assistant "
                          "must answer within two seconds.\n\n## New {#new}\n\nFresh.\n"_s;
    const DiffResult diff = SectionDiff::compute(before, after);
    const QByteArray xml = JunitWriter::write(
        DiffJunitReport::build(diff, u"spec.md"_s, u"HEAD~1 (abc)"_s, u"working file"_s));
    QXmlStreamReader reader(xml);
    QStringList names;
    QMap<QString, QString> out;
    QString current;
    int failures = -1;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"testsuites"_s) {
            failures = reader.attributes().value(u"failures"_s).toInt();
        } else if (reader.name() == u"testsuite"_s) {
            QCOMPARE(reader.attributes().value(u"name"_s).toString(),
                     u"spec.md: HEAD~1 (abc) -> working file"_s);
        } else if (reader.name() == u"testcase"_s) {
            current = reader.attributes().value(u"name"_s).toString();
            names.append(current);
            QCOMPARE(reader.attributes().value(u"classname"_s).toString(), u"spec.md"_s);
        } else if (reader.name() == u"system-out"_s) {
            out.insert(current, reader.readElementText());
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(failures, 0); // a diff records changes, it does not fail
    QVERIFY2(names.contains(u"shop: Shop"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"answers: Answers"_s));
    QVERIFY(names.contains(u"new: New"_s));
    QVERIFY(names.contains(u"old: Old"_s));
    QVERIFY(!out.contains(u"shop: Shop"_s)); // unchanged: a plain passed case
    QVERIFY2(out.value(u"answers: Answers"_s).startsWith(u"modified"_s),
             qPrintable(out.value(u"answers: Answers"_s)));
    QVERIFY(out.value(u"answers: Answers"_s).contains(u"words"_s));
    QCOMPARE(out.value(u"new: New"_s), u"added"_s);
    QCOMPARE(out.value(u"old: Old"_s), u"removed"_s);
}

QTEST_GUILESS_MAIN(TestReportWriters)
#include "tst_report_writers.moc"
