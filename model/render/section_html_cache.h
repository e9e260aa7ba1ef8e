// The HTML of each section of the last preview render, so the next render of an edited spec
// writes only the sections whose source (or whatever else their HTML depends on) changed.
// Keys are digests the renderer computes; entries a render did not use are dropped when it
// stores its own, so the cache holds about one render's HTML. Thread-safe: renders of one
// job may overlap when a superseded one is still finishing.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

namespace Specwright {

class SectionHtmlCache
{
public:
    using Entries = QHash<QByteArray, QString>;

    // The HTML stored for a key, null when there is none.
    QString find(const QByteArray &key) const;
    // Replaces the whole cache with the sections of one render.
    void store(Entries entries, int reused, int rendered);
    void clear();

    // Of the last stored render (for tests and the bench): sections taken from the cache and
    // sections written anew.
    int reusedSections() const;
    int renderedSections() const;

private:
    mutable QMutex m_mutex;
    Entries m_entries;
    int m_reused = 0;
    int m_rendered = 0;
};

} // namespace Specwright
