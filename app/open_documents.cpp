#include "open_documents.h"

#include "document_controller.h"
#include "document_session.h"
#include "open_document.h"
#include "spec_editor.h"

#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextDocument>

namespace Specwright {

OpenDocuments::OpenDocuments(SpecEditor *editor, DocumentController *controller, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_controller(controller)
{
    setCurrent(add());
}

// The editor must not show (or be the main view of) a buffer that goes away: it gets an
// empty buffer of its own before the documents are deleted.
OpenDocuments::~OpenDocuments()
{
    if (m_editor) {
        auto *own = new QTextDocument(m_editor);
        own->setDocumentLayout(new QPlainTextDocumentLayout(own));
        m_editor->setBuffer(own);
    }
    qDeleteAll(m_documents);
}

OpenDocument *OpenDocuments::find(const QString &path) const
{
    if (path.isEmpty())
        return nullptr;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (OpenDocument *document : m_documents)
        if (document->filePath() == absolute)
            return document;
    return nullptr;
}

QList<OpenDocument *> OpenDocuments::modifiedDocuments() const
{
    QList<OpenDocument *> result;
    for (OpenDocument *document : m_documents)
        if (document->isModified())
            result.append(document);
    return result;
}

OpenDocument *OpenDocuments::add()
{
    auto *document = new OpenDocument(this);
    m_documents.insert(m_current ? indexOf(m_current) + 1 : count(), document);
    connect(document->session(), &DocumentSession::filePathChanged, this,
            [this, document] { Q_EMIT documentRenamed(document); });
    connect(document->buffer(), &QTextDocument::modificationChanged, this,
            [this, document] { Q_EMIT documentRenamed(document); });
    Q_EMIT added(document);
    return document;
}

void OpenDocuments::setCurrent(OpenDocument *document)
{
    if (!document || document == m_current)
        return;
    if (m_current) {
        keepView(m_current);
        Q_EMIT aboutToSwitch(m_current);
        m_current->results = m_controller->snapshot();
    }
    m_current = document;
    m_editor->setBuffer(document->buffer());
    m_controller->setBuffer(document->buffer(), document->filePath(), document->results);
    restoreView(document);
    Q_EMIT currentChanged(document);
}

void OpenDocuments::remove(OpenDocument *document)
{
    const int index = indexOf(document);
    if (index < 0)
        return;
    Q_EMIT aboutToRemove(document);
    if (document == m_current) {
        if (count() == 1)
            setCurrent(add()); // never without a document
        else
            setCurrent(m_documents.value(index + 1 < count() ? index + 1 : index - 1));
    }
    m_documents.removeOne(document);
    delete document;
}

void OpenDocuments::move(int from, int to)
{
    if (from >= 0 && from < count() && to >= 0 && to < count())
        m_documents.move(from, to);
}

void OpenDocuments::keepView(OpenDocument *document)
{
    const QTextCursor cursor = m_editor->textCursor();
    document->view = {cursor.position(), cursor.anchor(), m_editor->verticalScrollBar()->value(),
                      true};
}

void OpenDocuments::restoreView(OpenDocument *document)
{
    if (!document->view.valid)
        return;
    const int last = std::max(0, document->buffer()->characterCount() - 1);
    QTextCursor cursor(document->buffer());
    cursor.setPosition(std::clamp(document->view.anchor, 0, last));
    cursor.setPosition(std::clamp(document->view.cursor, 0, last), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(document->view.scroll);
}

} // namespace Specwright
