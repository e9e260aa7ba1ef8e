// The header of every diff view and output: counts of what an amendment changes in
// obligations, authority, structure and examples, each with the sections it concerns (entry
// indexes into DiffResult::sections) so a view can jump to them. All counts come from the
// per-section flags, so the header and the section list always agree.
#pragma once

#include "diff_types.h"

#include <QCoreApplication>

namespace Specwright {

class DiffSummary
{
    Q_DECLARE_TR_FUNCTIONS(DiffSummary)

public:
    enum Item
    {
        ObligationsAdded,
        ObligationsRemoved,
        ObligationsStrengthened,
        ObligationsWeakened,
        ObligationsNegated,
        ObligationsReworded,
        AuthorityChanges,
        AttributeChanges, // keys other than authority
        SectionsAdded,
        SectionsRemoved,
        SectionsModified,
        SectionsRenamed,
        SectionsMoved,
        SectionsReordered,
        SectionsFormattingOnly,
        ExamplesChanged,
        ItemCount
    };
    struct Entry
    {
        Item item = ObligationsAdded;
        int count = 0;
        QList<int> sections; // entry indexes, each once, in order
    };

    static DiffSummary of(const DiffResult &result);

    int count(Item item) const { return m_entries[item].count; }
    const Entry &entry(Item item) const { return m_entries[item]; }
    const QList<Entry> &entries() const { return m_entries; }
    int unchangedSections() const { return m_unchanged; }
    bool hasChanges() const;

    // Stable untranslated key for JSON ("obligationsAdded").
    static QString key(Item item);
    // Translated label with the count ("3 obligations added").
    static QString label(Item item, int count);

private:
    QList<Entry> m_entries;
    int m_unchanged = 0;
};

} // namespace Specwright
