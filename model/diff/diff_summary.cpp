#include "diff_summary.h"

#include <QSet>

namespace Specwright {

DiffSummary DiffSummary::of(const DiffResult &result)
{
    DiffSummary s;
    for (int i = 0; i < ItemCount; ++i)
        s.m_entries.append({Item(i), 0, {}});
    auto add = [&s](Item item, int section, int n = 1) {
        if (n <= 0)
            return;
        Entry &e = s.m_entries[item];
        e.count += n;
        if (e.sections.isEmpty() || e.sections.last() != section)
            e.sections.append(section);
    };
    for (int i = 0; i < result.sections.size(); ++i) {
        const SectionChange &c = result.sections[i];
        for (const StatementChange &st : c.statements) {
            static const Item items[] = {ObligationsAdded,        ObligationsRemoved,
                                         ObligationsStrengthened, ObligationsWeakened,
                                         ObligationsNegated,      ObligationsReworded};
            add(items[st.kind], i);
        }
        for (const AttributeChange &a : c.attributes)
            add(a.key == u"authority" ? AuthorityChanges : AttributeChanges, i);
        if (c.status == SectionStatus::Added)
            add(SectionsAdded, i);
        else if (c.status == SectionStatus::Removed)
            add(SectionsRemoved, i);
        if (c.status == SectionStatus::Modified)
            add(SectionsModified, i);
        if (c.renamed)
            add(SectionsRenamed, i);
        if (c.moved)
            add(SectionsMoved, i);
        if (c.reordered)
            add(SectionsReordered, i);
        if (c.status == SectionStatus::FormattingOnly ||
            (c.formattingOnly && c.status != SectionStatus::Modified))
            add(SectionsFormattingOnly, i);
        QSet<QString> examples;
        for (const ExampleChange &e : c.examples)
            examples.insert(QString::number(e.oldIndex) + u'/' + QString::number(e.newIndex));
        add(ExamplesChanged, i, int(examples.size()));
        if (c.status == SectionStatus::Unchanged)
            ++s.m_unchanged;
    }
    return s;
}

bool DiffSummary::hasChanges() const
{
    for (const Entry &e : m_entries)
        if (e.count > 0)
            return true;
    return false;
}

QString DiffSummary::key(Item item)
{
    static const char *const keys[] = {
        "obligationsAdded",    "obligationsRemoved", "obligationsStrengthened",
        "obligationsWeakened", "obligationsNegated", "obligationsReworded",
        "authorityChanges",    "attributeChanges",   "sectionsAdded",
        "sectionsRemoved",     "sectionsModified",   "sectionsRenamed",
        "sectionsMoved",       "sectionsReordered",  "sectionsFormattingOnly",
        "examplesChanged"};
    return QLatin1String(keys[item]);
}

QString DiffSummary::label(Item item, int n)
{
    switch (item) {
    case ObligationsAdded:
        return n == 1 ? tr("1 obligation added") : tr("%1 obligations added").arg(n);
    case ObligationsRemoved:
        return n == 1 ? tr("1 obligation removed") : tr("%1 obligations removed").arg(n);
    case ObligationsStrengthened:
        return n == 1 ? tr("1 obligation strengthened") : tr("%1 obligations strengthened").arg(n);
    case ObligationsWeakened:
        return n == 1 ? tr("1 obligation weakened") : tr("%1 obligations weakened").arg(n);
    case ObligationsNegated:
        return n == 1 ? tr("1 obligation negated") : tr("%1 obligations negated").arg(n);
    case ObligationsReworded:
        return n == 1 ? tr("1 obligation reworded") : tr("%1 obligations reworded").arg(n);
    case AuthorityChanges:
        return n == 1 ? tr("1 authority change") : tr("%1 authority changes").arg(n);
    case AttributeChanges:
        return n == 1 ? tr("1 other attribute change") : tr("%1 other attribute changes").arg(n);
    case SectionsAdded:
        return n == 1 ? tr("1 section added") : tr("%1 sections added").arg(n);
    case SectionsRemoved:
        return n == 1 ? tr("1 section removed") : tr("%1 sections removed").arg(n);
    case SectionsModified:
        return n == 1 ? tr("1 section modified") : tr("%1 sections modified").arg(n);
    case SectionsRenamed:
        return n == 1 ? tr("1 section renamed") : tr("%1 sections renamed").arg(n);
    case SectionsMoved:
        return n == 1 ? tr("1 section moved") : tr("%1 sections moved").arg(n);
    case SectionsReordered:
        return n == 1 ? tr("1 section reordered") : tr("%1 sections reordered").arg(n);
    case SectionsFormattingOnly:
        return n == 1 ? tr("1 section with formatting changes only")
                      : tr("%1 sections with formatting changes only").arg(n);
    case ExamplesChanged:
        return n == 1 ? tr("1 example changed") : tr("%1 examples changed").arg(n);
    case ItemCount:
        break;
    }
    return {};
}

} // namespace Specwright
