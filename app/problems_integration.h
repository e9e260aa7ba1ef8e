// Puts the lint results into the main window: the Problems panel as a bottom dock fed by the
// document controller's diagnostics; double-click jumps, quick fixes and "fix all of this
// rule" apply to the editor buffer as one undo step.
#pragma once

#include "diagnostic.h"

#include <QObject>

namespace Specwright {

class MainWindow;
class ProblemsPanel;

class ProblemsIntegration : public QObject
{
    Q_OBJECT

public:
    static ProblemsIntegration *install(MainWindow *window);
    ProblemsPanel *panel() const { return m_panel; }

private:
    explicit ProblemsIntegration(MainWindow *window);
    // Edits carry offsets of the text that was linted: apply them only to that text.
    void applyEdits(const QString &file, const QList<TextEdit> &edits);

    MainWindow *m_window;
    ProblemsPanel *m_panel = nullptr;
};

} // namespace Specwright
