// Keeps a SpecDocument model in step with an editor buffer. Text changes are debounced (longer
// for longer documents), the buffer is snapshotted and parsed (and linted, when an analyzer is
// set) on a worker thread (LatestResult); results for an outdated buffer are dropped and the
// last good model stays available.
#pragma once

#include "diagnostic.h"
#include "latest_result.h"
#include "spec_document.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>
#include <QTextDocument>
#include <QTimer>
#include <functional>

namespace Specwright {

class DocumentController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Pending,
        Parsing
    };
    Q_ENUM(State)

    // Runs on the worker thread after the parse: returns diagnostics for the snapshot.
    using Analyzer =
        std::function<QList<Diagnostic>(const SpecDocument::Ptr &, const Workspace::Ptr &)>;

    struct Result
    {
        quint64 revision = 0;
        SpecDocument::Ptr document;
        QList<Diagnostic> diagnostics;
        int wordCount = 0;
        bool analyzed = false;
    };

    // The results for one buffer, kept by whoever keeps several open documents.
    struct Snapshot
    {
        SpecDocument::Ptr document;
        QList<Diagnostic> diagnostics;
        int wordCount = 0;
        qint64 bufferEdits = -1; // the buffer's BufferEditCounter::edits() they describe;
                                 // -1: outdated
        quint64 configuration = 0;
    };

    explicit DocumentController(QTextDocument *buffer, QObject *parent = nullptr);
    ~DocumentController() override;

    void setFilePath(const QString &path);
    QString filePath() const { return m_filePath; }
    void setWorkspace(const Workspace::Ptr &workspace);
    Workspace::Ptr workspace() const { return m_workspace; }
    void setAnalyzer(Analyzer analyzer);
    // The pause after the last edit for a short document; longer ones wait longer.
    void setDebounceInterval(int ms) { m_baseDebounce = ms; }
    int debounceInterval() const { return m_debounce.interval(); }
    // The debounce for a document of `characters` characters: base + 1 ms per 2,000 characters
    // (parse and lint time grow with size), at most 1 s.
    static int debounceFor(int baseMs, int characters);

    SpecDocument::Ptr document() const { return m_document; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    int wordCount() const { return m_wordCount; }
    State state() const { return m_state; }
    // True when the model reflects the current buffer.
    bool isCurrent() const { return m_resultRevision == m_revision && m_state == State::Idle; }

    // Parses now (e.g. after loading a file) instead of waiting for the debounce.
    void refreshNow();

    QTextDocument *buffer() const { return m_buffer; }
    Snapshot snapshot() const;
    // Follows another buffer: work for the previous one is dropped at once and `last` (that
    // buffer's earlier results, or none) is shown right away, so views never keep showing the
    // previous buffer's results; it is parsed again only when `last` is outdated.
    void setBuffer(QTextDocument *buffer, const QString &path, const Snapshot &last);

    static int countWords(const QString &text);

Q_SIGNALS:
    void documentChanged(const Specwright::SpecDocument::Ptr &document);
    void diagnosticsChanged(const QList<Specwright::Diagnostic> &diagnostics);
    void wordCountChanged(int words);
    void stateChanged(Specwright::DocumentController::State state);

private:
    void followBuffer(QTextDocument *buffer);
    // The text or what it is checked against changed: parse after the debounce.
    void schedule();
    void start();
    void onFinished(Result result);
    void setState(State state);

    QPointer<QTextDocument> m_buffer; // an editor may delete its first buffer (setBuffer)
    quint64 m_configuration = 0;      // counts workspace and analyzer changes (Snapshot)
    QTimer m_debounce;
    int m_baseDebounce = 150;
    LatestResult<Result> m_parse{this};
    QString m_filePath;
    Workspace::Ptr m_workspace;
    Analyzer m_analyzer;
    SpecDocument::Ptr m_document;
    QList<Diagnostic> m_diagnostics;
    int m_wordCount = 0;
    quint64 m_revision = 1;
    quint64 m_resultRevision = 0;
    State m_state = State::Idle;
};

} // namespace Specwright
