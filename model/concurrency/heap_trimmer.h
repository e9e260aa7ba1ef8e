// Gives the heap's free pages back to the system after a big value was freed. malloc keeps what
// a freed snapshot of a big spec held (tens of MB, scattered over the arenas of the threads that
// built it) resident, so each new snapshot, render and page set added to the process's peak
// instead of taking its place. Trimming walks every arena, so it runs on a pool thread; requests
// made while it runs are folded into one more pass.
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
    // Asks for a trim on a pool thread (at once when one is free); does nothing where malloc
    // cannot trim (not glibc) or while the application closes.
    static void trimSoon();
    // Trims in the calling thread.
    static void trimNow();
    // No pass is under way or asked for (for tests).
    static bool isIdle();
};

} // namespace Specwright
