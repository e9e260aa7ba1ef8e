// The tree of the Intents outline. Dragging an entry onto another asks for the section to be
// moved there (the text is edited, then the tree follows the new model), instead of the view
// rearranging its rows. The drag carries which entry of which tree it is (OutlineModel's MIME
// type with this tree's token), so a drop is recognised by its data, not by QDrag's source alone.
#pragma once

#include <QTreeView>

namespace Specwright {

class OutlineModel;

class OutlineTree : public QTreeView
{
    Q_OBJECT
public:
    // The tree shows `model` (its child from now on).
    explicit OutlineTree(OutlineModel *model, QWidget *parent = nullptr);

    OutlineModel *outlineModel() const { return m_model; }
    // The MIME type of a dragged outline entry: "<tree token>\n<section index>".
    static QString entryMimeType();

Q_SIGNALS:
    // Section `dragged` should go before (after = false) or after section `target`.
    void moveRequested(int dragged, int target, bool after);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QByteArray token() const;

    OutlineModel *m_model;
};

} // namespace Specwright
