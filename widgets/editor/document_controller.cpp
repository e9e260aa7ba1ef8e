#include "document_controller.h"

#include "buffer_edit_counter.h"
#include "heap_trimmer.h"

#include <QTextDocument>

namespace Specwright {

DocumentController::DocumentController(QTextDocument *buffer, QObject *parent)
    : QObject(parent)
    , m_buffer(buffer)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentController::start);
    followBuffer(buffer);
}

// The worker holds only its own snapshot; m_parse drops its result and never waits for it.
DocumentController::~DocumentController() = default;

void DocumentController::setFilePath(const QString &path)
{
    m_filePath = path;
}

void DocumentController::setWorkspace(const Workspace::Ptr &workspace)
{
    m_workspace = workspace;
    ++m_configuration;
    schedule(); // references resolve differently in another workspace
}

void DocumentController::setAnalyzer(Analyzer analyzer)
{
    m_analyzer = std::move(analyzer);
    ++m_configuration;
    schedule();
}

void DocumentController::followBuffer(QTextDocument *buffer)
{
    // Text edits only: the highlighter's format changes (a big spec is coloured in slices for
    // seconds) need no new model.
    connect(BufferEditCounter::of(buffer), &BufferEditCounter::edited, this,
            &DocumentController::schedule);
}

void DocumentController::schedule()
{
    ++m_revision;
    if (m_state == State::Idle)
        setState(State::Pending);
    m_debounce.start(debounceFor(m_baseDebounce, m_buffer->characterCount()));
}

int DocumentController::debounceFor(int baseMs, int characters)
{
    return qMin(qMax(baseMs, 1000), baseMs + characters / 2000);
}

void DocumentController::refreshNow()
{
    ++m_revision;
    m_debounce.stop();
    start();
}

DocumentController::Snapshot DocumentController::snapshot() const
{
    const qint64 edits = isCurrent() ? qint64(BufferEditCounter::of(m_buffer)->edits()) : -1;
    return {m_document, m_diagnostics, m_wordCount, edits, m_configuration};
}

void DocumentController::setBuffer(QTextDocument *buffer, const QString &path, const Snapshot &last)
{
    if (m_buffer)
        disconnect(BufferEditCounter::of(m_buffer), nullptr, this, nullptr);
    m_parse.cancel();
    m_debounce.stop();
    m_buffer = buffer;
    m_filePath = path;
    followBuffer(buffer);
    // Until its first parse, a buffer that replaces another shows an empty model (cheap), so
    // nothing of the previous buffer stays on screen; a first buffer has no model yet.
    const bool replacing = m_document != nullptr;
    // Colouring (also while the buffer was in the background) and the empty edit block the
    // editor anchors findings in move QTextDocument::revision(), not the count of text edits.
    const bool upToDate = last.document && last.bufferEdits >= 0 &&
                          quint64(last.bufferEdits) == BufferEditCounter::of(buffer)->edits() &&
                          last.configuration == m_configuration;
    m_document = last.document || !replacing ? last.document : SpecDocument::parse(QString(), path);
    m_diagnostics = last.diagnostics;
    m_wordCount = last.wordCount;
    if (m_document)
        Q_EMIT documentChanged(m_document);
    if (replacing || !m_diagnostics.isEmpty())
        Q_EMIT diagnosticsChanged(m_diagnostics);
    Q_EMIT wordCountChanged(m_wordCount);
    if (upToDate) {
        m_resultRevision = ++m_revision;
        setState(State::Idle);
    } else {
        refreshNow();
    }
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
    // A run still going is superseded: its result is dropped and its lint is skipped.
    setState(State::Parsing);
    const quint64 revision = m_revision;
    QString text = m_buffer->toPlainText();
    // toPlainText() rounds the capacity up to a power of two (16 MB for a 5 MB spec); the
    // snapshot keeps the text as long as its model lives. Shrinking reallocates in place.
    text.squeeze();
    const QString path = m_filePath;
    const Workspace::Ptr workspace = m_workspace;
    const Analyzer analyzer = m_analyzer;
    m_parse.start(
        [revision, text, path, workspace, analyzer](const BackgroundTask &task) {
            Result result;
            result.revision = revision;
            result.document = SpecDocument::parse(text, path);
            result.wordCount = countWords(text);
            if (analyzer && !task.isCancelled()) {
                const Workspace::Ptr ws =
                    workspace ? workspace->withDocument(result.document) : workspace;
                result.diagnostics = analyzer(result.document, ws);
                result.analyzed = true;
            }
            // The parse and lint of a big spec freed tens of MB in this thread's arena, which
            // the next task (maybe on another thread) would not reuse.
            if (text.size() >= HeapTrimmer::kWorthTrimmingFrom)
                HeapTrimmer::trimSoon();
            return result;
        },
        [this](Result result) { onFinished(std::move(result)); });
}

void DocumentController::onFinished(Result result)
{
    if (result.revision != m_revision) {
        // Stale: the buffer moved on. Keep the last good model and parse the new text.
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

} // namespace Specwright
