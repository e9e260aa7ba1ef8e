// The main window's menus and toolbar. Actions are looked up by menu; other parts of the IDE add
// their own with add() (see the comment at the top of main_window.h).
#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Specwright {

class MainActions : public QObject
{
    Q_OBJECT
public:
    enum class Menu
    {
        File,
        Edit,
        View,
        Go,
        Tools,
        Help
    };

    explicit MainActions(QMainWindow *window);

    QMenu *menu(Menu which) const;
    // The View > Panels submenu (dock toggles).
    QMenu *panelsMenu() const { return m_panels; }
    QMenu *recentMenu() const { return m_recent; }

    // Appends an action to a menu (and to the toolbar when asked); returns it for chaining.
    QAction *add(Menu which, QAction *action, bool onToolBar = false);
    // Creates, adds and returns an action.
    QAction *add(Menu which, const QString &text, const QKeySequence &shortcut = {},
                 const QString &iconName = {}, bool onToolBar = false);
    void addSeparator(Menu which, bool onToolBar = false);
    // A menu text as a sentence shows it: "Save &As…" -> "Save As" (mnemonic and ellipsis gone).
    static QString plainText(const QString &menuText);

private:
    QMainWindow *m_window;
    QList<QMenu *> m_menus;
    QMenu *m_panels;
    QMenu *m_recent;
    QToolBar *m_toolBar;
};

} // namespace Specwright
