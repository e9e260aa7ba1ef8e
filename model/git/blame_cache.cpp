#include "blame_cache.h"

#include "git_repository.h"

#include <QPromise>
#include <QThreadPool>

namespace Specwright {

BlameCache &BlameCache::instance()
{
    static BlameCache cache;
    return cache;
}

QFuture<SectionBlameResult> BlameCache::request(const QString &filePath)
{
    auto promise = std::make_shared<QPromise<SectionBlameResult>>();
    QFuture<SectionBlameResult> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([this, promise, filePath] {
        SectionBlameResult result;
        GitResult<GitRepository> repo = GitRepository::discover(filePath);
        if (!repo) {
            result.error = repo.errorMessage();
        } else {
            const QString rel = repo->relativePath(filePath);
            GitResult<GitOid> head = repo->headId();
            const QString key = (head ? head->hex() : QString()) + u'\n' + rel;
            bool cached = false;
            {
                QMutexLocker lock(&m_mutex);
                if (head && m_cache.contains(key)) {
                    result = m_cache.value(key);
                    cached = true;
                }
            }
            if (!cached) {
                result = SectionBlame::compute(repo.value(), rel);
                if (result.error.isEmpty()) {
                    QMutexLocker lock(&m_mutex);
                    m_cache.insert(key, result);
                }
            }
        }
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

void BlameCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

int BlameCache::cachedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_cache.size());
}

} // namespace Specwright
