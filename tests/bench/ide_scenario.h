// The IDE bench's child side: one MainWindow goes through what a user does with a big spec and
// prints "key value" lines on stdout for IdeBenchmarks. In order: open the file (first paint
// of the text; outline, diagnostics and preview shown), type in the middle in bursts, wait for
// the background results of the edit, page down through the file with real key events, then
// open a small spec beside it and switch tabs between the two. A EventLoopStallMonitor runs all the
// time and reports the longest UI-thread stall and the stalls over 50 ms of each phase.
#pragma once

#include "event_loop_stall_monitor.h"

#include <QString>
#include <QTextStream>

namespace Specwright {
class MainWindow;
}

namespace Specwright::Bench {

class PaintWatch;

class IdeScenario
{
public:
    IdeScenario(QString file, int keys);
    ~IdeScenario();

    int run();

private:
    void open();
    void type();
    void waitForResults();
    void scroll();
    void switchTabs();
    void printMemory(const char *when);
    void printStalls(const QString &phase);
    // The parse, lint and preview of the buffer's current text are shown.
    bool editResultsApplied() const;
    // Spins the event loop until the thread pool was idle for a moment, at most maxMs.
    static void waitUntilIdle(int maxMs);

    QString m_file;
    int m_keys;
    QTextStream m_out;
    EventLoopStallMonitor m_monitor;
    MainWindow *m_window = nullptr;
    PaintWatch *m_watch = nullptr;
    double m_lastKeyMs = -1;        // monitor clock at the last keystroke
    double m_resultsAppliedMs = -1; // when editResultsApplied() first held after it
};

} // namespace Specwright::Bench
