// Section blames cached by (HEAD, path). Thread-safe and blocking: a caller on the UI thread
// runs blame() in a LatestResult worker (model/concurrency), like every other background task.
#pragma once

#include "section_blame.h"

#include <QHash>
#include <QMutex>

namespace Specwright {

class BlameCache
{
public:
    static BlameCache &instance();

    // The blame of a file (absolute path): the cached result for the current HEAD, else
    // computed (and cached) in the calling thread.
    SectionBlameResult blame(const QString &filePath);
    void clear();
    int cachedCount() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, SectionBlameResult> m_cache; // key: head hex + '\n' + path
};

} // namespace Specwright
