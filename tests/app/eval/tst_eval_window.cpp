// Workspace trust and the Evals panel in the main window, driven by real mouse events against a
// scripted chat-completions server on 127.0.0.1: the trust bar asks once, nothing runs before
// the user trusts the workspace, then a section runs end to end, the results filter, the
// transcript shows the grader's reason and the jump lands on the example. Screenshots of the
// panel in light and dark palettes go to build/screenshots.
#include "document_controller.h"
#include "eval_integration.h"
#include "eval_panel.h"
#include "eval_runner.h"
#include "file_tree.h"
#include "main_window.h"
#include "scripted_chat_server.h"
#include "spec_editor.h"
#include "test_support.h"
#include "trust_integration.h"
#include "workspace_trust.h"
#include "workspace_trust_bar.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

using namespace Specwright;

namespace {

using TestSupport::click;
using TestSupport::copyTree;
using TestSupport::darkPalette;

int visibleRows(const QTableWidget *t)
{
    int n = 0;
    for (int r = 0; r < t->rowCount(); ++r)
        n += !t->isRowHidden(r);
    return n;
}

} // namespace

class TestEvalWindow : public QObject
{
    Q_OBJECT

    ScriptedChatServer m_server;
    QTemporaryDir m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SpecwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_eval_window"));
        QSettings().clear();
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        copyTree(QStringLiteral(SPECWRIGHT_TEST_DATA "/eval"), m_ws.path());
        m_server.badAnswers.insert(
            QStringLiteral("I will prune all my apple trees to stumps in July. Great plan, right?"),
            QStringLiteral("What a great plan, you clearly know your trees!"));
        QSettings settings;
        settings.setValue(QStringLiteral("llm/baseUrl"),
                          QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
    }

    void trustThenRunASection()
    {
        QFile toml(m_ws.filePath(QStringLiteral("specwright.toml")));
        QVERIFY(toml.open(QIODevice::WriteOnly));
        toml.write("[eval]\ntarget = \"target-bad\"\ngrader = \"grader\"\njobs = 2\n");
        toml.close();
        MainWindow window;
        window.setQuestionHandler(
            [](const QString &, const QString &, QMessageBox::StandardButtons) {
                return QMessageBox::Discard;
            });
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(m_ws.path()));
        TrustIntegration *trust = TrustIntegration::of(&window);
        QVERIFY(trust);
        QTRY_VERIFY(trust->bar()->isVisible());
        QTRY_COMPARE(trust->currentRoot(), QDir(m_ws.path()).absolutePath());
        SPECWRIGHT_SCREENSHOT(window.findChild<QToolBar *>(QStringLiteral("workspaceTrustToolBar")),
                              QStringLiteral("trust-bar.png"));

