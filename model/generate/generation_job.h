// Runs one generator on a worker thread: reports progress and a log, can be canceled, and
// writes the outputs with provenance. It never overwrites a file the user edited by hand (or
// one Specwright did not write) unless the request forces it: such outputs are reported as
// conflicts for the UI or CLI to resolve.
#pragma once

#include "generator.h"
#include "latest_result.h"

#include <QObject>
#include <functional>

namespace Specwright {

struct OutputResult
{
    enum class Status
    {
        Written,
        Unchanged,
        Conflict,
        Failed
    };
    QString path;         // absolute
    QString relativePath; // relative to the output folder
    Status status = Status::Written;
    QString message;
    bool hadPrevious = false;
    QByteArray previousContent; // the file before this run, for "diff with previous"
};

struct GenerationResult
{
    QString generator;
    bool ok = false;
    bool canceled = false;
    QString error;
    QList<OutputResult> outputs;
    QStringList log;

    bool hasConflicts() const;
};

class GenerationJob : public QObject
{
    Q_OBJECT

public:
    GenerationJob(GeneratorDefinition definition, GenerationRequest request,
                  QObject *parent = nullptr);
    ~GenerationJob() override;

    // Runs on the global thread pool; finished() is emitted in this object's thread. The
    // worker never touches this object: destroying it cancels the run without waiting.
    void start();
    // Runs in the calling thread (the CLI); signals are still emitted.
    GenerationResult run();
    void cancel();
    bool isRunning() const { return m_running; }
    GenerationResult result() const;
    const GeneratorDefinition &definition() const { return m_definition; }

Q_SIGNALS:
    void progressChanged(int percent);
    void logMessage(const QString &line);
    void streamText(const QString &text); // partial model output, appended to the log as is
    void finished();

private:
    // Where the work reports to: directly (run()) or posted to this object's thread (start()).
    struct Reporter
    {
        std::function<void(const QString &)> log;
        std::function<void(const QString &)> stream;
        std::function<void(int)> progress;
    };
    // The work itself reads only its arguments, so it can outlive the job.
    static GenerationResult execute(const GeneratorDefinition &definition,
                                    const GenerationRequest &request,
                                    const std::atomic_bool *canceled, const Reporter &report);
    static OutputResult write(const GeneratorDefinition &definition,
                              const GenerationRequest &request, const GeneratedFile &file,
                              const QString &version);
    Reporter directReporter();

    GeneratorDefinition m_definition;
    GenerationRequest m_request;
    CancellationToken m_runCancel; // for run(); start() has its run's token
    bool m_running = false;
    GenerationResult m_result;
    LatestResult<GenerationResult> m_task{this};
};

} // namespace Specwright
