// A workspace someone else wrote cannot make a generator write outside its output folder or
// read templates from outside the workspace: absolute and "../" outputs, heading ids such as
// {#../../x} through {section}, symbolic links in the output folder (dangling or to a folder
// outside, with --force too), includes of a sibling folder with the same name prefix. Also the
// type checks of specwright.toml, with line and column.
#include "generation_job.h"
#include "generator_config.h"
#include "generator_registry.h"
#include "lint_config.h"
#include "output_path_guard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestOutputContainment : public QObject
{
    Q_OBJECT
private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // Runs a template generator of the workspace at root with the given output pattern.
    static GenerationResult generate(const QString &root, const QString &templatePath,
                                     const QString &output, const QString &section = {},
                                     bool force = false)
    {
        GeneratorDefinition d;
        d.name = QStringLiteral("t");
        d.kind = QStringLiteral("template");
        d.templatePath = templatePath;
        d.outputPattern = output;
        GenerationRequest r;
        r.workspace = Workspace::load(root);
        r.document = r.workspace->document(QStringLiteral("spec.md"));
        r.sectionId = section;
        r.outputDir = QDir(root).filePath(QStringLiteral("gen"));
        r.force = force;
        r.workspaceTrusted = true; // containment holds for trusted workspaces too
        GenerationJob job(d, r);
        return job.run();
    }

    QTemporaryDir m_outer;
    QString m_ws;
    QString m_outside;

private Q_SLOTS:
    void init()
    {
        m_ws = m_outer.filePath(QStringLiteral("ws"));
        m_outside = m_outer.filePath(QStringLiteral("outside"));
        QDir(m_ws).removeRecursively();
        QDir(m_outside).removeRecursively();
        QVERIFY(QDir().mkpath(m_outside));
        writeFile(m_ws + QStringLiteral("/spec.md"),
                  "# Spec {#spec}\n\n## Evil {#../../../../outside/evil}\n\nText.\n");
        writeFile(m_ws + QStringLiteral("/templates/t.txt"), "hello {{ spec.title }}\n");
        QVERIFY(QDir().mkpath(m_ws + QStringLiteral("/gen")));
    }

    void outputsOutsideAreRefused_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("absolute") << m_outer.filePath(QStringLiteral("outside/abs.txt"));
        QTest::newRow("dot dot") << QStringLiteral("../../outside/x.txt");
        QTest::newRow("inner dot dot") << QStringLiteral("a/../../x.txt");
    }
    void outputsOutsideAreRefused()
    {
        QFETCH(QString, pattern);
        const GenerationResult r =
            generate(m_ws, m_ws + QStringLiteral("/templates/t.txt"), pattern);
        QVERIFY(!r.ok);
        QVERIFY2(r.log.join(u'\n').contains(QStringLiteral("refused")),
                 qPrintable(r.log.join(u'\n')));
        QCOMPARE(QDir(m_outside).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
        QVERIFY(!QFileInfo::exists(m_outer.filePath(QStringLiteral("x.txt"))));
    }

    void sectionIdBecomesASafeFileName()
    {
        const GenerationResult r =
            generate(m_ws, m_ws + QStringLiteral("/templates/t.txt"),
                     QStringLiteral("{section}.txt"), QStringLiteral("../../../../outside/evil"));
        QVERIFY2(r.ok, qPrintable(r.log.join(u'\n')));
        QVERIFY(!QFileInfo::exists(m_outside + QStringLiteral("/evil.txt")));
        const QStringList written = QDir(m_ws + QStringLiteral("/gen")).entryList(QDir::Files);
        QVERIFY2(written.contains(QStringLiteral("_._.._.._.._outside_evil.txt")),
                 qPrintable(written.join(u' ')));
        QCOMPARE(OutputPathGuard::safeFileName(QStringLiteral("..")), QStringLiteral("_."));
        QCOMPARE(OutputPathGuard::safeFileName(QStringLiteral("a/b\\c:d")),
                 QStringLiteral("a_b_c_d"));
    }

    void symlinksInTheOutputFolderAreRefused_data()
    {
        QTest::addColumn<bool>("force");
        QTest::newRow("plain") << false;
        QTest::newRow("force") << true;
    }
    void symlinksInTheOutputFolderAreRefused()
    {
        QFETCH(bool, force);
        const QString gen = m_ws + QStringLiteral("/gen");
        // A link to a folder outside, a dangling link, a link to a file outside.
        QVERIFY(QFile::link(m_outside, gen + QStringLiteral("/dir")));
        QVERIFY(QFile::link(m_outside + QStringLiteral("/new.txt"),
                            gen + QStringLiteral("/dangling.txt")));
        writeFile(m_outside + QStringLiteral("/victim.txt"), "keep me\n");
        QVERIFY(QFile::link(m_outside + QStringLiteral("/victim.txt"),
                            gen + QStringLiteral("/file.txt")));
        const QString t = m_ws + QStringLiteral("/templates/t.txt");
        for (const QString &pattern : {QStringLiteral("dir/x.txt"), QStringLiteral("dangling.txt"),
                                       QStringLiteral("file.txt")}) {
            const GenerationResult r = generate(m_ws, t, pattern, {}, force);
            QVERIFY2(!r.ok, qPrintable(pattern));
            QVERIFY2(r.log.join(u'\n').contains(QStringLiteral("symbolic link")),
                     qPrintable(r.log.join(u'\n')));
        }
        QVERIFY(!QFileInfo::exists(m_outside + QStringLiteral("/x.txt")));
        QVERIFY(!QFileInfo::exists(m_outside + QStringLiteral("/new.txt")));
        QFile victim(m_outside + QStringLiteral("/victim.txt"));
        QVERIFY(victim.open(QIODevice::ReadOnly));
        QCOMPARE(victim.readAll(), QByteArray("keep me\n"));
    }

    void outputFolderLinkedOutOfTheWorkspaceIsRefused()
    {
        QVERIFY(QDir(m_ws + QStringLiteral("/gen")).removeRecursively());
        QVERIFY(QFile::link(m_outside, m_ws + QStringLiteral("/gen")));
        const GenerationResult r = generate(m_ws, m_ws + QStringLiteral("/templates/t.txt"),
                                            QStringLiteral("x.txt"), {}, true);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("symbolic link")), qPrintable(r.error));
        QCOMPARE(QDir(m_outside).entryList(QDir::Files).size(), 0);
    }

    void templatesOutsideTheWorkspaceAreRefused()
    {
        writeFile(m_outside + QStringLiteral("/secret.txt"), "secret\n");
        const GenerationResult r =
            generate(m_ws, m_outside + QStringLiteral("/secret.txt"), QStringLiteral("out.txt"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("outside the workspace")), qPrintable(r.error));
        // A link inside the workspace to a file outside counts as outside.
        QVERIFY(QFile::link(m_outside + QStringLiteral("/secret.txt"),
                            m_ws + QStringLiteral("/templates/link.txt")));
        const GenerationResult viaLink =
            generate(m_ws, m_ws + QStringLiteral("/templates/link.txt"), QStringLiteral("out.txt"));
        QVERIFY(!viaLink.ok);
    }

    void includesStayInTheTemplateFolder()
    {
        // "templates-evil" starts with "templates": a prefix check would let it through.
        writeFile(m_ws + QStringLiteral("/templates-evil/secret.txt"), "SECRET\n");
        writeFile(m_outside + QStringLiteral("/secret.txt"), "SECRET\n");
        writeFile(m_ws + QStringLiteral("/templates/ok.txt"), "included\n");
        const QString t = m_ws + QStringLiteral("/templates/inc.txt");
        for (const QByteArray &name :
             {QByteArray("../templates-evil/secret.txt"), QByteArray("../../outside/secret.txt"),
              QByteArray(m_outside.toUtf8() + "/secret.txt")}) {
            writeFile(t, "{% include \"" + name + "\" %}\n");
            const GenerationResult r = generate(m_ws, t, QStringLiteral("inc-out.txt"));
            const QByteArray out = [&] {
                QFile f(m_ws + QStringLiteral("/gen/inc-out.txt"));
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QVERIFY2(!out.contains("SECRET"), name.constData());
            QFile::remove(m_ws + QStringLiteral("/gen/inc-out.txt"));
            QFile::remove(m_ws + QStringLiteral("/gen/inc-out.txt.specwright.json"));
            Q_UNUSED(r);
        }
        writeFile(t, "{% include \"ok.txt\" %}\n");
        const GenerationResult ok = generate(m_ws, t, QStringLiteral("ok-out.txt"));
        QVERIFY2(ok.ok, qPrintable(ok.log.join(u'\n')));
        QFile f(m_ws + QStringLiteral("/gen/ok-out.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("included"));
    }

    void generatorConfigTypesAreChecked()
    {
        const GeneratorConfig c = GeneratorConfig::parse(
            QStringLiteral("[generate]\noutput_dir = 5\n\n[generator]\nname = \"x\"\n"),
            QStringLiteral("/tmp"));
        QCOMPARE(c.errors.size(), 2);
        QVERIFY2(c.errors.at(0).contains(QStringLiteral("specwright.toml:2:14")) &&
                     c.errors.at(0).contains(QStringLiteral("must be a string")),
                 qPrintable(c.errors.at(0)));
        QVERIFY2(c.errors.at(1).contains(QStringLiteral("[[generator]]")),
                 qPrintable(c.errors.at(1)));
        QVERIFY(c.errors.at(1).contains(QStringLiteral(":4:")));
        const GeneratorConfig outside = GeneratorConfig::parse(
            QStringLiteral("[generate]\noutput_dir = \"../elsewhere\"\n"), QStringLiteral("/tmp"));
        QCOMPARE(outside.errors.size(), 1);
        QVERIFY(outside.outputDir != QStringLiteral("../elsewhere"));
        const GeneratorConfig badField = GeneratorConfig::parse(
            QStringLiteral("[[generator]]\nname = \"x\"\nkind = \"template\"\noutput = 3\n"),
            QStringLiteral("/tmp"));
        QCOMPARE(badField.errors.size(), 1);
        QVERIFY(badField.errors.first().contains(QStringLiteral(":4:10")));
    }

    void lintConfigTypesAreChecked()
    {
        writeFile(m_ws + QStringLiteral("/specwright.toml"),
                  "[lint]\nignore = [\"drafts/**\", 5, true]\nglossary = \"missing.md\"\n");
        const LintConfig c = LintConfig::fromFile(m_ws + QStringLiteral("/specwright.toml"));
        QStringList messages;
        for (const Diagnostic &d : c.diagnostics())
            messages.append(d.message);
        QCOMPARE(messages.size(), 3);
        const QString all = messages.join(u'\n');
        QVERIFY2(
            all.contains(QStringLiteral("line 2, column 24: \"ignore\" entries must be strings")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 2, column 27")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 3, column 12: the glossary file missing.md")),
                 qPrintable(all));
        QVERIFY(c.isIgnored(QStringLiteral("drafts/a.md")));
    }
};

QTEST_MAIN(TestOutputContainment)
#include "tst_output_containment.moc"
