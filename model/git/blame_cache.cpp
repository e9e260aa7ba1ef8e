#include "blame_cache.h"

#include "git_repository.h"

namespace Specwright {

BlameCache &BlameCache::instance()
{
    static BlameCache cache;
    return cache;
}

SectionBlameResult BlameCache::blame(const QString &filePath)
{
    SectionBlameResult result;
    GitResult<GitRepository> repo = GitRepository::discover(filePath);
    if (!repo) {
        result.error = repo.errorMessage();
        return result;
    }
    const QString rel = repo->relativePath(filePath);
    GitResult<GitOid> head = repo->headId();
    const QString key = (head ? head->hex() : QString()) + u'\n' + rel;
    if (head) {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return it.value();
    }
    result = SectionBlame::compute(repo.value(), rel);
    if (result.error.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(key, result);
    }
    return result;
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
