#include "heap_trimmer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <atomic>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Specwright {

namespace {

// Requests posted but not yet seen by the application thread, a pass scheduled there, a pass
// asked of the pool, and one running.
std::atomic_int posted{0};
std::atomic_bool scheduled{false};
std::atomic_bool requested{false};
std::atomic_bool running{false};
std::atomic<quint64> passes{0};

#if defined(__GLIBC__)
void runPasses()
{
    requested.store(true);
    if (running.exchange(true))
        return; // the pass under way trims once more
    QThreadPool::globalInstance()->start([] {
        for (;;) {
            while (requested.exchange(false)) {
                HeapTrimmer::trimNow();
                passes.fetch_add(1);
            }
            running.store(false);
            // A request that came after the last pass and saw this one running.
            if (!requested.load() || running.exchange(true))
                return;
        }
    });
}

// Lives on the application thread: restarts the quiet timer per request, but never beyond the
// longest wait counted from the first request of the burst.
class QuietTimer
{
public:
    static QuietTimer &instance()
    {
        static QuietTimer timer;
        return timer;
    }

    void request()
    {
        if (!m_timer) {
            m_timer = new QTimer(QCoreApplication::instance());
            m_timer->setSingleShot(true);
            QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { fire(); });
        }
        if (!scheduled.exchange(true))
            m_burst.start();
        const qint64 left = HeapTrimmer::kLongestWaitMs - m_burst.elapsed();
        m_timer->start(int(std::clamp<qint64>(left, 0, HeapTrimmer::kQuietMs)));
    }

private:
    void fire()
    {
        runPasses();
        scheduled.store(false);
    }

    QPointer<QTimer> m_timer;
    QElapsedTimer m_burst;
};
#endif

} // namespace

void HeapTrimmer::trimNow()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

bool HeapTrimmer::isIdle()
{
    return posted.load() == 0 && !scheduled.load() && !running.load() && !requested.load();
}

quint64 HeapTrimmer::passesRun()
{
    return passes.load();
}

void HeapTrimmer::trimSoon()
{
#if defined(__GLIBC__)
    // Without an application (or while it closes, or in static destructors) there is no event
    // loop to schedule on, and nothing left that a trim would help.
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QCoreApplication::closingDown())
        return;
    posted.fetch_add(1);
    QMetaObject::invokeMethod(
        app,
        [] {
            QuietTimer::instance().request();
            posted.fetch_sub(1);
        },
        Qt::QueuedConnection);
#endif
}

} // namespace Specwright
