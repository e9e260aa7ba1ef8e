#include "history_integration.h"

#include "amend_commit_dialog.h"
#include "amendments_panel.h"
#include "diff_view.h"
#include "document_controller.h"
#include "document_session.h"
#include "git_repository.h"
#include "main_actions.h"
#include "main_window.h"
#include "spec_editor.h"

#include <QAction>
#include <QDockWidget>
#include <QPointer>
#include <QStatusBar>
#include <QTextDocument>

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

    DocumentSession *session = window->session();
    DocumentManager *documents = window->documents(); // follows the shown document
    connect(documents, &DocumentManager::currentFileChanged, m_panel, &AmendmentsPanel::setFile);
    // The Diff panel follows the current file: a shown panel compares the new file at once, a
    // hidden one when it is shown next.
    connect(documents, &DocumentManager::currentFileChanged, this, [this] {
        m_diffStale = true;
        refreshDiffIfShown();
        updateAmendAction();
    });
    connect(m_diffDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refreshDiffIfShown();
    });
    connect(documents, &DocumentManager::documentSaved, this, [this](const QString &) {
        m_panel->reload();
        updateAmendAction();
    });
    connect(documents, &DocumentManager::currentModificationChanged, this,
            &HistoryIntegration::updateAmendAction);
    if (!session->filePath().isEmpty())
        m_panel->setFile(session->filePath());
    connect(m_panel, &AmendmentsPanel::compareRequested, this,
            [this](const QString &oldText, const QString &newText, const QString &oldLabel,
                   const QString &newLabel) {
                m_diffStale = false;
                m_diff->compare(oldText, newText, oldLabel, newLabel);
                showDiff();
            });
    connect(m_diff, &DiffView::sectionActivated, this,
            [this](const QString &, int line) { m_window->goToLine(line); });
    connect(m_diff, &DiffView::failed, this, [this](const QString &message) {
        if (m_amendDialog)
            m_amendDialog->setDiff({});
        m_window->statusBar()->showMessage(message, 8000);
    });
    connect(m_diff, &DiffView::diffReady, this, [this] {
        if (m_amendDialog)
            m_amendDialog->setDiff(m_diff->result());
    });

    QAction *compare = window->actions()->add(
        MainActions::Menu::Tools, tr("Compare with &Last Amendment"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), QStringLiteral("document-compare"));
    connect(compare, &QAction::triggered, this, &HistoryIntegration::compareWithLastAmendment);
    m_amend = window->actions()->add(MainActions::Menu::Tools, tr("&Amend Spec…"),
                                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A),
                                     QStringLiteral("vcs-commit"));
    m_amend->setEnabled(false);
    connect(m_amend, &QAction::triggered, this, &HistoryIntegration::amendSpec);
    updateAmendAction();
}

AmendCommitDialog *HistoryIntegration::amendDialog() const
{
    return m_amendDialog;
}

void HistoryIntegration::showDiff()
{
    m_diffDock->show();
    m_diffDock->raise();
}

void HistoryIntegration::refreshDiffIfShown()
{
    if (!m_diffStale || !m_diffDock->isVisible() || m_window->session()->filePath().isEmpty())
        return;
    m_diffStale = false;
    // The parsed text is the buffer's when the model is current: no copy of a 5 MB buffer on
    // the UI thread at each switch of tabs.
    const DocumentController *controller = m_window->controller();
    m_diff->compareWithLastAmendment(m_window->session()->filePath(),
                                     controller->isCurrent() && controller->document()
                                         ? controller->document()->text()
                                         : m_window->editor()->toPlainText());
}

void HistoryIntegration::updateAmendAction()
{
    const QString path = m_window->session()->filePath();
    if (path.isEmpty()) {
        m_fileStatus.cancel();
        m_amend->setEnabled(false);
        return;
    }
    if (m_window->session()->isModified()) {
        m_fileStatus.cancel();
        m_amend->setEnabled(true); // "Amend" saves first
        return;
    }
    // git status hashes the working file: ask it on a worker, keep the newest answer.
    m_fileStatus.start(
        [path](const BackgroundTask &) {
            GitResult<GitRepository> repo = GitRepository::discover(path);
            if (!repo || repo->isBare())
                return false;
            const GitFileStates state = repo->fileStatus(repo->relativePath(path));
            return bool(state & (GitFileState::Staged | GitFileState::Modified |
                                 GitFileState::Untracked | GitFileState::Deleted));
        },
        [this](bool changed) {
            m_amend->setEnabled(m_window->session()->isModified() || changed);
        });
}

void HistoryIntegration::compareWithLastAmendment()
{
    const QString path = m_window->session()->filePath();
    if (path.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Save the spec in a git repository first."), 5000);
        return;
    }
    m_diffStale = false;
    m_diff->compareWithLastAmendment(path, m_window->editor()->toPlainText());
    showDiff();
}

void HistoryIntegration::amendSpec()
{
    // The commit takes the file on disk: save first. The dialog opens at once and shows what
    // the amendment changes when the comparison is done.
    if (m_window->session()->filePath().isEmpty() || !m_window->save())
        return;
    auto *dialog = new AmendCommitDialog(m_window->session()->filePath(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_amendDialog = dialog;
    connect(dialog, &AmendCommitDialog::committed, this, [this] {
        m_panel->reload();
        // The Diff panel now compares the new HEAD with the buffer: "no changes".
        m_diffStale = true;
        refreshDiffIfShown();
        updateAmendAction();
    });
    dialog->open();
    compareWithLastAmendment();
}

} // namespace Specwright
