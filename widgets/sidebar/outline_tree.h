// The tree of the Intents outline. Dragging an entry onto another asks for the section to be
// moved there (the text is edited, then the tree is rebuilt from the new model), instead of
// QTreeWidget rearranging its own items.
#pragma once

#include <QTreeWidget>

namespace Specwright {

class OutlineTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlineTree(QWidget *parent = nullptr);

Q_SIGNALS:
    // `dragged` should go before (after = false) or after `target`.
    void moveRequested(QTreeWidgetItem *dragged, QTreeWidgetItem *target, bool after);

protected:
    void dropEvent(QDropEvent *event) override;
};

} // namespace Specwright
