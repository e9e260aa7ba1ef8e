// The tree of the Intents outline. Dragging an entry onto another asks for the section to be
// moved there (the text is edited, then the tree is rebuilt from the new model), instead of
// QTreeWidget rearranging its own items. The drag carries which entry of which tree it is
// (its own MIME type), so a drop is recognised by its data, not by QDrag's source alone.
#pragma once

#include <QTreeWidget>

namespace Specwright {

class OutlineTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlineTree(QWidget *parent = nullptr);

    // The MIME type of a dragged outline entry: "<tree token>\n<row path>".
    static QString entryMimeType();

Q_SIGNALS:
    // `dragged` should go before (after = false) or after `target`.
    void moveRequested(QTreeWidgetItem *dragged, QTreeWidgetItem *target, bool after);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The entry a drag of this tree carries, or null for anything else.
    QTreeWidgetItem *draggedEntry(const QMimeData *data) const;
    QByteArray token() const;
};

} // namespace Specwright
