// LatestResult / FutureSynchronizer: stale results are never applied, cancellation reaches
// the work, destruction does not wait for a blocked worker, move-only results are freed.
#include "future_synchronizer.h"
#include "latest_result.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <atomic>

using namespace Specwright;

namespace {
// Counts live instances, so a result that is neither applied nor freed shows up.
struct Tracked
{
    static inline std::atomic_int alive{0};
    explicit Tracked(int v)
        : value(v)
    {
        ++alive;
    }
    ~Tracked() { --alive; }
    int value;
};
} // namespace

class TestLatestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesResultInReceiverThread();
    void staleResultIsNeverApplied();
    void supersededWorkIsCancelled();
    void cancelDropsTheResult();
    void destructionDoesNotWaitForBlockedWorker();
    void moveOnlyResultsAreFreedWhenStale();
    void postsFromStaleRunsAreDropped();
    void supersededRunsThatHaveNotStartedNeverRun();
};

void TestLatestResult::appliesResultInReceiverThread()
{
    QObject receiver;
    LatestResult<int> latest(&receiver);
    QThread *applyThread = nullptr;
    int applied = 0;
    latest.start([](const BackgroundTask &) { return 42; },
                 [&](int v) {
                     applied = v;
                     applyThread = QThread::currentThread();
                 });
    QVERIFY(latest.isRunning());
    QTRY_COMPARE(applied, 42);
    QCOMPARE(applyThread, QThread::currentThread());
    QVERIFY(!latest.isRunning());
}

void TestLatestResult::staleResultIsNeverApplied()
{
    QObject receiver;
    LatestResult<QString> latest(&receiver);
    QSemaphore releaseFirst;
    QStringList applied;
    latest.start(
        [&releaseFirst](const BackgroundTask &) {
            releaseFirst.acquire(); // finishes after the second run
            return QStringLiteral("first");
        },
        [&](QString v) { applied.append(v); });
    latest.start([](const BackgroundTask &) { return QStringLiteral("second"); },
                 [&](QString v) { applied.append(v); });
    QTRY_COMPARE(applied, QStringList{QStringLiteral("second")});
    releaseFirst.release();
    QTRY_COMPARE(latest.activeWorkers(), 0);
    QCoreApplication::sendPostedEvents(); // anything the first run might have queued
    QCOMPARE(applied, QStringList{QStringLiteral("second")});
}

void TestLatestResult::supersededWorkIsCancelled()
{
    QObject receiver;
    LatestResult<int> latest(&receiver);
    std::atomic_bool sawCancel{false};
    QSemaphore started;
    latest.start(
        [&](const BackgroundTask &task) {
            started.release();
            while (!task.isCancelled())
                QThread::yieldCurrentThread();
            sawCancel = true;
            return -1;
        },
        [](int) { QFAIL("a superseded run was applied"); });
    QVERIFY(started.tryAcquire(1, 10000));
    int applied = 0;
    latest.start([](const BackgroundTask &) { return 2; }, [&](int v) { applied = v; });
    QTRY_VERIFY(sawCancel.load());
    QTRY_COMPARE(applied, 2);
}

void TestLatestResult::cancelDropsTheResult()
{
    QObject receiver;
    LatestResult<int> latest(&receiver);
    QSemaphore release;
    bool applied = false;
    latest.start(
        [&release](const BackgroundTask &) {
            release.acquire();
            return 1;
        },
        [&](int) { applied = true; });
    latest.cancel();
    QVERIFY(!latest.isRunning());
    release.release();
    QTRY_COMPARE(latest.activeWorkers(), 0);
    QCoreApplication::sendPostedEvents();
    QVERIFY(!applied);
}

void TestLatestResult::destructionDoesNotWaitForBlockedWorker()
{
    QSemaphore release;
    std::atomic_bool cancelledSeen{false};
    std::atomic_bool finished{false};
    {
        QObject receiver;
        LatestResult<int> latest(&receiver);
        QSemaphore started;
        latest.start(
            [&](const BackgroundTask &task) {
                started.release();
                release.acquire(); // stuck until the test lets it go
                cancelledSeen = task.isCancelled();
                finished = true;
                return 0;
            },
            [](int) { QFAIL("applied after its owner was destroyed"); });
        QVERIFY(started.tryAcquire(1, 10000));
    } // destroyed here while the worker is blocked: must return at once
    QVERIFY(!finished.load());
    release.release();
    QVERIFY(FutureSynchronizer::waitForAbandoned(10000));
    QVERIFY(finished.load());
    QVERIFY(cancelledSeen.load());
}

