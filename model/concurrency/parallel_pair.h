// Two independent computations at once from inside a worker: the first runs on a free pool
// thread while the calling thread runs the second; with no free thread (the pool busy, or
// called from the pool's last thread) both run here, so it never deadlocks the pool. Blocking:
// for workers started by a LatestResult, never the UI thread.
#pragma once

#include <QSemaphore>
#include <QThreadPool>
#include <optional>
#include <utility>

namespace Specwright {

template<typename First, typename Second> auto runInParallel(First first, Second second)
{
    using A = decltype(first());
    using B = decltype(second());
    std::optional<A> a;
    QSemaphore done;
    const bool started = QThreadPool::globalInstance()->tryStart([&a, &first, &done] {
        a.emplace(first());
        done.release();
    });
    B b = second();
    if (started)
        done.acquire();
    else
        a.emplace(first());
    return std::pair<A, B>(std::move(*a), std::move(b));
}

} // namespace Specwright
