#include "document_controller.h"

#include <QTextDocument>

namespace Specwright {

DocumentController::DocumentController(QTextDocument *buffer, QObject *parent)
    : QObject(parent)
    , m_buffer(buffer)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentController::start);
    connect(m_buffer, &QTextDocument::contentsChange, this, &DocumentController::onContentsChange);
    m_seenUndoSteps = buffer->availableUndoSteps();
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

void DocumentController::onContentsChange(int, int removed, int added)
{
    // Highlighting changes formats, which QTextDocument reports as a change of as many
    // characters as it "removes" (a big spec is coloured in slices for seconds): no new
    // model for it. A replacement of the same length is an edit the undo stack records.
    const int undoSteps = m_buffer->availableUndoSteps();
    if (removed == added && undoSteps == m_seenUndoSteps)
        return;
    m_seenUndoSteps = undoSteps;
    schedule();
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
    return {m_document, m_diagnostics, m_wordCount, isCurrent() ? m_buffer->revision() : -1,
            m_configuration};
}

void DocumentController::setBuffer(QTextDocument *buffer, const QString &path, const Snapshot &last)
{
    if (m_buffer)
        disconnect(m_buffer, nullptr, this, nullptr);
    m_parse.cancel();
    m_debounce.stop();
    m_buffer = buffer;
    m_filePath = path;
    m_seenUndoSteps = buffer->availableUndoSteps();
    connect(m_buffer, &QTextDocument::contentsChange, this, &DocumentController::onContentsChange);
    // Until its first parse, a buffer that replaces another shows an empty model (cheap), so
    // nothing of the previous buffer stays on screen; a first buffer has no model yet.
    const bool replacing = m_document != nullptr;
    // Taken before the views get the results: applying them may touch the buffer's revision
    // (the editor anchors the findings inside an empty edit block).
    const bool upToDate = last.document && last.bufferRevision == buffer->revision() &&
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
    const QString text = m_buffer->toPlainText();
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
