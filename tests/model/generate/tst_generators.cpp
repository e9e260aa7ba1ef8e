// Golden-file tests of the built-in generators on two fixture workspaces, plus the checks that
// the generated files are valid for their tools (g++ against gtest, python3 -m py_compile,
// YAML and JSONL parsing), provenance, stale and hand-edit detection, and specwright.toml.
#include "generation_job.h"
#include "generator_config.h"
#include "generator_registry.h"
#include "provenance.h"
#include "template_context.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

namespace {

const QString dataDir = QStringLiteral(SPECWRIGHT_TEST_DATA);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

GenerationRequest request(const QString &root, const QString &file, const QString &outDir,
                          const QString &section = {})
{
    GenerationRequest r;
    r.workspace = Workspace::load(root);
    r.document = r.workspace->document(file);
    r.sectionId = section;
    r.outputDir = outDir;
    r.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    r.workspaceTrusted = true; // the fixtures are ours
    return r;
}

GenerationResult runGenerator(const QString &name, const GenerationRequest &r)
{
    const auto d = GeneratorRegistry::find(GeneratorRegistry::builtins(), name);
    if (!d)
        return {};
    GenerationJob job(*d, r);
    return job.run();
}

int runTool(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestGenerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void htmlDocs();
    void gtestCompilesAndRuns();
    void pytestCompiles();
    void evalSuiteParses();
    void sectionInput();
    void provenanceAndStale();
    void handEditedIsNotOverwritten();
    void blobHashMatchesGit();
    void userTemplateFromToml();
    void brokenTomlReportsError();
    void unknownSectionFails();
    void identifiers();
};

void TestGenerators::golden_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("generator");
    // HTML is checked structurally (htmlDocs): its markup belongs to SpecHtmlRenderer.
    const QStringList generators = {QStringLiteral("gtest"), QStringLiteral("pytest"),
                                    QStringLiteral("eval"), QStringLiteral("markdown")};
    for (const QString &g : generators) {
        QTest::addRow("model_spec/%s", qPrintable(g))
            << dataDir + QStringLiteral("/model_spec") << QStringLiteral("spec.md") << g;
        QTest::addRow("tiny/%s", qPrintable(g))
            << dataDir + QStringLiteral("/generate/tiny") << QStringLiteral("tiny.md") << g;
        // Chapters ("# Overview" first): the title comes from specwright.toml.
        QTest::addRow("chapters/%s", qPrintable(g))
            << dataDir + QStringLiteral("/generate/chapters") << QStringLiteral("chapters.md") << g;
    }
}

