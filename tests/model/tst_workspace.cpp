// Workspace: files, the id index across files, eval prompt files.
#include "workspace.h"

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

    void missingFolderIsEmpty()
    {
        const auto ws = Workspace::load(QStringLiteral("/nonexistent/folder"));
        QVERIFY(ws->files().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
