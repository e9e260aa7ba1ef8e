// The "Generate" tool bar: a tool button that runs the chosen generator in one click (the last
// one, remembered), its menu of the workspace's generators, and "Selected section only".
// Ctrl+Shift+G runs the chosen generator. Also provides the same actions as a QMenu for the
// menu bar (menu()).
#pragma once

#include <QToolBar>

class QActionGroup;
class QToolButton;

namespace Specwright {

class GenerateController;

class GenerateToolbar : public QToolBar
{
    Q_OBJECT

public:
    explicit GenerateToolbar(GenerateController *controller, QWidget *parent = nullptr);

    QToolButton *generateButton() const { return m_button; }
    QAction *generateAction() const { return m_generate; }
    QMenu *menu() const { return m_menu; }

private:
    void rebuildMenu();
    void updateState();
    void runChosen();

    GenerateController *m_controller;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_generate = nullptr;
    QAction *m_sectionOnly = nullptr;
    QAction *m_cancel = nullptr;
    QActionGroup *m_group = nullptr;
};

} // namespace Specwright