// Set SPECWRIGHT_UPDATE_GOLDENS=1 to rewrite the goldens after an intended change (and review
// the diff).
void TestGenerators::golden()
{
    QFETCH(QString, root);
    QFETCH(QString, file);
    QFETCH(QString, generator);
    QTemporaryDir out;
    const GenerationResult result = runGenerator(generator, request(root, file, out.path()));
    QVERIFY2(result.ok, qPrintable(result.log.join(u'\n')));
    QVERIFY(!result.outputs.isEmpty());
    const QString goldenDir =
        dataDir + QStringLiteral("/generate/golden/") + QFileInfo(root).fileName();
    for (const OutputResult &o : result.outputs) {
        QCOMPARE(o.status, OutputResult::Status::Written);
        const QByteArray actual = readFile(o.path);
        QVERIFY(!actual.isEmpty());
        const QString goldenPath = goldenDir + u'/' + o.relativePath;
        if (qEnvironmentVariableIntValue("SPECWRIGHT_UPDATE_GOLDENS")) {
            writeFile(goldenPath, actual);
            continue;
        }
        const QByteArray expected = readFile(goldenPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden ") + goldenPath));
        if (actual != expected) {
            writeFile(QStringLiteral(SPECWRIGHT_BINARY_DIR "/generate-actual/") +
                          QFileInfo(root).fileName() + u'/' + o.relativePath,
                      actual);
            QFAIL(qPrintable(QStringLiteral("%1 differs from its golden %2 (actual output saved "
                                            "under build/generate-actual)")
                                 .arg(o.relativePath, goldenPath)));
        }
    }
}

void TestGenerators::htmlDocs()
{
    QTemporaryDir out;
    const GenerationRequest r =
        request(dataDir + QStringLiteral("/model_spec"), QStringLiteral("spec.md"), out.path());
    const GenerationResult result = runGenerator(QStringLiteral("html"), r);
    QVERIFY(result.ok);
    QCOMPARE(result.outputs.size(), 1);
    QCOMPARE(result.outputs.first().relativePath, QStringLiteral("docs/spec.html"));
    const QString html = QString::fromUtf8(readFile(result.outputs.first().path));
    QVERIFY(html.startsWith(QLatin1String("<!-- specwright-provenance: ")));
    QVERIFY(html.contains(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<title>Garden Assistant Spec</title>")));
    // A spec in chapters ("# Overview" first) takes its title from specwright.toml.
    QTemporaryDir chaptersOut;
    const GenerationResult chapters = runGenerator(
        QStringLiteral("html"), request(dataDir + QStringLiteral("/generate/chapters"),
                                        QStringLiteral("chapters.md"), chaptersOut.path()));
    QVERIFY(chapters.ok);
    const QString chaptersHtml = QString::fromUtf8(readFile(chapters.outputs.first().path));
    QVERIFY(chaptersHtml.contains(QLatin1String("<title>Greenhouse Assistant Spec</title>")));
    QVERIFY(!chaptersHtml.contains(QLatin1String("<title>Overview")));
    // Self-contained: an inline stylesheet and no external resources.
    QVERIFY(html.contains(QLatin1String("<style>")));
    QVERIFY(!html.contains(QLatin1String("<link")));
    QVERIFY(!html.contains(QLatin1String("src=\"http")));
    // The table of contents links every section to its anchor, nested by level.
    const qsizetype nav = html.indexOf(QLatin1String("<nav class=\"specwright-toc\">"));
    QVERIFY(nav > 0);
    const QString toc = html.mid(nav, html.indexOf(QLatin1String("</nav>"), nav) - nav);
    for (const Section &s : r.document->sections()) {
        QVERIFY2(toc.contains(QStringLiteral("<a href=\"#%1\">").arg(s.id)), qPrintable(s.id));
        QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(s.id)), qPrintable(s.id));
    }
    QVERIFY(toc.contains(QLatin1String(
        "<li><a href=\"#chain_of_command\">Follow the chain of command</a>\n<ul>\n"
        "<li><a href=\"#protect_the_grower\">Protect the grower</a></li>\n</ul></li>")));
    QCOMPARE(toc.count(QLatin1String("<ul>")), toc.count(QLatin1String("</ul>")));
    QCOMPARE(toc.count(QLatin1String("<li>")), toc.count(QLatin1String("</li>")));
    // Examples as conversations with their labels; attribute blocks hidden.
    QVERIFY(html.contains(QLatin1String("developer limits the topic")));
    QVERIFY(html.contains(QLatin1String("GOOD")));
    QVERIFY(html.contains(QLatin1String("BAD")));
    QVERIFY(!html.contains(QLatin1String("{#chain_of_command")));
    // A section alone: its subsections and nothing else.
    QTemporaryDir out2;
    GenerationRequest one = r;
    one.outputDir = out2.path();
    one.sectionId = QStringLiteral("chain_of_command");
    const GenerationResult part = runGenerator(QStringLiteral("html"), one);
    QVERIFY(part.ok);
    const QString partHtml = QString::fromUtf8(readFile(part.outputs.first().path));
    QVERIFY(partHtml.contains(QLatin1String("href=\"#protect_the_grower\"")));
    QVERIFY(!partHtml.contains(QLatin1String("href=\"#be_accurate\"")));
}

void TestGenerators::gtestCompilesAndRuns()
{
    const QString gxx = QStandardPaths::findExecutable(QStringLiteral("g++"));
    if (gxx.isEmpty())
        QSKIP("g++ is not installed");
    for (const QString &fixture :
         {QStringLiteral("model_spec/spec.md"), QStringLiteral("generate/tiny/tiny.md")}) {
        QTemporaryDir out;
        const QString root = dataDir + u'/' + QFileInfo(fixture).path();
        const GenerationResult result = runGenerator(
            QStringLiteral("gtest"), request(root, QFileInfo(fixture).fileName(), out.path()));
        QVERIFY(result.ok);
        const QString source = result.outputs.first().path;
        const QString binary = out.filePath(QStringLiteral("examples_test"));
        QByteArray log;
        const int code = runTool(gxx,
                                 {QStringLiteral("-std=c++17"), QStringLiteral("-Wall"),
                                  QStringLiteral("-Werror"), source, QStringLiteral("-o"), binary,
                                  QStringLiteral("-lgtest"), QStringLiteral("-lgtest_main"),
                                  QStringLiteral("-pthread")},
                                 &log);
        QVERIFY2(code == 0, log.constData());
        // Every test is there and skips (the skeletons are not implemented yet).
        QVERIFY2(runTool(binary, {QStringLiteral("--gtest_brief=0")}, &log) == 0, log.constData());
        QVERIFY2(log.contains("[  SKIPPED ]"), log.constData());
        const QByteArray total = fixture.startsWith(u'm') ? "3 tests" : "2 tests";
        QVERIFY2(log.contains(QByteArray("[==========] " + total)), log.constData());
    }
}

void TestGenerators::pytestCompiles()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    for (const QString &fixture :
         {QStringLiteral("model_spec/spec.md"), QStringLiteral("generate/tiny/tiny.md")}) {
        QTemporaryDir out;
        const QString root = dataDir + u'/' + QFileInfo(fixture).path();
        const GenerationResult result = runGenerator(
            QStringLiteral("pytest"), request(root, QFileInfo(fixture).fileName(), out.path()));
        QVERIFY(result.ok);
        QByteArray log;
        QVERIFY2(runTool(python,
                         {QStringLiteral("-W"), QStringLiteral("error"), QStringLiteral("-m"),
                          QStringLiteral("py_compile"), result.outputs.first().path},
                         &log) == 0,
                 log.constData());
    }
}

