#include "ide_scenario.h"

#include "document_controller.h"
#include "document_manager.h"
#include "editor_stack.h"
#include "intent_outline.h"
#include "main_window.h"
#include "open_document.h"
#include "open_documents.h"
#include "preview_view.h"
#include "spec_editor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>
#include <functional>
#include <malloc.h>

namespace Specwright::Bench {

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith(field))
                return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString joinMs(const QList<double> &values)
{
    QStringList out;
    for (double v : values)
        out.append(QString::number(v, 'f', 2));
    return out.join(u',');
}

} // namespace

// Records when a widget has finished a paint at which a condition held: "the outline is shown"
// is the end of the first paint of its viewport once it holds the file's sections.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(const EventLoopStallMonitor &clock)
        : m_clock(clock)
    {
        qApp->installEventFilter(this);
    }

    void expect(const QString &key, QWidget *widget, std::function<bool()> ready)
    {
        m_done.remove(key);
        m_pending.append({key, widget, std::move(ready), {}});
    }
    // The widget is looked up at each paint (the editor of a document opened later).
    void expect(const QString &key, std::function<QWidget *()> widget, std::function<bool()> ready)
    {
        m_done.remove(key);
        m_pending.append({key, nullptr, std::move(ready), std::move(widget)});
    }
    bool done(const QString &key) const { return m_done.contains(key); }
    double at(const QString &key) const { return m_done.value(key, -1); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_inPaint)
            return false;
        QList<qsizetype> hits;
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            if ((m_pending[i].widgetNow ? m_pending[i].widgetNow() : m_pending[i].widget.data()) ==
                    watched &&
                m_pending[i].ready())
                hits.append(i);
        if (hits.isEmpty())
            return false;
        // Let the paint happen, then take the time.
        m_inPaint = true;
        const bool handled = watched->event(event);
        m_inPaint = false;
        const double now = m_clock.nowMs();
        for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
            m_done.insert(m_pending[*it].key, now);
            m_pending.removeAt(*it);
        }
        return handled;
    }

private:
    struct Expectation
    {
        QString key;
        QPointer<QWidget> widget;
        std::function<bool()> ready;
        std::function<QWidget *()> widgetNow;
    };
    const EventLoopStallMonitor &m_clock;
    QList<Expectation> m_pending;
    QHash<QString, double> m_done;
    bool m_inPaint = false;
};

IdeScenario::IdeScenario(QString file, int keys)
    : m_file(std::move(file))
    , m_keys(keys)
    , m_out(stdout)
{
}

IdeScenario::~IdeScenario()
{
    delete m_watch;
    delete m_window;
}

void IdeScenario::waitUntilIdle(int maxMs)
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

void IdeScenario::printMemory(const char *when)
{
    const struct mallinfo2 heap = mallinfo2();
    m_out << "peak_" << when << "_kb " << statusKb("VmHWM:") << '\n';
    m_out << "rss_" << when << "_kb " << statusKb("VmRSS:") << '\n';
    m_out << "heap_" << when << "_kb " << (heap.uordblks + heap.hblkhd) / 1024 << '\n';
    // Freed chunks malloc keeps in its arenas (resident unless trimmed).
    m_out << "heap_free_" << when << "_kb " << heap.fordblks / 1024 << '\n';
    m_out.flush();
}

void IdeScenario::printStalls(const QString &phase)
{
    const EventLoopStallMonitor::PhaseStalls s = m_monitor.stalls(phase);
    m_out << "stall_" << phase << "_max_ms " << s.longestMs << '\n';
    m_out << "stall_" << phase << "_over50 " << s.over50 << '\n';
    m_out.flush();
}

