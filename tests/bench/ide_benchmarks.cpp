#include "ide_benchmarks.h"

#include "bench_timer.h"
#include "main_window.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>
#include <sys/resource.h>

namespace Specwright::Bench {

namespace {

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KB on Linux
}

// The editor holding the opened text: the largest plain-text editor in the window.
QPlainTextEdit *findEditor(QWidget *window)
{
    QPlainTextEdit *best = nullptr;
    for (QPlainTextEdit *edit : window->findChildren<QPlainTextEdit *>())
        if (!best || edit->document()->characterCount() > best->document()->characterCount())
            best = edit;
    return best;
}

// Records the time of the first paint of an editor viewport that shows a loaded document.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &clock, int minChars)
        : m_clock(clock)
        , m_minChars(minChars)
    {
    }
    double paintedAtMs = -1;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (paintedAtMs < 0 && event->type() == QEvent::Paint) {
            auto *edit = qobject_cast<QPlainTextEdit *>(watched->parent());
            if (edit && edit->viewport() == watched &&
                edit->document()->characterCount() >= m_minChars) {
                // Let the paint happen, then take the time.
                const bool handled = watched->event(event);
                paintedAtMs = double(m_clock.nsecsElapsed()) / 1e6;
                return handled;
            }
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    int m_minChars;
};

// Longest gap between ticks of a fast timer: how long the UI thread was busy at a stretch.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            if (m_last >= 0)
                maxGapMs = std::max(maxGapMs, now - m_last - 2);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void pause() { m_last = -1; } // our own measured keystroke is not a stall
    double maxGapMs = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = -1;
};

// Waits until the thread pool has been idle for a moment (background parse, lint, render).
void waitUntilIdle(int maxMs)
{
    QElapsedTimer waited;
    waited.start();
    QElapsedTimer idle;
    idle.start();
    while (waited.elapsed() < maxMs) {
        QTest::qWait(20);
        if (QThreadPool::globalInstance()->activeThreadCount() > 0)
            idle.restart();
        else if (idle.elapsed() > 300)
            return;
    }
}

struct ChildResult
{
    double firstPaintMs = -1;
    double peakMb = -1;
    QList<double> keysMs;
    double stallMs = -1;
    QString error;
};

ChildResult runChildProcess(const QString &file, int keys)
{
    ChildResult result;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setStandardErrorFile(QProcess::nullDevice());
    child.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--ide-child"), file, QStringLiteral("--keys"), QString::number(keys)});
    if (!child.waitForFinished(180000) || child.exitStatus() != QProcess::NormalExit) {
        child.kill();
        child.waitForFinished();
        result.error = QStringLiteral("IDE child did not finish");
        return result;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> kv = line.split(' ');
        if (kv.size() < 2)
            continue;
        if (kv.at(0) == "first_paint_ms")
            result.firstPaintMs = kv.at(1).toDouble();
        else if (kv.at(0) == "peak_kb")
            result.peakMb = kv.at(1).toDouble() / 1024.0;
        else if (kv.at(0) == "stall_max_ms")
            result.stallMs = kv.at(1).toDouble();
        else if (kv.at(0) == "key_ms") {
            for (const QByteArray &v : kv.at(1).split(','))
                if (!v.isEmpty())
                    result.keysMs.append(v.toDouble());
        } else if (kv.at(0) == "error")
            result.error = QString::fromUtf8(line.mid(6));
    }
    return result;
}

QString mb(double v)
{
    return ResultTable::isValue(v) ? QStringLiteral("%1 MB").arg(v, 0, 'f', 0)
                                   : QStringLiteral("–");
}

} // namespace