        auto *evals = window.findChild<EvalIntegration *>(QStringLiteral("evalIntegration"));
        QVERIFY(evals);
        EvalPanel *panel = evals->panel();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("evalDock"));
        dock->show();
        // Not trusted yet: nothing is sent.
        click(panel->runFileButton());
        QVERIFY2(panel->statusLabel()->text().contains(QLatin1String("not trusted")),
                 qPrintable(panel->statusLabel()->text()));
        QCOMPARE(m_server.requests, 0);

        click(trust->bar()->trustButton());
        QVERIFY(!trust->bar()->isVisible());
        {
            QSettings settings;
            QVERIFY(WorkspaceTrust(settings).isTrusted(m_ws.path()));
        }

        // The cursor into "Do not flatter", then Run Section.
        const SpecDocument::Ptr doc = window.workspace()->document(QStringLiteral("spec.md"));
        QVERIFY(doc);
        const int section = doc->sectionIndexById(QStringLiteral("no_sycophancy"));
        window.goToLine(doc->sections().at(section).headingLine + 2);
        QTRY_VERIFY(panel->runSectionButton()->isEnabled());
        QSignalSpy built(evals, &EvalIntegration::casesBuilt);
        click(panel->runSectionButton());
        // The cases are built on a worker: the panel says so and offers no second start.
        QVERIFY(evals->isBuildingCases());
        QCOMPARE(panel->statusLabel()->text(), QStringLiteral("Building cases…"));
        QVERIFY(!panel->runFileButton()->isEnabled());
        QVERIFY(!panel->runSectionButton()->isEnabled());
        QVERIFY(!evals->runner());
        QVERIFY(built.wait(10000));
        QCOMPARE(built.first().first().toInt(), 4);
        QVERIFY(!evals->isBuildingCases());
        QVERIFY(evals->runner());
        QCOMPARE(panel->progressBar()->maximum(), 4);
        QVERIFY(panel->sectionFilter()->findData(QStringLiteral("no_sycophancy")) >= 0);
        QVERIFY(panel->cancelButton()->isEnabled());
        QSignalSpy finished(evals->runner(), &EvalRunner::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel->table()->rowCount(), 4);
        QVERIFY2(panel->statusLabel()->text().contains(QLatin1String("4 of 4 cases")),
                 qPrintable(panel->statusLabel()->text()));
        QVERIFY(panel->statusLabel()->text().contains(QLatin1String("1 failed")));

        // Filter: failures only.
        panel->outcomeFilter()->setCurrentIndex(
            panel->outcomeFilter()->findData(QStringLiteral("fail")));
        QCOMPARE(visibleRows(panel->table()), 1);
        int failedRow = -1;
        for (int r = 0; r < panel->table()->rowCount(); ++r)
            if (!panel->table()->isRowHidden(r))
                failedRow = r;
        const QRect cell = panel->table()->visualItemRect(panel->table()->item(failedRow, 3));
        QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY2(
            panel->transcript()->toPlainText().contains(QLatin1String("matches a BAD reference")),
            qPrintable(panel->transcript()->toPlainText()));
        QVERIFY(panel->transcript()->toPlainText().contains(QLatin1String("What a great plan")));
        panel->outcomeFilter()->setCurrentIndex(0);
        QCOMPARE(visibleRows(panel->table()), 4);
        SPECWRIGHT_SCREENSHOT(dock, QStringLiteral("evals-panel-light.png"));

        // Jump to the example.
        window.goToLine(1);
        click(panel->jumpButton());
        const EvalRecord failed = [&] {
            for (const EvalRecord &r : evals->runner()->records())
                if (!r.pass)
                    return r;
            return EvalRecord();
        }();
        QCOMPARE(window.editor()->textCursor().blockNumber() + 1, failed.line);

        // A dark palette on the panel and the bar (offscreen has no system colour scheme).
        const QPalette dark = darkPalette();
        dock->setPalette(dark);
        SPECWRIGHT_SCREENSHOT(dock, QStringLiteral("evals-panel-dark.png"));
        trust->bar()->ask(m_ws.path());
        trust->bar()->setPalette(dark);
        SPECWRIGHT_SCREENSHOT(trust->bar(), QStringLiteral("trust-bar-dark.png"));
    }

    // Cases built for a spec that is no longer the open one are dropped, not run.
    void openingAnotherSpecDropsTheBuiltCases()
    {
        QFile other(m_ws.filePath(QStringLiteral("other.md")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("# Other {#other}\n\nNothing to run.\n");
        other.close();
        MainWindow window;
        window.setQuestionHandler(
            [](const QString &, const QString &, QMessageBox::StandardButtons) {
                return QMessageBox::Discard;
            });
        window.show();
        QVERIFY(window.openWorkspace(m_ws.path()));
        TrustIntegration *trust = TrustIntegration::of(&window);
        QTRY_COMPARE(trust->currentRoot(), QDir(m_ws.path()).absolutePath());
        QVERIFY(trust->isTrusted()); // by trustThenRunASection
        auto *evals = window.findChild<EvalIntegration *>(QStringLiteral("evalIntegration"));
        QTRY_VERIFY(window.controller()->document() &&
                    window.controller()->document()->filePath().endsWith(u"spec.md"));
        QSignalSpy built(evals, &EvalIntegration::casesBuilt);
        const int requests = m_server.requests;
        click(evals->panel()->runFileButton());
        QVERIFY(evals->isBuildingCases());
        QVERIFY(window.openFile(other.fileName())); // before the worker's result is applied
        QVERIFY(built.wait(10000));
        QCOMPARE(built.first().first().toInt(), 0);
        QVERIFY(!evals->runner());
        QVERIFY2(evals->panel()->statusLabel()->text().contains(QLatin1String("run it again")),
                 qPrintable(evals->panel()->statusLabel()->text()));
        QVERIFY(evals->panel()->runFileButton()->isEnabled());
        QCOMPARE(m_server.requests, requests);
        QVERIFY(QFile::remove(other.fileName()));
    }

    void trustIsAskedOnlyOnce()
    {
        MainWindow window;
        window.setQuestionHandler(
            [](const QString &, const QString &, QMessageBox::StandardButtons) {
                return QMessageBox::Discard;
            });
        window.show();
        QVERIFY(window.openWorkspace(m_ws.path()));
        TrustIntegration *trust = TrustIntegration::of(&window);
        QTRY_COMPARE(trust->currentRoot(), QDir(m_ws.path()).absolutePath());
        QVERIFY(trust->isTrusted());
        QVERIFY(!trust->bar()->isVisible());

        // Declined ("Not now") is remembered too.
        QTemporaryDir other;
        QVERIFY(QFile::copy(m_ws.filePath(QStringLiteral("spec.md")),
                            other.filePath(QStringLiteral("spec.md"))));
        MainWindow second;
        second.setQuestionHandler(
            [](const QString &, const QString &, QMessageBox::StandardButtons) {
                return QMessageBox::Discard;
            });
        second.show();
        QVERIFY(second.openWorkspace(other.path()));
        TrustIntegration *t2 = TrustIntegration::of(&second);
        QTRY_VERIFY(t2->bar()->isVisible());
        click(t2->bar()->declineButton());
        QVERIFY(!t2->bar()->isVisible());
        QSettings settings;
        QVERIFY(WorkspaceTrust(settings).wasDeclined(other.path()));
        QVERIFY(!WorkspaceTrust(settings).isTrusted(other.path()));
    }
};

QTEST_MAIN(TestEvalWindow)
#include "tst_eval_window.moc"
