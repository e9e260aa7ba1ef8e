#include "future_synchronizer.h"

#include <QThreadPool>

namespace Specwright {

namespace {
// A pool of its own, so waiting never takes a thread the work itself needs.
QThreadPool &reaper()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setObjectName(QStringLiteral("FutureSynchronizer reaper"));
        return p;
    }();
    return *pool;
}
} // namespace

FutureSynchronizer::~FutureSynchronizer()
{
    prune();
    if (m_futures.isEmpty())
        return;
    cancelAll();
    reaper().start([futures = std::move(m_futures)]() mutable {
        for (QFuture<void> &f : futures)
            f.waitForFinished();
    });
}

void FutureSynchronizer::addFuture(const QFuture<void> &future)
{
    prune();
    m_futures.append(future);
}

int FutureSynchronizer::runningCount() const
{
    int running = 0;
    for (const QFuture<void> &f : m_futures)
        running += !f.isFinished();
    return running;
}

void FutureSynchronizer::cancelAll()
{
    for (QFuture<void> &f : m_futures)
        f.cancel();
}

bool FutureSynchronizer::waitForAbandoned(int timeoutMs)
{
    return reaper().waitForDone(timeoutMs);
}

void FutureSynchronizer::prune()
{
    m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
}

} // namespace Specwright
