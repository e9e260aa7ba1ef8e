#include "dock_space_guard.h"

#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>

namespace Specwright {

DockSpaceGuard *DockSpaceGuard::install(QMainWindow *window)
{
    return new DockSpaceGuard(window);
}

DockSpaceGuard::DockSpaceGuard(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("dockSpaceGuard"));
    const QList<QDockWidget *> docks = bottomDocks();
    QDockWidget *first = nullptr;
    QDockWidget *front = nullptr; // the first shown one (Problems) is the tab in front
    for (QDockWidget *dock : docks) {
        if (!first)
            first = dock;
        else if (!window->tabifiedDockWidgets(first).contains(dock))
            window->tabifyDockWidget(first, dock);
        if (!front && !dock->isHidden())
            front = dock;
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible)
                onShown(dock);
        });
    }
    if (front)
        front->raise();
}

QList<QDockWidget *> DockSpaceGuard::bottomDocks() const
{
    QList<QDockWidget *> out;
    const QList<QDockWidget *> all = m_window->findChildren<QDockWidget *>();
    for (QDockWidget *dock : all)
        if (!dock->isFloating() && m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
            out.append(dock);
    return out;
}

void DockSpaceGuard::onShown(QDockWidget *dock)
{
    if (dock->isFloating() || m_window->dockWidgetArea(dock) != Qt::BottomDockWidgetArea ||
        !m_window->tabifiedDockWidgets(dock).isEmpty())
        return; // floating, elsewhere or already among tabs: takes no extra width
    QDockWidget *neighbour = nullptr;
    const QList<QDockWidget *> docks = bottomDocks();
    for (QDockWidget *other : docks)
        if (other != dock && other->isVisible())
            neighbour = other;
    if (!neighbour)
        return;
    m_window->layout()->invalidate();
    if (m_window->layout()->minimumSize().width() <= m_window->width())
        return; // room enough beside the others
    m_window->tabifyDockWidget(neighbour, dock);
    dock->raise();
}

} // namespace Specwright