int IdeScenario::run()
{
    QStandardPaths::setTestModeEnabled(true); // no session restore, no user settings
    m_watch = new PaintWatch(m_monitor);
    m_window = new MainWindow;
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        m_out << "error the window was never exposed\n";
    waitUntilIdle(5000);
    printMemory("empty");
    if (m_file == u"-")
        return 0;
    open();
    if (!m_watch->done(QStringLiteral("first_paint"))) {
        m_out << "error no editor showed the file\n";
        return 0;
    }
    m_monitor.setPhase(QStringLiteral("settle"));
    waitUntilIdle(120000);
    printMemory("open");
    if (m_keys > 0) {
        type();
        waitForResults();
        printMemory("typed");
        scroll();
        printMemory("scrolled");
        switchTabs();
        printMemory("end");
    }
    for (const QString &stall : m_monitor.log())
        m_out << "stall " << stall << '\n';
    return 0;
}

void IdeScenario::open()
{
    // A big file opens in an editor of its own, made when it is ready: looked up at each paint.
    const auto editorViewport = [this]() -> QWidget * { return m_window->editor()->viewport(); };
    IntentOutline *outline = m_window->outline();
    PreviewView *preview = m_window->preview();
    const QString path = QFileInfo(m_file).absoluteFilePath();
    const int minChars = std::max(1, int(QFile(m_file).size() / 2));
    const auto isFile = [path](const SpecDocument::Ptr &doc) {
        return doc && doc->filePath() == path;
    };
    m_watch->expect(QStringLiteral("first_paint"), editorViewport, [this, minChars] {
        return m_window->editor()->document()->characterCount() >= minChars;
    });
    m_watch->expect(
        QStringLiteral("outline"), [outline]() -> QWidget * { return outline->tree()->viewport(); },
        [outline, isFile] {
            return isFile(outline->document()) && outline->tree()->model()->rowCount() > 0;
        });
    m_watch->expect(QStringLiteral("diagnostics"), editorViewport, [this, isFile] {
        return isFile(m_window->controller()->document()) &&
               !m_window->editor()->diagnostics().isEmpty();
    });
    // The file's own text: a tab that replaces another shows an empty model of the file first.
    m_watch->expect(QStringLiteral("preview"), preview->viewport(), [preview, isFile, minChars] {
        const SpecDocument::Ptr shown = preview->renderedDocument();
        return isFile(shown) && shown->text().size() >= minChars;
    });

    m_monitor.setPhase(QStringLiteral("open"));
    const double t0 = m_monitor.nowMs();
    // Opened from the event loop, as a menu action or a drop would.
    QTimer::singleShot(0, m_window, [this] {
        QElapsedTimer call;
        call.start();
        m_window->openPath(m_file);
        m_out << "open_call_ms " << double(call.nsecsElapsed()) / 1e6 << '\n';
    });
    const QStringList keys{QStringLiteral("first_paint"), QStringLiteral("outline"),
                           QStringLiteral("diagnostics"), QStringLiteral("preview")};
    QElapsedTimer waited;
    waited.start();
    const auto allDone = [&] {
        return std::all_of(keys.begin(), keys.end(),
                           [this](const QString &k) { return m_watch->done(k); });
    };
    while (!allDone() && waited.elapsed() < 120000)
        QTest::qWait(5);
    for (const QString &key : keys) {
        const double at = m_watch->at(key);
        m_out << key << "_ms " << (at < 0 ? -1 : at - t0) << '\n';
    }
    printStalls(QStringLiteral("open"));
}

