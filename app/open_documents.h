// The documents open in the window, in tab order, and which one is shown. Each document has
// an editor of its own (EditorStack), made when it is first shown, which keeps its cursor,
// scroll position, layout and colours; undo history and parse / lint results are the
// document's. Switching raises the document's editor and the DocumentController follows the
// new buffer at once, so no view keeps showing the previous document's results. There is
// always at least one document (an untitled one when everything is closed).
#pragma once

#include "editor_stack.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Specwright {

class DocumentController;
class OpenDocument;

class OpenDocuments : public QObject
{
    Q_OBJECT
public:
    OpenDocuments(EditorStack *editors, DocumentController *controller, QObject *parent = nullptr);
    ~OpenDocuments() override;

    OpenDocument *current() const { return m_current; }
    const QList<OpenDocument *> &documents() const { return m_documents; }
    int count() const { return int(m_documents.size()); }
    int indexOf(OpenDocument *document) const { return int(m_documents.indexOf(document)); }
    // The document showing `path` (absolute), or null.
    OpenDocument *find(const QString &path) const;
    QList<OpenDocument *> modifiedDocuments() const;

    // A new untitled document, placed after the current one (not shown yet); with `buffer`
    // (a LoadedBuffer's) it holds that text.
    OpenDocument *add(QTextDocument *buffer = nullptr);
    void setCurrent(OpenDocument *document);
    // Closes without asking (the caller asked); shows a neighbour first when it is current.
    // The document's editor goes with it.
    void remove(OpenDocument *document);
    void move(int from, int to);
    // Puts the shown document's editor where its view state says.
    void restoreView(OpenDocument *document);

Q_SIGNALS:
    void added(Specwright::OpenDocument *document);
    // Before the editor leaves `previous` (Back / Forward record where it stood).
    void aboutToSwitch(Specwright::OpenDocument *previous);
    void currentChanged(Specwright::OpenDocument *document);
    void aboutToRemove(Specwright::OpenDocument *document);
    // A document's name or modified state changed (tab titles).
    void documentRenamed(Specwright::OpenDocument *document);

private:
    void keepView(OpenDocument *document);

    QPointer<EditorStack> m_editors;
    DocumentController *m_controller;
    QList<OpenDocument *> m_documents;
    OpenDocument *m_current = nullptr;
};

} // namespace Specwright
