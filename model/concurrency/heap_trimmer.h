// Gives the heap's free pages back to the system after a big value was freed. malloc keeps what
// a freed snapshot of a big spec held (tens of MB, scattered over the arenas of the threads that
// built it) resident, so each new snapshot, render and page set added to the process's peak
// instead of taking its place. Trimming walks every arena, so it runs on a pool thread, and only
// once the requests have been quiet for a moment: a burst of frees (an edit's parse, lint,
// render and the snapshots they replace) is trimmed once, after the work that would have reused
// the pages, instead of beside it.
#pragma once

#include <QtGlobal>

namespace Specwright {

class HeapTrimmer
{
public:
    // Text size (characters) from which the model and text freed with a document are worth
    // freeing off the UI thread and giving back (about 10 MB per MB of spec; below, freeing is
    // quick and the pages are reused soon enough).
    static constexpr qsizetype kWorthTrimmingFrom = 256 * 1024;
    // How long requests must be quiet before a pass, and the longest a request waits while
    // others keep coming (typing into a big spec must not postpone the trim forever).
    static constexpr int kQuietMs = 250;
    static constexpr int kLongestWaitMs = 1000;

    // Asks for a trim from any thread: one pass on a pool thread once requests are quiet (the
    // application's event loop schedules it). Does nothing where malloc cannot trim (not
    // glibc), without an application or while it closes.
    static void trimSoon();
    // Trims in the calling thread.
    static void trimNow();
    // No pass is under way, scheduled or asked for (for tests).
    static bool isIdle();
    // How many passes have run since start (for tests).
    static quint64 passesRun();
};

} // namespace Specwright