void TestLatestResult::moveOnlyResultsAreFreedWhenStale()
{
    QCOMPARE(Tracked::alive.load(), 0);
    {
        QObject receiver;
        LatestResult<std::unique_ptr<Tracked>> latest(&receiver);
        QSemaphore releaseFirst;
        std::unique_ptr<Tracked> kept;
        latest.start(
            [&releaseFirst](const BackgroundTask &) {
                releaseFirst.acquire();
                return std::make_unique<Tracked>(1);
            },
            [&](std::unique_ptr<Tracked> t) { kept = std::move(t); });
        latest.start([](const BackgroundTask &) { return std::make_unique<Tracked>(2); },
                     [&](std::unique_ptr<Tracked> t) { kept = std::move(t); });
        QTRY_VERIFY(kept);
        QCOMPARE(kept->value, 2);
        releaseFirst.release();
        QTRY_COMPARE(latest.activeWorkers(), 0);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(kept->value, 2);
        QCOMPARE(Tracked::alive.load(), 1); // the stale one is gone already
    }
    QCOMPARE(Tracked::alive.load(), 0);

    // A result still in flight when the owner is destroyed is freed when the worker ends.
    QSemaphore release;
    {
        QObject receiver;
        LatestResult<std::unique_ptr<Tracked>> latest(&receiver);
        latest.start(
            [&release](const BackgroundTask &) {
                release.acquire();
                return std::make_unique<Tracked>(3);
            },
            [](std::unique_ptr<Tracked>) {});
    }
    release.release();
    QVERIFY(FutureSynchronizer::waitForAbandoned(10000));
    QCOMPARE(Tracked::alive.load(), 0);
}

void TestLatestResult::postsFromStaleRunsAreDropped()
{
    QObject receiver;
    LatestResult<int> latest(&receiver);
    QSemaphore firstStarted;
    QSemaphore releaseFirst;
    QSemaphore firstPosted;
    QStringList progress;
    latest.start(
        [&](const BackgroundTask &task) {
            firstStarted.release();
            releaseFirst.acquire();
            task.post([&progress] { progress.append(QStringLiteral("first")); });
            firstPosted.release();
            return 1;
        },
        [](int) {});
    QVERIFY(firstStarted.tryAcquire(1, 10000)); // else the superseded run never starts
    int applied = 0;
    latest.start(
        [&](const BackgroundTask &task) {
            task.post([&progress] { progress.append(QStringLiteral("second")); });
            return 2;
        },
        [&](int v) { applied = v; });
    QTRY_COMPARE(applied, 2);
    releaseFirst.release();
    QVERIFY(firstPosted.tryAcquire(1, 10000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(progress, QStringList{QStringLiteral("second")});
}

void TestLatestResult::supersededRunsThatHaveNotStartedNeverRun()
{
    // Fill the pool so the queued runs cannot start before they are superseded.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore releaseBlockers;
    QSemaphore blockersStarted;
    const int threads = pool->maxThreadCount();
    for (int i = 0; i < threads; ++i)
        pool->start([&] {
            blockersStarted.release();
            releaseBlockers.acquire();
        });
    QVERIFY(blockersStarted.tryAcquire(threads, 10000));
    QObject receiver;
    LatestResult<int> latest(&receiver);
    std::atomic_int ran{0};
    int applied = 0;
    for (int i = 1; i <= 5; ++i)
        latest.start(
            [&ran, i](const BackgroundTask &) {
                ++ran;
                return i;
            },
            [&applied](int v) { applied = v; });
    releaseBlockers.release(threads);
    QTRY_COMPARE(applied, 5);
    QCOMPARE(ran.load(), 1);
}

QTEST_GUILESS_MAIN(TestLatestResult)
#include "tst_latest_result.moc"
