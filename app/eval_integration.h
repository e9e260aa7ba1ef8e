// The Evals panel in the main window: a bottom dock that runs the open spec's examples (the
// whole file or the current section) against the target and grader models of the user's
// settings, only in a trusted workspace, and jumps to a case's place in the spec.
#pragma once

#include "eval_runner.h"

#include <QObject>
#include <QPointer>

namespace Specwright {

class EvalPanel;
class MainWindow;

class EvalIntegration : public QObject
{
    Q_OBJECT

public:
    static EvalIntegration *install(MainWindow *window);
    EvalPanel *panel() const { return m_panel; }
    EvalRunner *runner() const { return m_runner; }
    // Starts a run; false (with a message in the panel) when it cannot start.
    bool run(bool sectionOnly);

private:
    explicit EvalIntegration(MainWindow *window);

    MainWindow *m_window;
    EvalPanel *m_panel = nullptr;
    QPointer<EvalRunner> m_runner;
    QString m_sectionId;
};

} // namespace Specwright
