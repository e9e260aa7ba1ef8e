#include "outline_tree.h"

#include "outline_model.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>

namespace Specwright {

OutlineTree::OutlineTree(OutlineModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    model->setParent(this);
    model->setDragToken(token());
    setModel(model);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDropIndicatorShown(true);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

QString OutlineTree::entryMimeType()
{
    return OutlineModel::entryMimeType();
}

QByteArray OutlineTree::token() const
{
    // This tree in this process: a drag from another window or program is not ours.
    return QByteArray::number(QCoreApplication::applicationPid()) + ':' +
           QByteArray::number(quintptr(this), 16);
}

void OutlineTree::dragEnterEvent(QDragEnterEvent *event)
{
    QTreeView::dragEnterEvent(event); // auto-scroll and the drop indicator
    if (m_model->draggedSection(event->mimeData()) >= 0) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

void OutlineTree::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    if (m_model->draggedSection(event->mimeData()) >= 0 &&
        indexAt(event->position().toPoint()).isValid()) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void OutlineTree::dropEvent(QDropEvent *event)
{
    const int dragged = m_model->draggedSection(event->mimeData());
    const QModelIndex targetIndex = indexAt(event->position().toPoint());
    const int target = m_model->sectionOf(targetIndex);
    // The model changes through the text only: never let the view move its own rows.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    if (dragged < 0 || target < 0 || dragged == target)
        return;
    // The lower half of a row means after it.
    const bool after = event->position().y() > visualRect(targetIndex).center().y();
    Q_EMIT moveRequested(dragged, target, after);
}

} // namespace Specwright
