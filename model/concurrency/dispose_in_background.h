// Frees an object on a pool thread: destroying a big value (the text document of a 5 MB
// preview) takes long enough to stall the UI thread. The object must no longer be used by, or
// have thread affinity to, the calling thread; the pool is awaited when the application ends.
#pragma once

#include "heap_trimmer.h"

#include <QThreadPool>
#include <memory>

namespace Specwright {

template<typename T> void disposeInBackground(std::unique_ptr<T> object)
{
    if (!object)
        return;
    QThreadPool::globalInstance()->start([raw = object.release()] {
        delete raw;
        HeapTrimmer::trimSoon(); // what it held goes back to the system, not only to malloc
    });
}

} // namespace Specwright
