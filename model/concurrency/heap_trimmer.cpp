#include "heap_trimmer.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <atomic>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Specwright {

namespace {
std::atomic_bool requested{false};
std::atomic_bool running{false};
} // namespace

void HeapTrimmer::trimNow()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

bool HeapTrimmer::isIdle()
{
    return !running.load() && !requested.load();
}

void HeapTrimmer::trimSoon()
{
#if defined(__GLIBC__)
    // Without an application (or while it closes, or in static destructors) there is no pool
    // to ask, and nothing left that a trim would help.
    if (!QCoreApplication::instance() || QCoreApplication::closingDown())
        return;
    requested.store(true);
    if (running.exchange(true))
        return; // the pass under way trims once more
    QThreadPool *pool = QThreadPool::globalInstance();
    if (!pool) {
        running.store(false);
        return;
    }
    pool->start([] {
        for (;;) {
            while (requested.exchange(false))
                trimNow();
            running.store(false);
            // A request that came after the last pass and saw this one running.
            if (!requested.load() || running.exchange(true))
                return;
        }
    });
#endif
}

} // namespace Specwright