void TestGenerators::evalSuiteParses()
{
    QTemporaryDir out;
    const GenerationResult result =
        runGenerator(QStringLiteral("eval"), request(dataDir + QStringLiteral("/model_spec"),
                                                     QStringLiteral("spec.md"), out.path()));
    QVERIFY(result.ok);
    QCOMPARE(result.outputs.size(), 2);
    // JSONL: one object per line with messages and the section text as rubric.
    const auto parsed = ProvenanceStamp::read(result.outputs.at(0).path);
    QVERIFY(parsed.has_value());
    const QList<QByteArray> lines = parsed->body.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // 3 inline examples + 2 eval prompts of [^pt1a]
    for (const QByteArray &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        QVERIFY(doc.isObject());
        QVERIFY(!doc.object().value(QStringLiteral("messages")).toArray().isEmpty());
        QVERIFY(doc.object().value(QStringLiteral("rubric")).toString().contains(u"> "));
    }
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(QStringLiteral("section")).toString(), QStringLiteral("chain_of_command"));
    QCOMPARE(first.value(QStringLiteral("non_ideal"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("violates"))
                 .toString(),
             QStringLiteral("chain_of_command"));
    // The YAML loads and holds one llm-rubric test per case.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QByteArray log;
    const QString script =
        QStringLiteral("import sys, yaml\n"
                       "d = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n"
                       "assert len(d['tests']) == 5, d\n"
                       "for t in d['tests']:\n"
                       "    a = t['assert'][0]\n"
                       "    assert a['type'] == 'llm-rubric'\n"
                       "    assert '> ' in a['value']\n"
                       "    assert t['vars']['messages'][-1]['role'] == 'user'\n"
                       "print('ok')\n");
    QVERIFY2(runTool(python, {QStringLiteral("-c"), script, result.outputs.at(1).path}, &log) == 0,
             log.constData());
}

void TestGenerators::sectionInput()
{
    QTemporaryDir out;
    const GenerationResult result =
        runGenerator(QStringLiteral("pytest"),
                     request(dataDir + QStringLiteral("/model_spec"), QStringLiteral("spec.md"),
                             out.path(), QStringLiteral("protect_the_grower")));
    QVERIFY(result.ok);
    const QByteArray text = readFile(result.outputs.first().path);
    QCOMPARE(text.count("\ndef test_"), 2);
    QVERIFY(text.contains("def test_protect_the_grower__asking_for_a_banned_product()"));
    QVERIFY(!text.contains("chain_of_command__"));
}

