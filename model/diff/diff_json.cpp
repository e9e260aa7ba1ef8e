#include "diff_json.h"

#include "diff_summary.h"
#include "statement_diff.h"

#include <QJsonArray>

namespace Specwright {

QString DiffJson::statusName(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Added:
        return QStringLiteral("added");
    case SectionStatus::Removed:
        return QStringLiteral("removed");
    case SectionStatus::Modified:
        return QStringLiteral("modified");
    case SectionStatus::Renamed:
        return QStringLiteral("renamed");
    case SectionStatus::Moved:
        return QStringLiteral("moved");
    case SectionStatus::Reordered:
        return QStringLiteral("reordered");
    case SectionStatus::FormattingOnly:
        return QStringLiteral("formatting-only");
    case SectionStatus::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QString DiffJson::exampleChangeName(ExampleChange::Kind kind)
{
    switch (kind) {
    case ExampleChange::Added:
        return QStringLiteral("added");
    case ExampleChange::Removed:
        return QStringLiteral("removed");
    case ExampleChange::LabelFlipped:
        return QStringLiteral("label-flipped");
    case ExampleChange::RationaleChanged:
        return QStringLiteral("rationale-changed");
    case ExampleChange::AnswerAdded:
        return QStringLiteral("answer-added");
    case ExampleChange::AnswerRemoved:
        return QStringLiteral("answer-removed");
    case ExampleChange::Modified:
        break;
    }
    return QStringLiteral("modified");
}

QJsonObject DiffJson::toJson(const DiffResult &result, bool withUnchanged)
{
    static const char *const blockKinds[] = {"equal", "added", "removed", "modified"};
    static const char *const segmentKinds[] = {"equal", "deleted", "inserted"};
    QJsonArray sections;
    for (const SectionChange &s : result.sections) {
        if (!withUnchanged && !s.isChange())
            continue;
        QJsonObject o{{QStringLiteral("status"), statusName(s.status)},
                      {QStringLiteral("oldId"), s.oldId},
                      {QStringLiteral("newId"), s.newId},
                      {QStringLiteral("oldTitle"), s.oldTitle},
                      {QStringLiteral("newTitle"), s.newTitle},
                      {QStringLiteral("oldLine"), s.oldLine},
                      {QStringLiteral("newLine"), s.newLine},
                      {QStringLiteral("renamed"), s.renamed},
                      {QStringLiteral("moved"), s.moved},
                      {QStringLiteral("reordered"), s.reordered},
                      {QStringLiteral("formattingOnly"), s.formattingOnly},
                      {QStringLiteral("levelChanged"), s.levelChanged},
                      {QStringLiteral("oldLevel"), s.oldLevel},
                      {QStringLiteral("newLevel"), s.level},
                      {QStringLiteral("contentChanged"), s.contentChanged},
                      {QStringLiteral("wordsAdded"), s.wordsAdded},
                      {QStringLiteral("wordsRemoved"), s.wordsRemoved}};
        if (s.moved || s.renamed) {
            o.insert(QStringLiteral("oldParentId"), s.oldParentId);
            o.insert(QStringLiteral("newParentId"), s.newParentId);
            o.insert(QStringLiteral("oldParentTitle"), s.oldParentTitle);
            o.insert(QStringLiteral("newParentTitle"), s.newParentTitle);
        }
        QJsonArray attributes;
        for (const AttributeChange &a : s.attributes)
            attributes.append(QJsonObject{{QStringLiteral("key"), a.key},
                                          {QStringLiteral("old"), a.oldValue},
                                          {QStringLiteral("new"), a.newValue}});
        o.insert(QStringLiteral("attributes"), attributes);
        QJsonArray statements;
        for (const StatementChange &st : s.statements)
            statements.append(QJsonObject{
                {QStringLiteral("kind"), StatementDiff::kindName(st.kind)},
                {QStringLiteral("oldModality"), StatementDiff::modalityName(st.oldModality)},
                {QStringLiteral("newModality"), StatementDiff::modalityName(st.newModality)},
                {QStringLiteral("oldKeyword"), st.oldKeyword},
                {QStringLiteral("newKeyword"), st.newKeyword},
                {QStringLiteral("oldText"), st.oldText},
                {QStringLiteral("newText"), st.newText},
                {QStringLiteral("oldLine"), st.oldLine},
                {QStringLiteral("newLine"), st.newLine}});
        o.insert(QStringLiteral("statements"), statements);
        QJsonArray blocks;
        for (const BlockChange &b : s.blocks) {
            if (b.kind == BlockChange::Equal)
                continue;
            QJsonObject bo{{QStringLiteral("kind"), QLatin1String(blockKinds[b.kind])},
                           {QStringLiteral("oldLine"), b.oldLine},
                           {QStringLiteral("newLine"), b.newLine}};
            if (b.formattingOnly)
                bo.insert(QStringLiteral("formattingOnly"), true);
            if (b.kind == BlockChange::Modified) {
                QJsonArray words;
                for (const DiffSegment &w : b.words)
                    if (w.kind != DiffSegment::Equal)
                        words.append(QJsonObject{
                            {QStringLiteral("kind"), QLatin1String(segmentKinds[w.kind])},
                            {QStringLiteral("text"), w.text}});
                bo.insert(QStringLiteral("words"), words);
            } else {
                bo.insert(QStringLiteral("text"),
                          b.kind == BlockChange::Added ? b.newText : b.oldText);
            }
            blocks.append(bo);
        }
        o.insert(QStringLiteral("blocks"), blocks);
        QJsonArray examples;
        for (const ExampleChange &e : s.examples)
            examples.append(QJsonObject{{QStringLiteral("kind"), exampleChangeName(e.kind)},
                                        {QStringLiteral("title"), e.title},
                                        {QStringLiteral("detail"), e.detail},
                                        {QStringLiteral("oldLine"), e.oldLine},
                                        {QStringLiteral("newLine"), e.newLine}});
        o.insert(QStringLiteral("examples"), examples);
        sections.append(o);
    }
    // Counts from the same per-section flags as the summary of every other view.
    const DiffSummary summary = DiffSummary::of(result);
    QJsonObject counts;
    for (const DiffSummary::Entry &e : summary.entries())
        counts.insert(DiffSummary::key(e.item), e.count);
    counts.insert(QStringLiteral("sectionsUnchanged"), summary.unchangedSections());
    QJsonObject statuses;
    for (SectionStatus st : {SectionStatus::Added, SectionStatus::Removed, SectionStatus::Modified,
                             SectionStatus::Renamed, SectionStatus::Moved, SectionStatus::Reordered,
                             SectionStatus::FormattingOnly, SectionStatus::Unchanged})
        statuses.insert(statusName(st), result.count(st));
    return QJsonObject{{QStringLiteral("summary"), counts},
                       {QStringLiteral("statuses"), statuses},
                       {QStringLiteral("sections"), sections}};
}

} // namespace Specwright