void IdeScenario::type()
{
    SpecEditor *editor = m_window->editor();
    editor->setFocus();
    QTextCursor cursor(editor->document()->findBlockByNumber(editor->document()->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    QTest::qWait(50);

    // Bursts with pauses of different lengths; each keystroke is timed from the key event to
    // a finished repaint. The monitor keeps running: a slow key is a stall too.
    m_monitor.setPhase(QStringLiteral("typing"));
    static const int pauses[] = {15, 40, 120, 350, 30, 600, 60, 250};
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < m_keys; ++i) {
        timer.start();
        QTest::keyClick(editor, char('a' + i % 26));
        editor->viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        const int pause = pauses[i % int(std::size(pauses))];
        if (i + 1 < m_keys) {
            QTest::qWait(pause);
            continue;
        }
        // The edit's results may be applied during the last pause already (a small file's
        // always are): watch for them from the last key on.
        m_lastKeyMs = m_monitor.nowMs();
        QElapsedTimer paused;
        paused.start();
        while (paused.elapsed() < pause) {
            if (m_resultsAppliedMs < 0 && editResultsApplied())
                m_resultsAppliedMs = m_monitor.nowMs();
            QTest::qWait(2);
        }
    }
    m_out << "key_ms " << joinMs(times) << '\n';
    printStalls(QStringLiteral("typing"));
}

void IdeScenario::waitForResults()
{
    // The edit's parse, lint and preview arrive and are applied.
    m_monitor.setPhase(QStringLiteral("results"));
    QElapsedTimer waited;
    waited.start();
    while (m_resultsAppliedMs < 0 && waited.elapsed() < 120000) {
        if (editResultsApplied())
            m_resultsAppliedMs = m_monitor.nowMs();
        else
            QTest::qWait(2);
    }
    // From the last key, not from the end of the typing phase: its last pause is part of it.
    m_out << "results_applied_ms "
          << (m_resultsAppliedMs < 0 || m_lastKeyMs < 0 ? -1 : m_resultsAppliedMs - m_lastKeyMs)
          << '\n';
    waitUntilIdle(60000);
    printStalls(QStringLiteral("results"));
}

bool IdeScenario::editResultsApplied() const
{
    DocumentController *controller = m_window->controller();
    return controller->isCurrent() &&
           m_window->preview()->renderedDocument() == controller->document();
}

void IdeScenario::scroll()
{
    SpecEditor *editor = m_window->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    QTest::qWait(50);
    m_monitor.setPhase(QStringLiteral("scrolling"));
    QScrollBar *bar = editor->verticalScrollBar();
    QList<double> times;
    QElapsedTimer timer;
    QElapsedTimer total;
    total.start();
    // Page Down through the file (at most 30 s of it), each page painted before the next.
    while (bar->value() < bar->maximum() && total.elapsed() < 30000) {
        timer.start();
        QTest::keyClick(editor, Qt::Key_PageDown);
        editor->viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        QTest::qWait(1);
    }
    m_out << "page_ms " << joinMs(times) << '\n';
    m_out << "scroll_reached_end " << (bar->value() >= bar->maximum() ? 1 : 0) << '\n';
    m_out << "scroll_fraction " << double(bar->value()) / std::max(1, bar->maximum()) << '\n';
    QTest::qWait(300);
    printStalls(QStringLiteral("scrolling"));
}

void IdeScenario::switchTabs()
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.md"));
    {
        QFile f(small);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write("# Small spec {#small}\n\n## Only section {#only}\n\n"
                "The service MUST log every request. TODO say where.\n");
    }
    m_monitor.setPhase(QStringLiteral("switch"));
    m_window->openPath(small);
    waitUntilIdle(30000);
    OpenDocuments *open = m_window->documents()->openDocuments();
    QList<double> paints;
    for (int i = 0; i < 6; ++i) {
        const int next = (open->indexOf(open->current()) + 1) % open->count();
        QTextDocument *target = open->documents().at(next)->buffer();
        const QString key = QStringLiteral("switch%1").arg(i);
        // Each document has an editor of its own: the target's is painted showing it.
        SpecEditor *shown = m_window->editorStack()->editorFor(target);
        SpecEditor *editor = m_window->editor();
        m_watch->expect(key, shown ? shown->viewport() : editor->viewport(),
                        [this, target] { return m_window->editor()->document() == target; });
        const double t0 = m_monitor.nowMs();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_PageDown, Qt::ControlModifier); // Go > Next Document
        QElapsedTimer waited;
        waited.start();
        while (!m_watch->done(key) && waited.elapsed() < 10000)
            QTest::qWait(1);
        paints.append(m_watch->at(key) < 0 ? -1 : m_watch->at(key) - t0);
        QTest::qWait(400); // what the switch leaves to do afterwards counts as its stall
    }
    m_out << "switch_ms " << joinMs(paints) << '\n';
    printStalls(QStringLiteral("switch"));
}

} // namespace Specwright::Bench
