// Section blames cached by (HEAD, path) and computed on the global thread pool, so the UI only
// ever waits on a QFuture.
#pragma once

#include "section_blame.h"

#include <QFuture>
#include <QHash>
#include <QMutex>

namespace Specwright {

class BlameCache
{
public:
    static BlameCache &instance();

    // The blame of a file (absolute path). A cached result for the current HEAD is returned as
    // a finished future; otherwise the work runs on QThreadPool::globalInstance().
    QFuture<SectionBlameResult> request(const QString &filePath);
    void clear();
    int cachedCount() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, SectionBlameResult> m_cache; // key: head hex + '\n' + path
};

} // namespace Specwright
