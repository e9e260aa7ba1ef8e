// What a worker may wait for: two computations at once (runInParallel), and asynchronous
// QObject work on a thread of its own (EventThreadCall).
#include "event_thread_call.h"
#include "parallel_pair.h"

#include <QPointer>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>

using namespace Specwright;

class TestWorkerWaits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parallelPairReturnsBothResults()
    {
        const auto [a, b] = runInParallel([] { return QStringLiteral("old"); }, [] { return 42; });
        QCOMPARE(a, QStringLiteral("old"));
        QCOMPARE(b, 42);
    }

    void parallelPairRunsBothHereWhenThePoolIsFull()
    {
        // Every pool thread blocked: the first computation must run in the caller's thread.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                started.release();
                release.acquire();
            });
        started.acquire(threads);
        QThread *const caller = QThread::currentThread();
        const auto [firstThread, secondThread] = runInParallel(
            [] { return QThread::currentThread(); }, [] { return QThread::currentThread(); });
        release.release(threads);
        pool->waitForDone();
        QCOMPARE(firstThread, caller);
        QCOMPARE(secondThread, caller);
    }

    void eventThreadCallDeliversReportsInOrderInTheCallersThread()
    {
        QThread *const caller = QThread::currentThread();
        QStringList reports;
        QList<QThread *> reportThreads;
        QThread *objectThread = nullptr;
        EventThreadCall::run([&](QObject *context, const EventThreadCall::ToCaller &toCaller,
                                 std::function<void()> finish) {
            objectThread = QThread::currentThread();
            // A timer needs the thread's event loop: proof that the objects' thread runs one.
            auto *timer = new QTimer(context);
            auto count = std::make_shared<int>(0);
            QObject::connect(timer, &QTimer::timeout, context, [=, &reports, &reportThreads] {
                const int n = ++*count;
                toCaller([n, &reports, &reportThreads] {
                    reports.append(QString::number(n));
                    reportThreads.append(QThread::currentThread());
                });
                if (n == 3) {
                    timer->stop();
                    finish();
                }
            });
            timer->start(1);
        });
        QCOMPARE(reports,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        for (QThread *t : std::as_const(reportThreads))
            QCOMPARE(t, caller);
        QVERIFY(objectThread != nullptr);
        QVERIFY(objectThread != caller);
    }

    void eventThreadCallCancelsInTheObjectsThread()
    {
        std::atomic_bool cancelled{false};
        QThread *objectThread = nullptr;
        QThread *cancelThread = nullptr;
        std::function<void()> finishLater;
        EventThreadCall::run(
            [&](QObject *, const EventThreadCall::ToCaller &toCaller,
                std::function<void()> finish) {
                objectThread = QThread::currentThread();
                finishLater = finish;
                // Work that never ends by itself: only the cancel below finishes it.
                toCaller([&cancelled] { cancelled = true; });
            },
            [&] {
                cancelThread = QThread::currentThread();
                finishLater();
            },
            &cancelled);
        QVERIFY(cancelThread != nullptr);
        QCOMPARE(cancelThread, objectThread);
    }

    void objectsAreDeletedWhenTheCallEnds()
    {
        QPointer<QObject> child;
        EventThreadCall::run(
            [&](QObject *context, const EventThreadCall::ToCaller &, std::function<void()> finish) {
                child = new QObject(context);
                finish();
            });
        QVERIFY(child.isNull());
    }
};

QTEST_GUILESS_MAIN(TestWorkerWaits)
#include "tst_worker_waits.moc"
