#include "open_documents.h"

#include "document_controller.h"
#include "document_session.h"
#include "open_document.h"
#include "spec_editor.h"

#include <QFileInfo>
#include <QScrollBar>
#include <QTextDocument>

namespace Specwright {

OpenDocuments::OpenDocuments(EditorStack *editors, DocumentController *controller, QObject *parent)
    : QObject(parent)
    , m_editors(editors)
    , m_controller(controller)
{
    setCurrent(add());
}

// No editor may show (or be the main view of) a buffer that goes away: the editors go first
// (the stack is left showing an empty buffer of its own).
OpenDocuments::~OpenDocuments()
{
    if (m_editors)
        for (OpenDocument *document : std::as_const(m_documents))
            m_editors->releaseBuffer(document->buffer());
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

OpenDocument *OpenDocuments::add(QTextDocument *buffer)
{
    auto *document = new OpenDocument(this, buffer);
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
    // A document shown before finds its editor as it left it; a new editor is put where the
    // document stood (when it was opened, SessionFiles says where).
    const bool firstShow = !m_editors->editorFor(document->buffer());
    m_editors->showBuffer(document->buffer());
    m_controller->setBuffer(document->buffer(), document->filePath(), document->results);
    if (firstShow)
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
    m_editors->releaseBuffer(document->buffer());
    delete document;
}

void OpenDocuments::move(int from, int to)
{
    if (from >= 0 && from < count() && to >= 0 && to < count())
        m_documents.move(from, to);
}

void OpenDocuments::keepView(OpenDocument *document)
{
    const SpecEditor *editor = m_editors->editor();
    const QTextCursor cursor = editor->textCursor();
    document->view = {cursor.position(), cursor.anchor(), editor->verticalScrollBar()->value(),
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
    SpecEditor *editor = m_editors->editor();
    editor->setTextCursor(cursor);
    editor->verticalScrollBar()->setValue(document->view.scroll);
}

} // namespace Specwright