void TestGenerators::provenanceAndStale()
{
    QTemporaryDir ws;
    writeFile(ws.filePath(QStringLiteral("spec.md")),
              readFile(dataDir + QStringLiteral("/model_spec/spec.md")));
    const QString out = ws.filePath(QStringLiteral("generated"));
    const GenerationRequest r = request(ws.path(), QStringLiteral("spec.md"), out);
    GenerationResult result = runGenerator(QStringLiteral("markdown"), r);
    QVERIFY(result.ok);
    const QString path = result.outputs.first().path;
    const auto parsed = ProvenanceStamp::read(path);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->provenance.specPath, QStringLiteral("spec.md"));
    QCOMPARE(parsed->provenance.generator, QStringLiteral("markdown"));
    QCOMPARE(parsed->provenance.specBlob, r.specBlob());
    QCOMPARE(ProvenanceStamp::state(path, r.specBlob()), OutputState::Current);

    // Running again from the same spec leaves the file alone.
    result = runGenerator(QStringLiteral("markdown"), r);
    QCOMPARE(result.outputs.first().status, OutputResult::Status::Unchanged);

    // The spec changes: the output is stale until regenerated.
    writeFile(ws.filePath(QStringLiteral("spec.md")),
              readFile(dataDir + QStringLiteral("/model_spec/spec.md")) + "\nOne more line.\n");
    const GenerationRequest changed = request(ws.path(), QStringLiteral("spec.md"), out);
    QCOMPARE(ProvenanceStamp::state(path, changed.specBlob()), OutputState::Stale);
    result = runGenerator(QStringLiteral("markdown"), changed);
    QCOMPARE(result.outputs.first().status, OutputResult::Status::Written);
    QVERIFY(result.outputs.first().hadPrevious);
    QCOMPARE(ProvenanceStamp::state(path, changed.specBlob()), OutputState::Current);

    // Sidecar provenance for formats without comments.
    result = runGenerator(QStringLiteral("eval"), changed);
    const QString jsonl = result.outputs.first().path;
    QVERIFY(jsonl.endsWith(QLatin1String(".jsonl")));
    QVERIFY(QFileInfo::exists(ProvenanceStamp::sidecarPath(jsonl)));
    QCOMPARE(ProvenanceStamp::state(jsonl, changed.specBlob()), OutputState::Current);
    QCOMPARE(ProvenanceStamp::state(jsonl, r.specBlob()), OutputState::Stale);
    QCOMPARE(ProvenanceStamp::state(out + QStringLiteral("/nothing.md"), r.specBlob()),
             OutputState::Missing);
}

void TestGenerators::handEditedIsNotOverwritten()
{
    QTemporaryDir out;
    GenerationRequest r =
        request(dataDir + QStringLiteral("/model_spec"), QStringLiteral("spec.md"), out.path());
    GenerationResult result = runGenerator(QStringLiteral("gtest"), r);
    QVERIFY(result.ok);
    const QString path = result.outputs.first().path;
    const QByteArray edited = readFile(path) + "// my own test\n";
    writeFile(path, edited);
    QCOMPARE(ProvenanceStamp::state(path, r.specBlob()), OutputState::HandEdited);

    result = runGenerator(QStringLiteral("gtest"), r);
    QVERIFY(!result.ok);
    QVERIFY(result.hasConflicts());
    QCOMPARE(result.outputs.first().status, OutputResult::Status::Conflict);
    QCOMPARE(readFile(path), edited); // untouched

    // A file Specwright did not write is not overwritten either.
    const QString foreign = out.filePath(QStringLiteral("publish/spec.md"));
    writeFile(foreign, "my notes\n");
    result = runGenerator(QStringLiteral("markdown"), r);
    QCOMPARE(result.outputs.first().status, OutputResult::Status::Conflict);
    QCOMPARE(readFile(foreign), QByteArray("my notes\n"));

    // Forcing one path overwrites it and keeps the old text for a diff.
    r.forcePaths = {result.outputs.first().relativePath};
    result = runGenerator(QStringLiteral("markdown"), r);
    QVERIFY(result.ok);
    QCOMPARE(result.outputs.first().previousContent, QByteArray("my notes\n"));
    r.forcePaths.clear();
    r.force = true;
    result = runGenerator(QStringLiteral("gtest"), r);
    QVERIFY(result.ok);
    QCOMPARE(ProvenanceStamp::state(path, r.specBlob()), OutputState::Current);
}

void TestGenerators::blobHashMatchesGit()
{
    // `printf 'hello\n' | git hash-object --stdin`
    QCOMPARE(Provenance::gitBlobSha1("hello\n"),
             QStringLiteral("ce013625030ba8dba906f756967f9e9ca394464a"));
    QCOMPARE(Provenance::gitBlobSha1({}),
             QStringLiteral("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"));
}

