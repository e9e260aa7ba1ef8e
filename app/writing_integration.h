// Writing ergonomics of the main window, as in Kate and Ghostwriter: Cut / Copy / Paste /
// Select All in the Edit menu, focus mode (F11: full screen, only the text), the shortcut of
// every toolbar action in its tooltip, and Help > Keyboard Shortcuts.
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QToolBar;

namespace Specwright {

class MainWindow;

class WritingIntegration : public QObject
{
    Q_OBJECT

public:
    static WritingIntegration *install(MainWindow *window);

    QAction *focusModeAction() const { return m_focus; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    bool inFocusMode() const { return m_inFocus; }
    // "Save (Ctrl+S)": what a toolbar tooltip says for an action.
    static QString toolTipFor(const QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WritingIntegration(MainWindow *window);
    void setFocusMode(bool on);
    void updateToolTips(QToolBar *bar);

    MainWindow *m_window;
    QAction *m_focus = nullptr;
    QAction *m_shortcuts = nullptr;
    bool m_inFocus = false;
    bool m_wasMaximized = false;
    QByteArray m_layoutBeforeFocus;
};

} // namespace Specwright
