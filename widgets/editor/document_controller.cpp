#include "document_controller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Specwright {

DocumentController::DocumentController(QTextDocument *buffer, QObject *parent)
    : QObject(parent)
    , m_buffer(buffer)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentController::start);
    connect(m_buffer, &QTextDocument::contentsChanged, this,
            &DocumentController::onContentsChanged);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DocumentController::onFinished);
}

DocumentController::~DocumentController()
{
    // The worker holds only its own snapshot, but its result slot must not outlive us.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DocumentController::setFilePath(const QString &path)
{
    m_filePath = path;
}

void DocumentController::setWorkspace(const Workspace::Ptr &workspace)
{
    m_workspace = workspace;
    onContentsChanged(); // references resolve differently in another workspace
}

void DocumentController::setAnalyzer(Analyzer analyzer)
{
    m_analyzer = std::move(analyzer);
    onContentsChanged();
}

void DocumentController::onContentsChanged()
{
    ++m_revision;
    if (m_state == State::Idle)
        setState(State::Pending);
    m_debounce.start();
}

void DocumentController::refreshNow()
{
    ++m_revision;
    m_debounce.stop();
    start();
}

int DocumentController::countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QLatin1Char('_');
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

void DocumentController::start()
{
    if (m_watcher.isRunning()) {
        m_rerun = true; // one job at a time; the newest text is taken when it ends
        return;
    }
    setState(State::Parsing);
    const quint64 revision = m_revision;
    const QString text = m_buffer->toPlainText();
    const QString path = m_filePath;
    const Workspace::Ptr workspace = m_workspace;
    const Analyzer analyzer = m_analyzer;
    m_watcher.setFuture(QtConcurrent::run([revision, text, path, workspace, analyzer] {
        Result result;
        result.revision = revision;
        result.document = SpecDocument::parse(text, path);
        result.wordCount = countWords(text);
        if (analyzer) {
            const Workspace::Ptr ws =
                workspace ? workspace->withDocument(result.document) : workspace;
            result.diagnostics = analyzer(result.document, ws);
            result.analyzed = true;
        }
        return result;
    }));
}

void DocumentController::onFinished()
{
    const Result result = m_watcher.result();
    if (m_rerun || result.revision != m_revision) {
        // Stale: the buffer moved on. Keep the last good model and parse the new text.
        m_rerun = false;
        if (!m_debounce.isActive())
            start();
        return;
    }
    m_resultRevision = result.revision;
    m_document = result.document;
    Q_EMIT documentChanged(m_document);
    if (result.wordCount != m_wordCount) {
        m_wordCount = result.wordCount;
        Q_EMIT wordCountChanged(m_wordCount);
    }
    if (result.analyzed || !m_diagnostics.isEmpty()) {
        m_diagnostics = result.diagnostics;
        Q_EMIT diagnosticsChanged(m_diagnostics);
    }
    setState(m_debounce.isActive() ? State::Pending : State::Idle);
}

void DocumentController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool DocumentController::waitUntilCurrent(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    if (m_debounce.isActive()) {
        m_debounce.stop();
        start();
    }
    while (!isCurrent() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_state == State::Pending && !m_debounce.isActive() && !m_watcher.isRunning())
            start();
        QThread::msleep(1);
    }
    return isCurrent();
}

} // namespace Specwright
