// Asynchronous QObject work (a network client: start(), then a finished signal) for a caller
// that has to wait for its result: a worker started by a LatestResult, the generate command.
// The objects live on a thread of its own with its event loop; the caller waits on a condition
// and runs what the objects report in its own thread, in order. No event loop is nested and
// nothing sleeps; cancelling the token while waiting runs onCancel in the objects' thread.
#pragma once

#include "cancellation_token.h"

#include <QObject>
#include <functional>

namespace Specwright {

class EventThreadCall
{
public:
    // Queues fn to the waiting caller's thread.
    using ToCaller = std::function<void(std::function<void()> fn)>;
    // Runs in the objects' thread: create the objects with `context` as parent (they are
    // deleted there when the call ends), report with toCaller, call finish() once.
    using Start = std::function<void(QObject *context, const ToCaller &toCaller,
                                     std::function<void()> finish)>;

    // Returns once finish() was called and everything reported before it ran here.
    static void run(const Start &start, const std::function<void()> &onCancel = {},
                    const std::atomic_bool *cancelled = nullptr);
};

} // namespace Specwright
