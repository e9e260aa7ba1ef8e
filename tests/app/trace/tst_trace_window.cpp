// The Traceability dock in the main window: built on a worker once the workspace has loaded,
// updated from the editor's unsaved buffer, and a double-click opens the covering file there.
#include "document_controller.h"
#include "main_window.h"
#include "spec_editor.h"
#include "temporary_settings.h"
#include "test_support.h"
#include "trace_matrix_model.h"
#include "traceability_panel.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestTraceWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase() { TestSupport::useTemporarySettings(m_settingsDir); }

    void dockFollowsWorkspaceAndBuffer()
    {
        QTemporaryDir ws;
        const QString feature = ws.filePath(QStringLiteral("specs/001-cart"));
        QDir().mkpath(feature);
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(feature + QStringLiteral("/spec.md"),
              "# Cart\n\n## Requirements\n\n- **FR-001**: System MUST keep the cart.\n"
              "- **FR-002**: System MUST total the cart.\n");
        write(feature + QStringLiteral("/tasks.md"),
              "# Tasks\n\n- [ ] T001 Keep the cart (FR-001)\n");
        MainWindow w;
        w.resize(1100, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *panel = w.findChild<TraceabilityPanel *>(QStringLiteral("traceabilityPanel"));
        QVERIFY(panel);
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("traceabilityDock"));
        QVERIFY(dock);
        QVERIFY(w.openWorkspace(ws.path()));
        QTRY_VERIFY_WITH_TIMEOUT(w.workspace(), 20000);
        w.openFile(feature + QStringLiteral("/spec.md"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->view()->model()->rowCount(), 2, 20000);
        QTRY_COMPARE(panel->model()->gapCount(), 1); // FR-002
        // Typing a new requirement into the unsaved buffer shows up as a new gap.
        SpecEditor *editor = w.editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        TestSupport::typeText(editor, QStringLiteral("- **FR-003**: System MUST empty the cart."));
        QTRY_COMPARE_WITH_TIMEOUT(panel->view()->model()->rowCount(), 3, 20000);
        QTRY_COMPARE(panel->model()->gapCount(), 2);
        // Double-click the task cell of FR-001: tasks.md opens at the task's line.
        dock->show();
        dock->raise();
        QTableView *view = panel->view();
        QTRY_VERIFY(view->isVisible());
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        QSignalSpy jumps(panel, &TraceabilityPanel::jumpRequested);
        // The matrix may still be swapped for a newer one while the parse settles: retry the
        // double-click until a jump arrives.
        auto doubleClick = [&] {
            const QModelIndex cell = view->model()->index(0, TraceMatrixModel::TaskColumn);
            const QPoint at = view->visualRect(cell).center();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
            return !jumps.isEmpty();
        };
        QTRY_VERIFY(doubleClick());
        QVERIFY(!jumps.isEmpty());
        QCOMPARE(jumps.at(0).at(1).toInt(), 3);
        QTRY_VERIFY2(w.editor()->toPlainText().startsWith(QLatin1String("# Tasks")),
                     qPrintable(w.editor()->toPlainText().left(40)));
        QCOMPARE(w.editor()->currentLine(), 3);
    }
};

QTEST_MAIN(TestTraceWindow)
#include "tst_trace_window.moc"
