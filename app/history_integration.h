// Puts amendments into the main window: the Amendments panel (history of the open spec) and
// the Diff view as bottom docks, "Compare with Last Amendment" for the unsaved buffer and
// "Amend Spec…" (save, show the section summary, commit).
#pragma once

#include <QObject>

class QDockWidget;

namespace Specwright {

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

    void compareWithLastAmendment();
    void amendSpec();

private:
    explicit HistoryIntegration(MainWindow *window);
    void showDiff();

    MainWindow *m_window;
    AmendmentsPanel *m_panel = nullptr;
    DiffView *m_diff = nullptr;
    QDockWidget *m_diffDock = nullptr;
    bool m_amendPending = false; // "Amend Spec…" waits for its diff
};

} // namespace Specwright
