#include "event_thread_call.h"

#include <QThread>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace Specwright {

namespace {

// What the objects' thread hands to the waiting caller.
struct Mailbox
{
    std::mutex mutex;
    std::condition_variable changed;
    QList<std::function<void()>> queued;
    bool done = false;
};

} // namespace

void EventThreadCall::run(const Start &start, const std::function<void()> &onCancel,
                          const std::atomic_bool *cancelled)
{
    Mailbox box;
    QThread thread;
    thread.setObjectName(QStringLiteral("event-thread-call"));
    // Lives in the objects' thread: the parent of what start() creates; deleted there.
    auto *context = new QObject;
    context->moveToThread(&thread);
    thread.start();
    const ToCaller toCaller = [&box](std::function<void()> fn) {
        const std::lock_guard lock(box.mutex);
        box.queued.append(std::move(fn));
        box.changed.notify_all();
    };
    QMetaObject::invokeMethod(context, [&box, &start, context, toCaller] {
        start(context, toCaller, [&box] {
            const std::lock_guard lock(box.mutex);
            box.done = true;
            box.changed.notify_all();
        });
    });
    bool cancelSent = false;
    for (;;) {
        QList<std::function<void()>> queued;
        bool done = false;
        {
            std::unique_lock lock(box.mutex);
            // Woken by the objects' thread; the timeout only looks at the cancel flag again.
            box.changed.wait_for(lock, std::chrono::milliseconds(50),
                                 [&box] { return box.done || !box.queued.isEmpty(); });
            queued.swap(box.queued);
            done = box.done;
        }
        for (const std::function<void()> &fn : std::as_const(queued))
            fn();
        if (done)
            break;
        if (!cancelSent && cancelled && cancelled->load() && onCancel) {
            cancelSent = true;
            QMetaObject::invokeMethod(context, onCancel);
        }
    }
    // Deleted in the objects' thread before it quits (a deleteLater queued beside quit() may
    // never run: the loop can end first).
    QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

} // namespace Specwright
