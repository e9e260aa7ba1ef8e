// Puts amendments into the main window: the Amendments panel (history of the open spec) and
// the Diff view as bottom docks (the Diff view follows the current file and refreshes after a
// commit), "Compare with Last Amendment" for the unsaved buffer and "Amend Spec…" (save, open
// the dialog at once with the section summary to come, commit).
#pragma once

#include "latest_result.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace Specwright {

class AmendCommitDialog;
class AmendmentsPanel;
class DiffView;
class MainWindow;

class HistoryIntegration : public QObject
{
    Q_OBJECT

public:
    static HistoryIntegration *install(MainWindow *window);
    AmendmentsPanel *panel() const { return m_panel; }
    DiffView *diffView() const { return m_diff; }
    QAction *amendAction() const { return m_amend; }
    AmendCommitDialog *amendDialog() const;

    void compareWithLastAmendment();
    void amendSpec();

private:
    explicit HistoryIntegration(MainWindow *window);
    void showDiff();
    void refreshDiffIfShown();
    // "Amend Spec…" is enabled while the buffer or the file differs from the last amendment.
    void updateAmendAction();

    MainWindow *m_window;
    AmendmentsPanel *m_panel = nullptr;
    DiffView *m_diff = nullptr;
    QDockWidget *m_diffDock = nullptr;
    QAction *m_amend = nullptr;
    QPointer<AmendCommitDialog> m_amendDialog; // open, waiting for or showing its diff
    bool m_diffStale = true;                   // the Diff panel shows another file or state
    LatestResult<bool> m_fileStatus{this};     // git status of the spec, asked on a worker
};

} // namespace Specwright