void TestGenerators::userTemplateFromToml()
{
    QTemporaryDir ws;
    writeFile(ws.filePath(QStringLiteral("spec.md")),
              readFile(dataDir + QStringLiteral("/model_spec/spec.md")));
    writeFile(ws.filePath(QStringLiteral("templates/ids.txt.tmpl")),
              "{% for s in sections %}\n{{ s.id }}: {{ s.title }} ({{ s.examples|length }})\n"
              "{% endfor %}\nby {{ options.who }}\n");
    writeFile(ws.filePath(QStringLiteral("specwright.toml")),
              "[lint]\nprofile = \"model-spec\"\n\n[generate]\noutput_dir = \"gen\"\n\n"
              "[[generator]]\nname = \"ids\"\nkind = \"template\"\ntitle = \"Section ids\"\n"
              "template = \"templates/ids.txt.tmpl\"\noutput = \"{spec}-ids.txt\"\n"
              "who = \"me\"\n");
    GeneratorConfig config;
    const QList<GeneratorDefinition> list = GeneratorRegistry::forWorkspace(ws.path(), &config);
    QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
    QCOMPARE(config.outputDir, QStringLiteral("gen"));
    const auto ids = GeneratorRegistry::find(list, QStringLiteral("ids"));
    QVERIFY(ids.has_value());
    QVERIFY(GeneratorRegistry::find(list, QStringLiteral("html")).has_value());
    QCOMPARE(ids->options.value(QStringLiteral("who")).toString(), QStringLiteral("me"));
    GenerationJob job(*ids,
                      request(ws.path(), QStringLiteral("spec.md"), ws.filePath(config.outputDir)));
    const GenerationResult result = job.run();
    QVERIFY2(result.ok, qPrintable(result.log.join(u'\n')));
    const auto parsed = ProvenanceStamp::read(ws.filePath(QStringLiteral("gen/spec-ids.txt")));
    QVERIFY(parsed.has_value()); // .txt has no comments: sidecar
    QCOMPARE(parsed->body, QByteArray("garden_spec: Garden Assistant Spec (0)\n"
                                      "definitions: Definitions (0)\n"
                                      "chain_of_command: Follow the chain of command (1)\n"
                                      "protect_the_grower: Protect the grower (2)\n"
                                      "be_accurate: Be accurate (0)\n"
                                      "untagged: Untagged section (0)\n"
                                      "by me\n"));
}

void TestGenerators::brokenTomlReportsError()
{
    const GeneratorConfig c = GeneratorConfig::parse(
        QStringLiteral("[[generator]]\nname = \"x\"\nkind = \n"), QStringLiteral("/tmp"));
    QCOMPARE(c.errors.size(), 1);
    QVERIFY2(c.errors.first().contains(QLatin1String("specwright.toml:3")),
             qPrintable(c.errors.first()));
    const GeneratorConfig missing = GeneratorConfig::parse(
        QStringLiteral("[[generator]]\nname = \"x\"\n"), QStringLiteral("/tmp"));
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.generators.isEmpty());
}

void TestGenerators::unknownSectionFails()
{
    QTemporaryDir out;
    const GenerationResult result =
        runGenerator(QStringLiteral("html"),
                     request(dataDir + QStringLiteral("/model_spec"), QStringLiteral("spec.md"),
                             out.path(), QStringLiteral("no_such")));
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("no_such")));
    QVERIFY(QDir(out.path()).isEmpty());
}

void TestGenerators::identifiers()
{
    QCOMPARE(
        TemplateContext::camelIdentifier(QStringLiteral("chain_of_command"), QStringLiteral("S")),
        QStringLiteral("ChainOfCommand"));
    QCOMPARE(TemplateContext::camelIdentifier(QStringLiteral("3 items"), QStringLiteral("Example")),
             QStringLiteral("Example3Items"));
    QCOMPARE(TemplateContext::snakeIdentifier(QStringLiteral("Café au lait!"), QStringLiteral("x")),
             QStringLiteral("caf_au_lait"));
    QCOMPARE(TemplateContext::cppLiteral(QStringLiteral("a\"b\\c?\?=\nd"), {}),
             QStringLiteral("\"a\\\"b\\\\c\\?\\?=\\n\"\n\"d\""));
}

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
