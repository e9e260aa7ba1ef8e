// The Generate toolbar and Output panel driven by real clicks: one click on the sample-shaped
// workspace produces the docs, PDF, test skeletons and eval suite; the progress bar reaches
// its end; hand-edited outputs are reported and can be overwritten; stale outputs are marked.
// Saves screenshots of the panel and a PNG of the PDF's first page into the build folder.
#include "file_tree.h"
#include "generate_controller.h"
#include "generate_toolbar.h"
#include "generator_registry.h"
#include "output_diff_dialog.h"
#include "output_panel.h"
#include "pdf_generator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Specwright;

namespace {

const QString dataDir = QStringLiteral(SPECWRIGHT_TEST_DATA);

QString shotPath(const QString &name)
{
    const QString dir = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

} // namespace

class TestGenerateWidgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_ws;

    struct Ui
    {
        GenerateController controller;
        QWidget window;
        GenerateToolbar *toolbar = nullptr;
        OutputPanel *panel = nullptr;
    };

    std::unique_ptr<Ui> makeUi()
    {
        auto ui = std::make_unique<Ui>();
        const Workspace::Ptr ws = Workspace::load(m_ws.path());
        ui->controller.setDocument(ws->document(QStringLiteral("spec.md")), ws);
        ui->toolbar = new GenerateToolbar(&ui->controller, &ui->window);
        ui->panel = new OutputPanel(&ui->controller, &ui->window);
        auto *layout = new QVBoxLayout(&ui->window);
        layout->addWidget(ui->toolbar);
        layout->addWidget(ui->panel, 1);
        ui->window.resize(1000, 420);
        ui->window.show();
        return ui;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SpecwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_generate_widgets"));
        QSettings().clear();
        TestSupport::copyTree(dataDir + QStringLiteral("/model_spec"), m_ws.path());
    }

