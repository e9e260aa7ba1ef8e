#include "open_document.h"

#include "document_session.h"
#include "recovery_store.h"

#include <QPlainTextDocumentLayout>
#include <QTextDocument>

namespace Specwright {

OpenDocument::OpenDocument(QObject *parent, QTextDocument *buffer)
    : QObject(parent)
    , m_buffer(buffer ? buffer : new QTextDocument(this))
    , m_session(new DocumentSession(m_buffer, this))
    , m_recovery(new RecoveryStore({}, this))
{
    m_buffer->setParent(this);
    m_buffer->setDocumentLayout(new QPlainTextDocumentLayout(m_buffer)); // for QPlainTextEdit
    m_recovery->setSource([this] { return m_session->text(); },
                          [this] { return m_session->filePath(); });
}

// The session and the recovery store watch the buffer: they go first.
OpenDocument::~OpenDocument()
{
    delete m_recovery;
    delete m_session;
}

QString OpenDocument::filePath() const
{
    return m_session->filePath();
}

QString OpenDocument::displayName() const
{
    return m_session->displayName();
}

bool OpenDocument::isModified() const
{
    return m_buffer->isModified();
}

bool OpenDocument::isPristine() const
{
    return filePath().isEmpty() && !isModified() && m_buffer->isEmpty();
}

} // namespace Specwright
