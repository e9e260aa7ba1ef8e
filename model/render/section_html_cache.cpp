#include "section_html_cache.h"

namespace Specwright {

QString SectionHtmlCache::find(const QByteArray &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(key);
}

void SectionHtmlCache::store(Entries entries, int reused, int rendered)
{
    Entries old;
    {
        QMutexLocker lock(&m_mutex);
        old = std::exchange(m_entries, std::move(entries));
        m_reused = reused;
        m_rendered = rendered;
    }
    // `old` (the previous render's strings not shared with the new one) is freed unlocked.
}

void SectionHtmlCache::clear()
{
    Entries old;
    QMutexLocker lock(&m_mutex);
    old = std::exchange(m_entries, {});
    m_reused = m_rendered = 0;
}

int SectionHtmlCache::reusedSections() const
{
    QMutexLocker lock(&m_mutex);
    return m_reused;
}

int SectionHtmlCache::renderedSections() const
{
    QMutexLocker lock(&m_mutex);
    return m_rendered;
}

} // namespace Specwright
