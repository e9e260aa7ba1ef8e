#include "outline_tree.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>

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

QString OutlineTree::entryMimeType()
{
    return QStringLiteral("application/x-specwright-outline-entry");
}

QByteArray OutlineTree::token() const
{
    // This tree in this process: a drag from another window or program is not ours.
    return QByteArray::number(QCoreApplication::applicationPid()) + ':' +
           QByteArray::number(quintptr(this), 16);
}

QStringList OutlineTree::mimeTypes() const
{
    return QTreeWidget::mimeTypes() << entryMimeType();
}

QMimeData *OutlineTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    QMimeData *data = QTreeWidget::mimeData(items);
    if (!data || items.size() != 1)
        return data;
    QList<QByteArray> rows;
    for (QTreeWidgetItem *item = items.first(); item; item = item->parent())
        rows.prepend(QByteArray::number(item->parent() ? item->parent()->indexOfChild(item)
                                                       : indexOfTopLevelItem(item)));
    data->setData(entryMimeType(), token() + '\n' + rows.join(','));
    return data;
}

QTreeWidgetItem *OutlineTree::draggedEntry(const QMimeData *data) const
{
    if (!data || !data->hasFormat(entryMimeType()))
        return nullptr;
    const QList<QByteArray> parts = data->data(entryMimeType()).split('\n');
    if (parts.size() != 2 || parts.first() != token())
        return nullptr;
    QTreeWidgetItem *item = nullptr;
    for (const QByteArray &row : parts.at(1).split(',')) {
        bool ok = false;
        const int index = row.toInt(&ok);
        if (!ok)
            return nullptr;
        item = item ? item->child(index) : topLevelItem(index);
        if (!item)
            return nullptr;
    }
    return item;
}

void OutlineTree::dragEnterEvent(QDragEnterEvent *event)
{
    QTreeWidget::dragEnterEvent(event); // auto-scroll and the drop indicator
    if (draggedEntry(event->mimeData())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

void OutlineTree::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidget::dragMoveEvent(event);
    if (draggedEntry(event->mimeData()) && itemAt(event->position().toPoint())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void OutlineTree::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *dragged = draggedEntry(event->mimeData());
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    // The model changes through the text only: never let the view move its own rows.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    if (!dragged || !target || dragged == target)
        return;
    // The lower half of a row means after it.
    const bool after = event->position().y() > visualItemRect(target).center().y();
    Q_EMIT moveRequested(dragged, target, after);
}

} // namespace Specwright
