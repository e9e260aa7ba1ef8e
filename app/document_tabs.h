// The tab bar over the editor, one tab per open document (as in Kate): the file name with a
// "*" while modified, the path as tooltip, close buttons, middle-click closes, drag to reorder.
// Closing asks through closeRequested (the owner decides about unsaved changes). A context menu
// offers Close, Close Others, Close All and Copy Path.
#pragma once

#include <QTabBar>

namespace Specwright {

class OpenDocument;
class OpenDocuments;

class DocumentTabs : public QTabBar
{
    Q_OBJECT
public:
    explicit DocumentTabs(OpenDocuments *documents, QWidget *parent = nullptr);

    int tabOf(OpenDocument *document) const;
    OpenDocument *documentAt(int index) const;

Q_SIGNALS:
    void closeRequested(Specwright::OpenDocument *document);
    // Every document but `keep` (null: all of them), stopping at the first the user keeps.
    void closeOthersRequested(Specwright::OpenDocument *keep);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void insertFor(OpenDocument *document);
    void updateTab(OpenDocument *document);

    OpenDocuments *m_documents;
    bool m_syncing = false;
};

} // namespace Specwright
