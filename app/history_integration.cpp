#include "history_integration.h"

#include "amend_commit_dialog.h"
#include "amendments_panel.h"
#include "diff_view.h"
#include "document_session.h"
#include "main_actions.h"
#include "main_window.h"
#include "spec_editor.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <utility>

namespace Specwright {

HistoryIntegration *HistoryIntegration::install(MainWindow *window)
{
    return new HistoryIntegration(window);
}

HistoryIntegration::HistoryIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("historyIntegration"));
    m_panel = new AmendmentsPanel(window);
    QDockWidget *historyDock = window->addDock(tr("Amendments"), QStringLiteral("amendmentsDock"),
                                               m_panel, Qt::BottomDockWidgetArea);

    m_diff = new DiffView(window);
    m_diffDock =
        window->addDock(tr("Diff"), QStringLiteral("diffDock"), m_diff, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(historyDock, m_diffDock);
    historyDock->raise();

    connect(window->session(), &DocumentSession::filePathChanged, m_panel,
            &AmendmentsPanel::setFile);
    connect(window->session(), &DocumentSession::saved, m_panel,
            [this](const QString &) { m_panel->reload(); });
    if (!window->session()->filePath().isEmpty())
        m_panel->setFile(window->session()->filePath());
    connect(m_panel, &AmendmentsPanel::compareRequested, this,
            [this](const QString &oldText, const QString &newText, const QString &oldLabel,
                   const QString &newLabel) {
                m_diff->compare(oldText, newText, oldLabel, newLabel);
                showDiff();
            });
    connect(m_diff, &DiffView::sectionActivated, this,
            [this](const QString &, int line) { m_window->goToLine(line); });
    connect(m_diff, &DiffView::failed, this, [this](const QString &message) {
        m_amendPending = false;
        m_window->statusBar()->showMessage(message, 8000);
    });
    connect(m_diff, &DiffView::diffReady, this, [this] {
        if (!std::exchange(m_amendPending, false))
            return;
        AmendCommitDialog dialog(m_window->session()->filePath(), m_diff->result(), m_window);
        connect(&dialog, &AmendCommitDialog::committed, m_panel, &AmendmentsPanel::reload);
        dialog.exec();
    });

    QAction *compare = window->actions()->add(
        MainActions::Menu::Tools, tr("Compare with &Last Amendment"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), QStringLiteral("document-compare"));
    connect(compare, &QAction::triggered, this, &HistoryIntegration::compareWithLastAmendment);
    QAction *amend = window->actions()->add(MainActions::Menu::Tools, tr("&Amend Spec…"),
                                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A),
                                            QStringLiteral("vcs-commit"));
    connect(amend, &QAction::triggered, this, &HistoryIntegration::amendSpec);
}

void HistoryIntegration::showDiff()
{
    m_diffDock->show();
    m_diffDock->raise();
}

void HistoryIntegration::compareWithLastAmendment()
{
    const QString path = m_window->session()->filePath();
    if (path.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Save the spec in a git repository first."), 5000);
        return;
    }
    m_diff->compareWithLastAmendment(path, m_window->editor()->toPlainText());
    showDiff();
}

void HistoryIntegration::amendSpec()
{
    // The commit takes the file on disk: save first, then show what the amendment changes.
    if (m_window->session()->filePath().isEmpty() || !m_window->save())
        return;
    m_amendPending = true;
    compareWithLastAmendment();
}

} // namespace Specwright
