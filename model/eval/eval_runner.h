// Runs eval cases: each case's conversation goes to the target model, its answer with the spec
// text and the labelled references to the grader model, and the grade is appended to the run's
// JSONL file at once. At most `jobs` cases are in flight; the clients retry 429/5xx with
// backoff honouring Retry-After; a case that fails gets a clear error in its record and the
// run goes on; cancel() stops it (what finished is kept, so the run can resume). Asynchronous,
// in the calling thread's event loop.
#pragma once

#include "eval_case.h"
#include "eval_record.h"
#include "llm_client.h"
#include "llm_settings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

namespace Specwright {

struct EvalRunOptions
{
    LlmSettings target;
    LlmSettings grader;
    int jobs = 4;
    bool reuseAnswers = true; // an answer obtained before for the same prompt and model
    bool resume = true;       // continue the newest unfinished run of the same spec and models
    QString graderTemplate;   // template text; empty: the built-in one
    QString runsFolder;
    EvalRunHeader header; // spec file, blob, commit, section; models are filled in
};

class EvalRunner : public QObject
{
    Q_OBJECT

public:
    EvalRunner(QList<EvalCase> cases, EvalRunOptions options, QObject *parent = nullptr);
    ~EvalRunner() override;

    // Creates or resumes the run file and starts; false with `error` when nothing can start.
    bool start(QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCanceled() const { return m_canceled; }
    QString runPath() const { return m_runPath; }
    bool resumed() const { return m_resumed; }

    int total() const { return int(m_cases.size()); }
    int done() const { return int(m_records.size()); }
    int passed() const;
    int errors() const;
    int resumedCount() const { return m_resumedCount; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // In case order; only the finished ones.
    QList<EvalRecord> records() const;
    const QList<EvalCase> &cases() const { return m_cases; }

Q_SIGNALS:
    void caseFinished(const Specwright::EvalRecord &record);
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void runCase(int index);
    void grade(int index, EvalRecord record);
    void complete(int index, EvalRecord record);
    void finishIfIdle();
    // One request to the target or the grader; onResult runs unless it was canceled.
    void ask(const LlmSettings &settings, const QList<LlmMessage> &messages,
             std::function<void(const LlmClient::Result &)> onResult);

    QList<EvalCase> m_cases;
    EvalRunOptions m_options;
    QString m_runPath;
    QHash<QString, EvalRecord> m_reusable;
    QHash<int, EvalRecord> m_records; // case index -> record
    QSet<LlmClient *> m_active;
    int m_next = 0;
    int m_inFlight = 0;
    int m_resumedCount = 0;
    bool m_running = false;
    bool m_canceled = false;
    bool m_resumed = false;
    QElapsedTimer m_clock;
};

} // namespace Specwright
