// The main window's docks that tie features together: Problems (lint results: double-click
// jumps, a quick fix applies as one undo step) and Amendments/Diff (history of the open spec
// in a real git repository; "Compare with Last Amendment" on the unsaved buffer).
#include "amendments_panel.h"
#include "diff_view.h"
#include "document_controller.h"
#include "history_integration.h"
#include "main_window.h"
#include "problems_panel.h"
#include "repo_builder.h"
#include "spec_editor.h"
#include "temporary_settings.h"
#include "test_support.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Specwright;

namespace {

const char *const kSpec = "# Shop {#shop}\n\n## Refunds {#refunds authority=root}\n\n"
                          "The assistant must explain refunds, see [?](#refundz).\n\n"
                          "**Example**: asks\n\n~~~xml\n<user>\nRefund?\n</user>\n"
                          "<assistant> <!-- GOOD -->\nWithin 30 days.\n</assistant>\n~~~\n";

int rowOfRule(ProblemsPanel *panel, const QString &rule)
{
    QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString() == rule)
                return row;
    return -1;
}

} // namespace

class TestWindowIntegrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase() { TestSupport::useTemporarySettings(m_settingsDir); }

    void problemsDockJumpsAndFixes()
    {
        RepoBuilder repo;
        repo.write(QStringLiteral("spec.md"), kSpec);
        MainWindow w;
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.openFile(repo.path(QStringLiteral("spec.md"))));
        auto *panel = w.findChild<ProblemsPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(panel, QStringLiteral("references/broken")) >= 0, 20000);

        // Double-click the broken reference: the editor cursor goes to its line.
        const int row = rowOfRule(panel, QStringLiteral("references/broken"));
        w.editor()->goToLine(1);
        QTreeView *view = panel->view();
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(w.editor()->currentLine(), 5);

        // Its quick fix replaces the id with the nearest existing one, as one undo step.
        QVERIFY(panel->fixAction()->isEnabled());
        panel->fixAction()->trigger();
        QVERIFY(w.editor()->toPlainText().contains(QStringLiteral("[?](#refunds)")));
        w.editor()->undo();
        QVERIFY(w.editor()->toPlainText().contains(QStringLiteral("[?](#refundz)")));
    }

    void settingsReachTheEditorAndTheLinter()
    {
        RepoBuilder repo;
        repo.write(QStringLiteral("spec.md"), "# A {#a}\n\nThe system must log every request.\n");
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(repo.path(QStringLiteral("spec.md"))));
        auto *panel = w.findChild<ProblemsPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && w.controller()->document(), 20000);
        QCOMPARE(rowOfRule(panel, QStringLiteral("keywords/lowercase")), -1); // not rfc by itself

        AppSettings settings;
        settings.editorFontSize = 17;
        settings.lintProfile = QStringLiteral("rfc");
        w.applySettings(settings);
        QCOMPARE(w.editor()->font().pointSize(), 17);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(panel, QStringLiteral("keywords/lowercase")) >= 0,
                                 20000);
    }

    void amendmentsDockFollowsTheOpenFile()
    {
        RepoBuilder repo;
        repo.write(QStringLiteral("spec.md"), kSpec);
        repo.commit(QStringLiteral("First draft"), {QStringLiteral("spec.md")});
        repo.write(QStringLiteral("spec.md"),
                   QByteArray(kSpec).replace("explain", "clearly explain"));
        repo.commit(QStringLiteral("Sharper wording"), {QStringLiteral("spec.md")});

        MainWindow w;
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1200, 800);
        w.show();
        auto *panel = w.findChild<AmendmentsPanel *>();
        QVERIFY(panel);
        QSignalSpy loaded(panel, &AmendmentsPanel::historyLoaded);
        QVERIFY(w.openFile(repo.path(QStringLiteral("spec.md"))));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(loaded.last().first().toInt(), 2);
        QCOMPARE(TestSupport::child<QTreeWidget>(panel, "amendmentsList")->topLevelItemCount(), 2);

        // Edit the buffer, then Tools > Compare with Last Amendment shows a modified section.
        auto *diff = w.findChild<DiffView *>();
        QVERIFY(diff);
        QSignalSpy ready(diff, &DiffView::diffReady);
        QTextCursor cursor = w.editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n## Tone {#tone}\n\nBe brief.\n"));
        w.findChild<HistoryIntegration *>()->compareWithLastAmendment();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
        QVERIFY(diff->statusText().contains(QStringLiteral("1 added")));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("diffDock"))->isVisible());

        const QString dir = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/main_window_amendments.png")));
    }
};

QTEST_MAIN(TestWindowIntegrations)
#include "tst_window_integrations.moc"
