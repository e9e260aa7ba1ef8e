// Workspace: files, the id index across files, eval prompt files.
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsTheFixtureFolder()
    {
        const auto ws = Workspace::load(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"));
        QCOMPARE(ws->files(),
                 (QStringList{QStringLiteral("spec.md"), QStringLiteral("watering.md")}));
        QCOMPARE(ws->exampleFiles(), (QStringList{QStringLiteral("examples/pt1a.md"),
                                                  QStringLiteral("examples/zz99.md")}));
        QCOMPARE(ws->unusedExampleFiles(), QStringList{QStringLiteral("examples/zz99.md")});
        const QList<Example> evals = ws->evalExamples(QStringLiteral("pt1a"));
        QCOMPARE(evals.size(), 2);
        QCOMPARE(evals.first().title, QStringLiteral("asks about a banned herbicide"));
        QCOMPARE(evals.first().evalTag, QStringLiteral("pt1a"));
        QVERIFY(evals.first().sourceFile.endsWith(QStringLiteral("examples/pt1a.md")));
    }

    void resolvesReferencesAcrossFiles()
    {
        const auto ws = Workspace::load(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"));
        const QList<Reference> fromSpec = ws->resolvedReferences(QStringLiteral("spec.md"));
        QCOMPARE(fromSpec.at(2).targetFile, QStringLiteral("watering.md"));
        QCOMPARE(fromSpec.at(2).state, ResolutionState::Resolved);
        QCOMPARE(fromSpec.at(2).resolvedTitle, QStringLiteral("Watering"));
        QCOMPARE(fromSpec.at(3).state, ResolutionState::Unresolved);
        const QList<Reference> fromWatering =
            ws->resolvedReferences(ws->absolutePath(QStringLiteral("watering.md")));
        QCOMPARE(fromWatering.size(), 2);
        QCOMPARE(fromWatering.at(0).state, ResolutionState::Resolved);
        QCOMPARE(fromWatering.at(0).resolvedTitle, QStringLiteral("Be accurate"));
        QCOMPARE(fromWatering.at(1).state, ResolutionState::Unresolved);
        const auto target = ws->findSection(QStringLiteral("spec.md"), QStringLiteral("untagged"));
        QVERIFY(target.has_value());
        QCOMPARE(target->title, QStringLiteral("Untagged section"));
        QVERIFY(!ws->findSection(QStringLiteral("nope.md"), QStringLiteral("x")));
    }

    void snapshotWithAnEditedDocument()
    {
        QTemporaryDir dir;
        QFile a(dir.filePath(QStringLiteral("a.md")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("# A {#a}\n\nSee [b](sub/b.md#b2).\n");
        a.close();
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".git")));
        QFile hidden(dir.filePath(QStringLiteral(".git/x.md")));
        QVERIFY(hidden.open(QIODevice::WriteOnly));
        hidden.close();
        QFile b(dir.filePath(QStringLiteral("sub/b.md")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("# B {#b1}\n");
        b.close();
        const auto ws = Workspace::load(dir.path());
        QCOMPARE(ws->files(), (QStringList{QStringLiteral("a.md"), QStringLiteral("sub/b.md")}));
        QCOMPARE(ws->resolvedReferences(QStringLiteral("a.md")).first().state,
                 ResolutionState::Unresolved);
        const auto edited =
            ws->withDocument(SpecDocument::parse(QStringLiteral("# B {#b1}\n\n## Two {#b2}\n"),
                                                 dir.filePath(QStringLiteral("sub/b.md"))));
        QCOMPARE(edited->resolvedReferences(QStringLiteral("a.md")).first().state,
                 ResolutionState::Resolved);
        // the old snapshot is unchanged
        QCOMPARE(ws->resolvedReferences(QStringLiteral("a.md")).first().state,
                 ResolutionState::Unresolved);
    }

    void sampleWorkspaceIsClean()
    {
        // The last amendment of the bundled sample: every reference resolves, the footnote
        // tag has its eval prompts, and every intent with a rule has an example.
        const auto ws =
            Workspace::load(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/sample/v4"));
        QCOMPARE(ws->files(), QStringList{QStringLiteral("bookshop.md")});
        const auto doc = ws->document(QStringLiteral("bookshop.md"));
        QVERIFY(doc->problems().isEmpty());
        QCOMPARE(doc->sections().size(), 6);
        QCOMPARE(doc->examples().size(), 3);
        for (const Reference &r : ws->resolvedReferences(QStringLiteral("bookshop.md")))
            QCOMPARE(r.state, ResolutionState::Resolved);
        QCOMPARE(doc->footnotes().first().tag, QStringLiteral("rf01"));
        QVERIFY(!doc->footnotes().first().examplesFile.isEmpty());
        QCOMPARE(ws->evalExamples(QStringLiteral("rf01")).size(), 2);
        QVERIFY(ws->unusedExampleFiles().isEmpty());
    }

    void evalTagsResolveBesideTheSpecOnly()
    {
        // Three copies of the same spec, each with its examples/ folder (as in a repository that
        // vendors releases): a tag attaches its own folder's prompts, never the other copies'.
        QTemporaryDir dir;
        auto write = [&](const QString &rel, const QByteArray &text) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(rel)).path()));
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        const QByteArray spec = "# S\n\nBe brief[^ab12].\n";
        const QByteArray prompts =
            "# ab12\n\n**Example**: one\n\n~~~xml\n<user>\nhi\n</user>\n~~~\n";
        for (const QString &copy :
             {QStringLiteral(""), QStringLiteral("v1/"), QStringLiteral("v2/")}) {
            write(copy + QStringLiteral("spec.md"), spec);
            write(copy + QStringLiteral("examples/ab12.md"), prompts);
        }
        const auto ws = Workspace::load(dir.path());
        QCOMPARE(ws->exampleFiles().size(), 3);
        QCOMPARE(ws->evalExamples(QStringLiteral("ab12"), QStringLiteral("spec.md")).size(), 1);
        const auto v1 = ws->evalExamples(QStringLiteral("ab12"), QStringLiteral("v1/spec.md"));
        QCOMPARE(v1.size(), 1);
        QVERIFY(v1.first().sourceFile.endsWith(QStringLiteral("v1/examples/ab12.md")));
        QCOMPARE(ws->evalExamples(QStringLiteral("ab12")).size(), 1); // the root's folder
        QVERIFY(ws->evalExamples(QStringLiteral("../ab12"), QStringLiteral("spec.md")).isEmpty());

        // specwright.toml may name the folder instead.
        QTemporaryDir named;
        QVERIFY(QDir(named.path()).mkpath(QStringLiteral("evals")));
        QFile toml(named.filePath(QStringLiteral("specwright.toml")));
        QVERIFY(toml.open(QIODevice::WriteOnly));
        toml.write("[examples]\nfolder = \"evals\"\n");
        toml.close();
        QFile s(named.filePath(QStringLiteral("spec.md")));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(spec);
        s.close();
        QFile p(named.filePath(QStringLiteral("evals/ab12.md")));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(prompts);
        p.close();
        const auto configured = Workspace::load(named.path());
        QCOMPARE(configured->configuredExamplesFolder(), named.filePath(QStringLiteral("evals")));
        QCOMPARE(configured->evalExamples(QStringLiteral("ab12"), QStringLiteral("spec.md")).size(),
                 1);
        // A folder outside the workspace is ignored.
        QVERIFY(toml.open(QIODevice::WriteOnly | QIODevice::Truncate));
        toml.write("[examples]\nfolder = \"../elsewhere\"\n");
        toml.close();
        QVERIFY(Workspace::load(named.path())->configuredExamplesFolder().isEmpty());
    }

    void missingFolderIsEmpty()
    {
        const auto ws = Workspace::load(QStringLiteral("/nonexistent/folder"));
        QVERIFY(ws->files().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
