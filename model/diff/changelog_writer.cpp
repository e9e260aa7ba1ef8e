#include "changelog_writer.h"

#include "diff_summary.h"
#include "example_diff.h"
#include "statement_diff.h"

namespace Specwright {

namespace {

QString quoted(const QString &text)
{
    return u'\u201c' + ExampleDiff::excerpt(text, 160) + u'\u201d';
}

QString sectionName(const SectionChange &s)
{
    return QStringLiteral("**%1** (`%2`)").arg(s.title(), s.id());
}

QString keywordOf(const QString &written, Modality modality)
{
    return written.isEmpty() ? StatementDiff::modalityName(modality) : written;
}

struct Group
{
    QString heading;
    QStringList bullets;
};

} // namespace

QString ChangelogWriter::markdown(const DiffResult &result, const QString &title)
{
    enum
    {
        NewSections,
        RemovedSections,
        Authority,
        Strengthened,
        Weakened,
        Negated,
        NewObligations,
        RemovedObligations,
        Reworded,
        Structure,
        Examples,
        OtherEdits,
        GroupCount
    };
    QList<Group> groups(GroupCount);
    groups[NewSections].heading = tr("New sections");
    groups[RemovedSections].heading = tr("Removed sections");
    groups[Authority].heading = tr("Authority changes");
    groups[Strengthened].heading = tr("Obligations strengthened");
    groups[Weakened].heading = tr("Obligations weakened");
    groups[Negated].heading = tr("Obligations negated");
    groups[NewObligations].heading = tr("New obligations");
    groups[RemovedObligations].heading = tr("Obligations removed");
    groups[Reworded].heading = tr("Obligations reworded with the same force");
    groups[Structure].heading = tr("Structure");
    groups[Examples].heading = tr("Examples");
    groups[OtherEdits].heading = tr("Other edits");
    QStringList formattingOnly;

    for (const SectionChange &s : result.sections) {
        if (!s.isChange())
            continue;
        const QString name = sectionName(s);
        if (s.status == SectionStatus::FormattingOnly) {
            formattingOnly.append(name);
            continue;
        }
        if (s.status == SectionStatus::Added || s.status == SectionStatus::Removed) {
            const bool added = s.status == SectionStatus::Added;
            int obligations = 0;
            for (const StatementChange &st : s.statements)
                obligations +=
                    st.kind == (added ? StatementChange::Added : StatementChange::Removed);
            QString bullet = name;
            if (obligations > 0)
                bullet +=
                    u' ' +
                    (added ? (obligations == 1 ? tr("with 1 obligation")
                                               : tr("with %1 obligations").arg(obligations))
                           : (obligations == 1 ? tr("and its obligation")
                                               : tr("and its %1 obligations").arg(obligations)));
            groups[added ? NewSections : RemovedSections].bullets.append(bullet);
            for (const ExampleChange &e : s.examples)
                groups[Examples].bullets.append((added ? tr("%1: example \u201c%2\u201d added")
                                                       : tr("%1: example \u201c%2\u201d removed"))
                                                    .arg(name, e.title));
            continue;
        }
        for (const AttributeChange &a : s.attributes) {
            const QString from = a.oldValue.isEmpty() ? tr("(none)") : a.oldValue;
            const QString to = a.newValue.isEmpty() ? tr("(none)") : a.newValue;
            const QString line = QStringLiteral("%1: %2: %3 \u2192 %4").arg(name, a.key, from, to);
            groups[a.key == u"authority" ? Authority : OtherEdits].bullets.append(line);
        }
        bool statementBullets = false;
        for (const StatementChange &st : s.statements) {
            const QString from = keywordOf(st.oldKeyword, st.oldModality);
            const QString to = keywordOf(st.newKeyword, st.newModality);
            switch (st.kind) {
            case StatementChange::Strengthened:
                groups[Strengthened].bullets.append(
                    QStringLiteral("%1: %2 \u2192 %3: %4").arg(name, from, to, quoted(st.newText)));
                break;
            case StatementChange::Weakened:
                groups[Weakened].bullets.append(
                    QStringLiteral("%1: %2 \u2192 %3: %4").arg(name, from, to, quoted(st.newText)));
                break;
            case StatementChange::Negated:
                groups[Negated].bullets.append(
                    QStringLiteral("%1: %2 \u2192 %3: %4").arg(name, from, to, quoted(st.newText)));
                break;
            case StatementChange::Added:
                groups[NewObligations].bullets.append(
                    QStringLiteral("%1: %2").arg(name, quoted(st.newText)));
                break;
            case StatementChange::Removed:
                groups[RemovedObligations].bullets.append(
                    QStringLiteral("%1: %2").arg(name, quoted(st.oldText)));
                break;
            case StatementChange::Reworded:
                groups[Reworded].bullets.append(
                    tr("%1: %2 (was %3)").arg(name, quoted(st.newText), quoted(st.oldText)));
                break;
            }
            statementBullets = true;
        }
        if (s.moved)
            groups[Structure].bullets.append(
                tr("%1 moved from %2 to %3")
                    .arg(name,
                         s.oldParentTitle.isEmpty() ? tr("the top level")
                                                    : u'\u201c' + s.oldParentTitle + u'\u201d',
                         s.newParentTitle.isEmpty() ? tr("the top level")
                                                    : u'\u201c' + s.newParentTitle + u'\u201d'));
        if (s.renamed && s.oldTitle != s.newTitle)
            groups[Structure].bullets.append(
                tr("%1 renamed from \u201c%2\u201d").arg(name, s.oldTitle));
        if (s.renamed && s.oldId != s.newId)
            groups[Structure].bullets.append(
                tr("%1: id `%2` \u2192 `%3`").arg(name, s.oldId, s.newId));
        if (s.reordered && !s.moved)
            groups[Structure].bullets.append(
                tr("%1 placed elsewhere among its siblings").arg(name));
        for (const ExampleChange &e : s.examples) {
            QString what;
            switch (e.kind) {
            case ExampleChange::Added:
                what = tr("example \u201c%1\u201d added");
                break;
            case ExampleChange::Removed:
                what = tr("example \u201c%1\u201d removed");
                break;
            case ExampleChange::LabelFlipped:
                what = tr("example \u201c%1\u201d: label flipped %2");
                break;
            case ExampleChange::RationaleChanged:
                what = tr("example \u201c%1\u201d: rationale changed %2");
                break;
            case ExampleChange::AnswerAdded:
                what = tr("example \u201c%1\u201d: answer added %2");
                break;
            case ExampleChange::AnswerRemoved:
                what = tr("example \u201c%1\u201d: answer removed %2");
                break;
            case ExampleChange::Modified:
                what = tr("example \u201c%1\u201d: turns edited");
                break;
            }
            what = what.contains(QStringLiteral("%2")) ? what.arg(e.title, e.detail)
                                                       : what.arg(e.title);
            groups[Examples].bullets.append(QStringLiteral("%1: %2").arg(name, what));
        }
        if (s.contentChanged && !statementBullets && s.attributes.isEmpty() && s.examples.isEmpty())
            groups[OtherEdits].bullets.append(tr("%1: wording edited (+%2 \u2212%3 words)")
                                                  .arg(name)
                                                  .arg(s.wordsAdded)
                                                  .arg(s.wordsRemoved));
    }

    const DiffSummary summary = DiffSummary::of(result);
    QStringList counts;
    for (const DiffSummary::Entry &e : summary.entries())
        if (e.count > 0)
            counts.append(DiffSummary::label(e.item, e.count));
    QString md =
        QStringLiteral("# ") + tr("Release notes (draft): %1").arg(title) + QStringLiteral("\n\n");
    md += counts.isEmpty() ? tr("No changes.") : counts.join(QStringLiteral(", ")) + u'.';
    md += QStringLiteral("\n");
    for (const Group &g : std::as_const(groups)) {
        if (g.bullets.isEmpty())
            continue;
        md += QStringLiteral("\n## ") + g.heading + QStringLiteral("\n\n");
        for (const QString &b : g.bullets)
            md += QStringLiteral("- ") + b + u'\n';
    }
    if (!formattingOnly.isEmpty())
        md += QStringLiteral("\n## ") + tr("Formatting only") + QStringLiteral("\n\n- ") +
              formattingOnly.join(QStringLiteral(", ")) + u'\n';
    return md;
}

} // namespace Specwright
