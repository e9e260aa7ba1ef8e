// The Diff and Amendments docks in the main window on a real repository: the Diff panel
// follows the current file, says "no changes", refreshes after a commit, and "Amend Spec…" is
// enabled only when there is something to amend and opens its dialog at once.
#include "amend_commit_dialog.h"
#include "amendment_fixtures.h"
#include "diff_view.h"
#include "history_integration.h"
#include "main_window.h"
#include "repo_builder.h"
#include "spec_editor.h"
#include "temporary_settings.h"
#include "test_support.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Specwright;
namespace F = Specwright::AmendmentFixtures;

class TestHistoryIntegration : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase() { TestSupport::useTemporarySettings(m_settingsDir); }

    void diffFollowsFileAmendsAndRefreshes()
    {
        RepoBuilder repo;
        repo.write(QStringLiteral("spec.md"), F::base().toUtf8());
        repo.write(QStringLiteral("other.md"), F::base().toUtf8());
        repo.commit(QStringLiteral("First draft"),
                    {QStringLiteral("spec.md"), QStringLiteral("other.md")});
        repo.write(QStringLiteral("other.md"), F::authorityOnly().toUtf8());

        MainWindow w;
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1200, 800);
        w.show();
        auto *history = w.findChild<HistoryIntegration *>();
        QVERIFY(history);
        DiffView *diff = history->diffView();
        QAction *amend = history->amendAction();
        QSignalSpy ready(diff, &DiffView::diffReady);

        // A committed, unmodified file: nothing to amend, and the shown Diff says so.
        QVERIFY(w.openFile(repo.path(QStringLiteral("spec.md"))));
        w.findChild<QDockWidget *>(QStringLiteral("diffDock"))->show();
        w.findChild<QDockWidget *>(QStringLiteral("diffDock"))->raise();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
        QVERIFY2(diff->statusText().contains(QStringLiteral("no changes")),
                 qPrintable(diff->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!amend->isEnabled(), 10000);

        // Another file that differs from HEAD: the panel follows it, Amend becomes possible.
        ready.clear();
        QVERIFY(w.openFile(repo.path(QStringLiteral("other.md"))));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
        QVERIFY2(diff->statusText().contains(QStringLiteral("1 modified")),
                 qPrintable(diff->statusText()));
        QVERIFY(TestSupport::child<QLabel>(diff, "diffSummaryHeader")
                    ->text()
                    .contains(QStringLiteral("authority")));
        QTRY_VERIFY_WITH_TIMEOUT(amend->isEnabled(), 10000);

        // Amend opens its dialog at once; the changes fill in when the comparison is done.
        ready.clear();
        amend->trigger();
        AmendCommitDialog *dialog = history->amendDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QStringLiteral("chain_of_command")),
                                 10000);
        QTest::keyClicks(TestSupport::child<QLineEdit>(dialog, "amendSummary"),
                         QStringLiteral("root authority"));
        ready.clear();
        QTest::mouseClick(TestSupport::child<QPushButton>(dialog, "amendCommit"), Qt::LeftButton);
        // After the commit the Diff compares the new HEAD: no changes, nothing to amend.
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
        QVERIFY2(diff->statusText().contains(QStringLiteral("no changes")),
                 qPrintable(diff->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!amend->isEnabled(), 10000);

        // Typing makes the buffer modified: Amend is possible again (it saves first).
        QTest::keyClick(w.editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(w.editor(), QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(amend->isEnabled(), 10000);
    }
};

QTEST_MAIN(TestHistoryIntegration)
#include "tst_history_integration.moc"
