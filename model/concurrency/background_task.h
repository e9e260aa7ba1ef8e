// What a worker function sees of the LatestResult that started it: a cancellation token to
// check, and post() to run something (a progress report, a log line) in the owner's thread.
// Posts from a superseded or cancelled run, or after the owner is gone, are dropped.
#pragma once

#include "cancellation_token.h"

#include <QMutex>
#include <QObject>
#include <functional>
#include <memory>

namespace Specwright {

// The part of a LatestResult that its workers share: the receiver, and which run is current.
// The receiver and the generation change only in the receiver's thread.
class TaskChannel
{
public:
    explicit TaskChannel(QObject *receiver)
        : m_receiver(receiver)
    {
    }

    // Queues fn to the receiver's thread; it runs there only if run `generation` is still
    // the current one by then.
    static void post(const std::shared_ptr<TaskChannel> &channel, quint64 generation,
                     std::function<void()> fn);
    bool isCurrent(quint64 generation) const { return m_receiver && m_generation == generation; }
    quint64 generation() const { return m_generation; }
    quint64 advance() { return ++m_generation; }
    // No later post reaches the receiver (called by the owner before it goes away).
    void detach();

private:
    mutable QMutex m_mutex; // guards m_receiver against post() from workers
    QObject *m_receiver;
    quint64 m_generation = 0;
};

class BackgroundTask
{
public:
    BackgroundTask(std::shared_ptr<TaskChannel> channel, quint64 generation,
                   CancellationToken token)
        : m_channel(std::move(channel))
        , m_generation(generation)
        , m_token(std::move(token))
    {
    }

    bool isCancelled() const { return m_token.isCancelled(); }
    const CancellationToken &token() const { return m_token; }
    quint64 generation() const { return m_generation; }
    // Runs fn in the owner's thread, unless this run was superseded by then.
    void post(std::function<void()> fn) const
    {
        TaskChannel::post(m_channel, m_generation, std::move(fn));
    }

private:
    std::shared_ptr<TaskChannel> m_channel;
    quint64 m_generation;
    CancellationToken m_token;
};

} // namespace Specwright
