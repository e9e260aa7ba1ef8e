// The one way Specwright runs background work whose result the UI applies: start() runs a
// function on the thread pool and applies its result in the receiver's thread, but only if no
// newer start() (or cancel()) came meanwhile - a stale result is never applied. Each run gets
// a cancellation token, cancelled when the run is superseded or the owner goes away. Results
// are values (std::unique_ptr for what has one owner); a result that is not applied is freed
// with the run. Destruction never waits for a worker (FutureSynchronizer reaps it).
//
//   LatestResult<Workspace::Ptr> m_load{this};
//   m_load.start([root](const BackgroundTask &task) { return Workspace::load(root); },
//                [this](Workspace::Ptr ws) { install(ws); });
#pragma once

#include "background_task.h"
#include "future_synchronizer.h"

#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace Specwright {

template<typename T> class LatestResult
{
public:
    using Apply = std::function<void(T)>;

    // Results are applied in receiver's thread; receiver must outlive this object.
    explicit LatestResult(QObject *receiver)
        : m_channel(std::make_shared<TaskChannel>(receiver))
    {
    }
    LatestResult(const LatestResult &) = delete;
    LatestResult &operator=(const LatestResult &) = delete;
    ~LatestResult()
    {
        cancel();
        m_channel->detach();
    }

    // Runs work(const BackgroundTask &) -> T on the global thread pool; apply(T) follows in
    // the receiver's thread unless a newer run supersedes this one. Returns the run's
    // generation.
    template<typename Work> quint64 start(Work work, Apply apply)
    {
        m_token.cancel();
        m_futures.cancelAll(); // superseded runs that have not started never do
        m_token = CancellationToken();
        const quint64 generation = m_channel->advance();
        m_pending = true;
        BackgroundTask task(m_channel, generation, m_token);
        std::shared_ptr<TaskChannel> channel = m_channel;
        bool *pending = &m_pending;
        m_futures.addFuture(QtConcurrent::run(
            [task = std::move(task), work = std::move(work), apply = std::move(apply), pending] {
                // shared_ptr: the queued call is copied, T may be move-only. A superseded
                // run's result is dropped by post() (freed where the last copy goes).
                auto result = std::make_shared<std::optional<T>>(work(task));
                task.post([result, apply, pending] {
                    *pending = false; // runs only while the owner (and pending) lives
                    apply(std::move(**result));
                });
            }));
        return generation;
    }

    // The current run's result will not be applied; its work is told to stop.
    void cancel()
    {
        m_token.cancel();
        m_futures.cancelAll();
        m_channel->advance();
        m_pending = false;
    }
    // Tells the current run's work to stop early; unlike cancel(), what it returns is still
    // applied (a generator reports "canceled").
    void requestStop() { m_token.cancel(); }
    // A run was started and its result is not applied yet.
    bool isRunning() const { return m_pending; }
    quint64 generation() const { return m_channel->generation(); }
    // Unfinished workers, superseded ones included.
    int activeWorkers() const { return m_futures.runningCount(); }

private:
    std::shared_ptr<TaskChannel> m_channel;
    CancellationToken m_token;
    FutureSynchronizer m_futures;
    bool m_pending = false;
};

} // namespace Specwright