    void oneClickGeneratesEverything()
    {
        auto ui = makeUi();
        // The default one-click generator is "all" (docs, PDF, tests, eval suite, Markdown).
        QCOMPARE(ui->controller.lastGenerator(), QStringLiteral("all"));
        QVERIFY(GeneratorRegistry::find(ui->controller.generators(), QStringLiteral("pdf")));
        QSignalSpy finished(&ui->controller, &GenerateController::finished);
        QTest::mouseClick(ui->toolbar->generateButton(), Qt::LeftButton, {},
                          QPoint(12, ui->toolbar->generateButton()->height() / 2));
        QVERIFY(finished.wait(60000));
        const GenerationResult result = ui->controller.lastResult();
        QVERIFY2(result.ok, qPrintable(result.log.join(u'\n')));
        QCOMPARE(ui->panel->progressBar()->value(), ui->panel->progressBar()->maximum());
        const QString out = m_ws.filePath(QStringLiteral("generated"));
        for (const char *file : {"docs/spec.html", "docs/spec.pdf", "tests/spec_examples_test.cpp",
                                 "tests/test_spec_examples.py", "eval/spec.jsonl",
                                 "eval/spec.promptfoo.yaml", "publish/spec.md"})
            QVERIFY2(QFileInfo::exists(out + u'/' + QLatin1String(file)), file);
        QCOMPARE(ui->panel->results()->topLevelItemCount(), 7);
        QTRY_COMPARE(ui->panel->results()->topLevelItem(0)->text(2), QStringLiteral("current"));
        QVERIFY(ui->panel->log()->toPlainText().contains(QLatin1String("wrote ")));
        QVERIFY(!ui->panel->cancelButton()->isEnabled());
        QVERIFY(ui->toolbar->generateAction()->isEnabled());
        QVERIFY(ui->panel->grab().save(shotPath(QStringLiteral("generate-output-panel.png"))));

        // The PDF: a real PDF, rendered to PNG with pdftoppm to look at.
        QFile pdf(out + QStringLiteral("/docs/spec.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!pdftoppm.isEmpty()) {
            QProcess p;
            p.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("2"), pdf.fileName(),
                               shotPath(QStringLiteral("generate-pdf"))});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY(QFileInfo::exists(shotPath(QStringLiteral("generate-pdf-1.png"))));
        }
    }

    void menuChoiceIsRemembered()
    {
        auto ui = makeUi();
        QAction *pytest = nullptr;
        for (QAction *a : ui->toolbar->menu()->actions())
            if (a->data().toString() == u"pytest")
                pytest = a;
        QVERIFY(pytest);
        QSignalSpy finished(&ui->controller, &GenerateController::finished);
        pytest->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(ui->controller.lastResult().generator, QStringLiteral("pytest"));
        QCOMPARE(QSettings().value(QStringLiteral("generate/lastGenerator")).toString(),
                 QStringLiteral("pytest"));
        // A new toolbar (next session) runs the remembered generator in one click.
        auto next = makeUi();
        QCOMPARE(next->controller.lastGenerator(), QStringLiteral("pytest"));
        QSignalSpy again(&next->controller, &GenerateController::finished);
        QTest::keyClick(&next->window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        if (again.isEmpty())
            next->toolbar->generateAction()->trigger(); // shortcut needs an active window
        QVERIFY(again.size() == 1 || again.wait(30000));
        QCOMPARE(next->controller.lastResult().generator, QStringLiteral("pytest"));
        QSettings().setValue(QStringLiteral("generate/lastGenerator"), QStringLiteral("all"));
    }

    void handEditedOutputsAskBeforeOverwriting()
    {
        auto ui = makeUi();
        const QString path = m_ws.filePath(QStringLiteral("generated/tests/test_spec_examples.py"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# my change\n");
        f.close();
        QSignalSpy finished(&ui->controller, &GenerateController::finished);
        QVERIFY(ui->controller.run(QStringLiteral("pytest")));
        QVERIFY(finished.wait(30000));
        QVERIFY(ui->controller.lastResult().hasConflicts());
        QVERIFY(ui->panel->overwriteButton()->isVisibleTo(ui->panel));
        QTRY_COMPARE(ui->panel->results()->topLevelItem(0)->text(2),
                     QStringLiteral("edited by hand"));
        QVERIFY(ui->panel->grab().save(shotPath(QStringLiteral("generate-output-conflict.png"))));
        QTest::mouseClick(ui->panel->overwriteButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(ui->controller.lastResult().ok);
        QTRY_COMPARE(ui->panel->results()->topLevelItem(0)->text(2), QStringLiteral("current"));
        // The previous (edited) text is kept for the diff.
        QVERIFY(
            ui->controller.lastResult().outputs.first().previousContent.endsWith("# my change\n"));
        OutputDiffDialog dialog;
        dialog.compareFile(path, ui->controller.lastResult().outputs.first().previousContent);
        dialog.show();
        QVERIFY(dialog.lineView()->isVisible());
        QVERIFY(dialog.lineView()->toPlainText().contains(QLatin1String("# my change")));
        int changed = 0;
        OutputDiffDialog::sideBySideHtml(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc\nd"),
                                         false, &changed);
        QCOMPARE(changed, 2); // b -> B, + d
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("generate-diff.png"))));
    }

    void staleOutputsAreMarked()
    {
        auto ui = makeUi();
        QSignalSpy finished(&ui->controller, &GenerateController::finished);
        QVERIFY(ui->controller.run(QStringLiteral("markdown")));
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(ui->panel->results()->topLevelItem(0)->text(2), QStringLiteral("current"));
        // The editor's snapshot changes: the output is now stale.
        const SpecDocument::Ptr edited = SpecDocument::parse(ui->controller.document()->text() +
                                                                 QStringLiteral("\nMore text.\n"),
                                                             ui->controller.document()->filePath());
        ui->controller.setDocument(edited, Workspace::load(m_ws.path()));
        ui->panel->refreshStates();
        QTRY_COMPARE(ui->panel->results()->topLevelItem(0)->text(2), QStringLiteral("stale"));
        QVERIFY(ui->panel->results()->topLevelItem(0)->toolTip(2).contains(
            QLatin1String("Changed sections: ")));
    }

    void untitledSpecAsksToBeSavedAndWritesNothing()
    {
        // An untitled buffer has no folder: the run is refused in the Output panel and nothing
        // lands in the process's working directory.
        QTemporaryDir cwd;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(cwd.path()));
        GenerateController controller;
        QWidget window;
        auto *panel = new OutputPanel(&controller, &window);
        auto *toolbar = new GenerateToolbar(&controller, &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(toolbar);
        layout->addWidget(panel);
        window.show();
        controller.setDocument(SpecDocument::parse(QStringLiteral("# Untitled\n\nText.\n")));
        QVERIFY(controller.outputDir().isEmpty());
        QSignalSpy finished(&controller, &GenerateController::finished);
        QTest::mouseClick(toolbar->generateButton(), Qt::LeftButton, {},
                          QPoint(12, toolbar->generateButton()->height() / 2));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!controller.lastResult().ok);
        QVERIFY(controller.lastResult().error.contains(QLatin1String("Save the spec first")));
        bool shown = false;
        for (const QLabel *label : panel->findChildren<QLabel *>())
            shown = shown || label->text().contains(QLatin1String("Save the spec first"));
        QVERIFY(shown);
        window.resize(900, 300);
        QVERIFY(window.grab().save(shotPath(QStringLiteral("generate-untitled.png"))));
        QVERIFY(QDir(cwd.path()).isEmpty());
        QVERIFY(QDir::setCurrent(previous));
    }

    void brokenConfigIsReportedInTheLog()
    {
        QTemporaryDir ws;
        TestSupport::copyTree(dataDir + QStringLiteral("/model_spec"), ws.path());
        QFile toml(ws.filePath(QStringLiteral("specwright.toml")));
        QVERIFY(toml.open(QIODevice::WriteOnly | QIODevice::Truncate));
        toml.write("[generators.docs\nbroken = \n");
        toml.close();
        const Workspace::Ptr workspace = Workspace::load(ws.path());
        GenerateController controller;
        OutputPanel panel(&controller);
        controller.setDocument(workspace->document(QStringLiteral("spec.md")), workspace);
        QVERIFY(!controller.configErrors().isEmpty());
        QSignalSpy finished(&controller, &GenerateController::finished);
        QVERIFY(controller.run(QStringLiteral("markdown")));
        QVERIFY(finished.wait(60000));
        QVERIFY2(panel.log()->toPlainText().contains(QLatin1String("specwright.toml: ")),
                 qPrintable(panel.log()->toPlainText()));
    }

    void cancelStopsTheRun()
    {
        auto ui = makeUi();
        QSignalSpy finished(&ui->controller, &GenerateController::finished);
        QVERIFY(ui->controller.run(QStringLiteral("all")));
        QVERIFY(ui->panel->cancelButton()->isEnabled());
        QTest::mouseClick(ui->panel->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        // Either canceled in time or already done: never a half-written failure.
        const GenerationResult r = ui->controller.lastResult();
        QVERIFY(r.canceled || r.ok);
        QVERIFY(!ui->panel->cancelButton()->isEnabled());
    }
};

QTEST_MAIN(TestGenerateWidgets)
#include "tst_generate_widgets.moc"
