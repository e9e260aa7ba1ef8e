#include "outline_tree.h"

#include <QDropEvent>

namespace Specwright {

OutlineTree::OutlineTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDropIndicatorShown(true);
    setDefaultDropAction(Qt::MoveAction);
}

void OutlineTree::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *dragged = currentItem();
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    // The model changes through the text only: never let the view move its own rows.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (!dragged || !target || dragged == target)
        return;
    // Below the middle of a row (or onto it) means after it.
    const QRect row = visualItemRect(target);
    const bool after = dropIndicatorPosition() == QAbstractItemView::BelowItem ||
                       (dropIndicatorPosition() == QAbstractItemView::OnItem &&
                        event->position().y() > row.center().y());
    Q_EMIT moveRequested(dragged, target, after);
}

} // namespace Specwright