int IdeBenchmarks::runChild(const QString &file, int keys)
{
    QStandardPaths::setTestModeEnabled(true); // no session restore, no user settings
    QTextStream out(stdout);
    const int minChars = file == u"-" ? 0 : int(QFile(file).size() / 2);

    QElapsedTimer clock;
    clock.start();
    FirstPaintProbe probe(clock, std::max(minChars, 1));
    qApp->installEventFilter(&probe);
    auto *window = new MainWindow;
    if (file != u"-")
        window->openPath(file);
    window->show();
    QElapsedTimer waited;
    waited.start();
    while (probe.paintedAtMs < 0 && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    qApp->removeEventFilter(&probe);
    if (probe.paintedAtMs < 0) {
        out << "error no editor showed the file\n";
        out << "peak_kb " << peakMemoryKb() << '\n';
        return 0;
    }
    out << "first_paint_ms " << probe.paintedAtMs << '\n';
    waitUntilIdle(15000);
    out << "peak_kb " << peakMemoryKb() << '\n';

    QPlainTextEdit *editor = findEditor(window);
    if (!editor || keys <= 0)
        return 0;
    editor->setFocus();
    QTextCursor cursor(editor->document()->findBlockByNumber(editor->document()->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    QCoreApplication::processEvents();

    // Bursts with pauses of different lengths, so debounced background parses start and finish
    // while typing goes on; each keystroke is timed from the key event to a finished repaint.
    static const int pauses[] = {15, 40, 120, 350, 30, 600, 60, 250};
    StallMonitor stalls;
    QStringList times;
    QElapsedTimer timer;
    for (int i = 0; i < keys; ++i) {
        stalls.pause();
        timer.start();
        QTest::keyClick(editor, char('a' + i % 26));
        editor->viewport()->repaint();
        times.append(QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 3));
        stalls.pause();
        QTest::qWait(pauses[i % int(std::size(pauses))]);
    }
    out << "key_ms " << times.join(u',') << '\n';
    out << "stall_max_ms " << stalls.maxGapMs << '\n';
    waitUntilIdle(15000);
    out << "peak_after_typing_kb " << peakMemoryKb() << '\n';
    return 0;
}

void IdeBenchmarks::run(ResultTable &table) const
{
    const ChildResult empty = runChildProcess(QStringLiteral("-"), 0);
    QList<double> paint;
    QStringList memory, keyMedian, keyTail, stall;
    QString error;
    int mbIndex = -1;
    double mbPaint = -1, mbPeak = -1, mbKeyP95 = -1;
    for (int i = 0; i < m_inputs.size(); ++i) {
        const BenchInput &input = m_inputs.at(i);
        std::vector<double> paints, peaks, keysMs, stallsMs;
        // Without an editor that shows the file there is nothing to time: do not wait again.
        for (int r = 0; r < m_runs && error.isEmpty(); ++r) {
            const ChildResult result = runChildProcess(input.path, m_keys);
            if (!result.error.isEmpty())
                error = result.error;
            if (result.firstPaintMs >= 0)
                paints.push_back(result.firstPaintMs);
            if (result.peakMb >= 0 && result.firstPaintMs >= 0)
                peaks.push_back(result.peakMb);
            if (result.stallMs >= 0)
                stallsMs.push_back(result.stallMs);
            for (double k : result.keysMs)
                keysMs.push_back(k);
        }
        paint.append(paints.empty() ? ResultTable::NotBuilt : median(paints));
        memory.append(peaks.empty() ? QStringLiteral("n/a") : mb(median(peaks)));
        keyMedian.append(keysMs.empty() ? QStringLiteral("n/a")
                                        : ResultTable::formatMs(median(keysMs)));
        keyTail.append(keysMs.empty() ? QStringLiteral("n/a")
                                      : ResultTable::formatMs(percentile(keysMs, 0.95)) + u'/' +
                                            ResultTable::formatMs(percentile(keysMs, 1.0)));
        stall.append(stallsMs.empty() ? QStringLiteral("n/a")
                                      : ResultTable::formatMs(median(stallsMs)));
        if (input.size.bytes > 800'000 && input.size.bytes < 1'500'000) {
            mbIndex = i;
            mbPaint = paint.last();
            mbPeak = peaks.empty() ? -1 : median(peaks);
            mbKeyP95 = keysMs.empty() ? -1 : percentile(keysMs, 0.95);
        }
    }
    const QString notBuilt =
        error.isEmpty() ? QStringLiteral("n/a (not built)") : QStringLiteral("n/a (%1)").arg(error);
    auto verdictOf = [&](double value, double limit, const QString &what) {
        if (mbIndex < 0 || !ResultTable::isValue(value))
            return notBuilt;
        return QStringLiteral("%1: %2").arg(
            value <= limit ? QStringLiteral("met") : QStringLiteral("MISSED"), what);
    };
    table.addHeading(QStringLiteral("IDE (offscreen, MainWindow::openPath, %1 runs)").arg(m_runs));
    table.addTimes(
        QStringLiteral("open -> first paint of the text"), paint,
        verdictOf(mbPaint, 1000,
                  QStringLiteral("< 1 s at 1 MB (%1 ms)").arg(ResultTable::formatMs(mbPaint))));
    table.addCells(QStringLiteral("peak memory (VmHWM) after background work"), memory,
                   verdictOf(mbPeak, 150,
                             QStringLiteral("< 150 MB at 1 MB (%1; empty window %2)")
                                 .arg(mb(mbPeak), mb(empty.peakMb))));
    table.addCells(QStringLiteral("keystroke -> repaint, median"), keyMedian);
    table.addCells(QStringLiteral("keystroke -> repaint, p95/max"), keyTail,
                   verdictOf(mbKeyP95, 16, QStringLiteral("p95 <= 16 ms (one frame) at 1 MB")));
    table.addCells(QStringLiteral("longest UI-thread stall while typing"), stall);
}

} // namespace Specwright::Bench
