#include "main_actions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>

namespace Specwright {

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenuBar *bar = window->menuBar();
    m_menus = {bar->addMenu(tr("&File")), bar->addMenu(tr("&Edit")),  bar->addMenu(tr("&View")),
               bar->addMenu(tr("&Go")),   bar->addMenu(tr("&Tools")), bar->addMenu(tr("&Help"))};
    m_recent = new QMenu(tr("Open &Recent"), window);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    m_panels = new QMenu(tr("&Panels"), window);
    m_panels->setObjectName(QStringLiteral("panelsMenu"));
    m_toolBar = window->addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

QMenu *MainActions::menu(Menu which) const
{
    return m_menus.value(int(which));
}

QAction *MainActions::add(Menu which, QAction *action, bool onToolBar)
{
    menu(which)->addAction(action);
    if (onToolBar)
        m_toolBar->addAction(action);
    // Shortcuts must work while the menu bar is hidden or the focus is in a dock.
    if (!m_window->actions().contains(action))
        m_window->addAction(action);
    return action;
}

QAction *MainActions::add(Menu which, const QString &text, const QKeySequence &shortcut,
                          const QString &iconName, bool onToolBar)
{
    auto *action = new QAction(text, m_window);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    return add(which, action, onToolBar);
}

QString MainActions::plainText(const QString &menuText)
{
    QString text = menuText;
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

void MainActions::addSeparator(Menu which, bool onToolBar)
{
    menu(which)->addSeparator();
    if (onToolBar)
        m_toolBar->addSeparator();
}

} // namespace Specwright
