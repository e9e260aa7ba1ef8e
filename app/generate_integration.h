// Puts generation into the main window: the Generate tool bar (one click runs the chosen
// generator), a Tools > Generate submenu, and the Output panel as a bottom dock that shows
// itself when a run starts. Follows the editor: the current snapshot, its workspace and the
// section at the cursor (for "Selected Section Only").
#pragma once

#include <QObject>

namespace Specwright {

class GenerateController;
class GenerateToolbar;
class MainWindow;
class OutputPanel;

class GenerateIntegration : public QObject
{
    Q_OBJECT

public:
    static GenerateIntegration *install(MainWindow *window);

    GenerateController *controller() const { return m_controller; }
    GenerateToolbar *toolbar() const { return m_toolbar; }
    OutputPanel *panel() const { return m_panel; }

private:
    explicit GenerateIntegration(MainWindow *window);

    MainWindow *m_window;
    GenerateController *m_controller = nullptr;
    GenerateToolbar *m_toolbar = nullptr;
    OutputPanel *m_panel = nullptr;
};

} // namespace Specwright
