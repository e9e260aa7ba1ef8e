// DocumentController parses one snapshot at a time: an edit made while a parse (and its lint)
// runs does not start a second one beside it; the run in flight ends, its stale result is
// dropped and the newest text is parsed after it, so the model shown is always the buffer's.
#include "document_controller.h"

#include <QAbstractTextDocumentLayout>
#include <QSemaphore>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>
#include <atomic>

using namespace Specwright;
using namespace Qt::StringLiterals;

class TestOneParseAtATime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsDuringAParseWaitForIt()
    {
        // Enough pool threads that a second parse could run beside the first.
        QThreadPool::globalInstance()->setMaxThreadCount(
            std::max(4, QThreadPool::globalInstance()->maxThreadCount()));
        QTextDocument buffer;
        buffer.setPlainText(u"# First {#first}\n\nThe service MUST answer.\n"_s);
        buffer.documentLayout(); // QTextDocument reports edits (contentsChange) with a layout
        DocumentController controller(&buffer);
        controller.setDebounceInterval(10);
        std::atomic<int> running{0};
        std::atomic<int> most{0};
        std::atomic<int> calls{0};
        std::atomic<bool> hold{true};
        QSemaphore gate;
        controller.setAnalyzer([&](const SpecDocument::Ptr &, const Workspace::Ptr &) {
            const int now = ++running;
            most = std::max(most.load(), now);
            ++calls;
            if (hold.exchange(false))
                gate.acquire(); // the first analysis waits until the edits are made
            --running;
            return QList<Diagnostic>();
        });
        controller.refreshNow();
        QTRY_COMPARE(calls.load(), 1);

        // Two edits, each waited out past the debounce, while the first run is held.
        QTextCursor cursor(&buffer);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"\n## Second {#second}\n"_s);
        QTest::qWait(80);
        cursor.insertText(u"\n## Third {#third}\n"_s);
        QTest::qWait(80);
        QCOMPARE(calls.load(), 1);
        QCOMPARE(controller.state(), DocumentController::State::Parsing);
        QVERIFY(!controller.isCurrent());

        gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(controller.isCurrent(), 10000);
        QCOMPARE(most.load(), 1);
        QCOMPARE(calls.load(), 2); // the held run, then one for the newest text
        QCOMPARE(controller.document()->text(), buffer.toPlainText());
        QCOMPARE(controller.document()->sections().size(), 3);
        QCOMPARE(controller.document()->sections().last().id, u"third"_s);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    }

    void aFirstParseStillRunsAtOnce()
    {
        QTextDocument buffer;
        buffer.setPlainText(u"# Only {#only}\n"_s);
        DocumentController controller(&buffer);
        controller.refreshNow();
        QCOMPARE(controller.state(), DocumentController::State::Parsing);
        QTRY_VERIFY_WITH_TIMEOUT(controller.isCurrent(), 10000);
        QCOMPARE(controller.document()->sections().size(), 1);
    }
};

QTEST_MAIN(TestOneParseAtATime)
#include "tst_one_parse_at_a_time.moc"
