// What a parsed snapshot costs once it is built and once it is dropped: no capacity slack in
// its text copies, a big one freed off the UI thread, and the heap trimmed afterwards without
// losing a request made while a trim runs.
#include "heap_trimmer.h"
#include "spec_document.h"

#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace Specwright;

namespace {
QString specOfSize(qsizetype characters)
{
    QString text = QStringLiteral("# Spec {#spec}\n\n");
    for (int i = 0; text.size() < characters; ++i)
        text += QStringLiteral("## Part %1 {#part-%1}\n\nThe service MUST answer request %1 within "
                               "a second. Ünïcode stays.\n\n")
                    .arg(i);
    return text;
}
} // namespace

class TestSnapshotMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8CopyKeepsNoSlack()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(specOfSize(100000));
        const QByteArray &utf8 = doc->source().utf8();
        QCOMPARE(utf8, doc->text().toUtf8());
        QCOMPARE(utf8.capacity(), utf8.size());
    }

    void smallDocumentIsFreedAtOnce()
    {
        QString text = specOfSize(1000);
        SpecDocument::Ptr doc = SpecDocument::parse(text);
        QVERIFY(!text.isDetached()); // the snapshot shares it
        doc.reset();
        QVERIFY(text.isDetached());
    }

    void bigDocumentDroppedOnTheUiThreadIsFreedByThePool()
    {
        QString text = specOfSize(400000);
        SpecDocument::Ptr doc = SpecDocument::parse(text);
        QCOMPARE(doc->text(), text);
        QVERIFY(!text.isDetached());
        std::weak_ptr<const SpecDocument> watch = doc;
        doc.reset();
        QVERIFY(watch.expired()); // gone for every reader at once, whenever it is freed
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QVERIFY(text.isDetached());
        QTRY_VERIFY(HeapTrimmer::isIdle());
    }

    void bigDocumentDroppedOnAWorkerIsFreedThere()
    {
        QString text = specOfSize(400000);
        SpecDocument::Ptr doc = SpecDocument::parse(text);
        QThread *worker = QThread::create([doc = std::move(doc)]() mutable { doc.reset(); });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(text.isDetached());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QTRY_VERIFY(HeapTrimmer::isIdle());
    }

    void trimRequestsFromManyThreadsAllEnd()
    {
        QList<QThread *> threads;
        for (int t = 0; t < 6; ++t) {
            threads.append(QThread::create([] {
                for (int i = 0; i < 50; ++i) {
                    QList<QByteArray> garbage(200, QByteArray(1000, 'x'));
                    garbage.clear();
                    HeapTrimmer::trimSoon();
                }
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        const quint64 before = HeapTrimmer::passesRun();
        QTRY_VERIFY(HeapTrimmer::isIdle());
        QVERIFY(HeapTrimmer::passesRun() > before);
        // And a later request still runs.
        HeapTrimmer::trimSoon();
        QTRY_VERIFY(HeapTrimmer::isIdle());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    }

    void aBurstOfRequestsIsTrimmedOnceWhenQuiet()
    {
        QTRY_VERIFY(HeapTrimmer::isIdle());
        const quint64 before = HeapTrimmer::passesRun();
        for (int i = 0; i < 100; ++i)
            HeapTrimmer::trimSoon();
        QVERIFY(!HeapTrimmer::isIdle());
        QTRY_VERIFY(HeapTrimmer::isIdle());
        QCOMPARE(HeapTrimmer::passesRun(), before + 1);
    }

    void requestsThatKeepComingStillGetATrim()
    {
        QTRY_VERIFY(HeapTrimmer::isIdle());
        const quint64 before = HeapTrimmer::passesRun();
        // A request every 50 ms: never quiet for kQuietMs, so only the longest wait trims.
        QTimer requests;
        QObject::connect(&requests, &QTimer::timeout, [] { HeapTrimmer::trimSoon(); });
        requests.start(HeapTrimmer::kQuietMs / 5);
        QTRY_VERIFY_WITH_TIMEOUT(HeapTrimmer::passesRun() > before, 20000);
        requests.stop();
        QTRY_VERIFY(HeapTrimmer::isIdle());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotMemory)
#include "tst_snapshot_memory.moc"
