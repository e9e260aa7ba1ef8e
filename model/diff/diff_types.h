// Plain value types of a section-aware diff between two versions of a spec.
#pragma once

#include "spec_elements.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Specwright {

// A run of text in a word-level diff.
struct DiffSegment
{
    enum Kind
    {
        Equal,
        Deleted,
        Inserted
    };
    Kind kind = Equal;
    QString text;
    bool operator==(const DiffSegment &) const = default;
};

struct BlockChange
{
    enum Kind
    {
        Equal,
        Added,
        Removed,
        Modified
    };
    Kind kind = Equal;
    BlockKind blockKind = BlockKind::Paragraph;
    QString oldText;
    QString newText;
    int oldLine = 0;          // 1-based first line in the old version; 0 when added
    int newLine = 0;          // 1-based first line in the new version; 0 when removed
    QList<DiffSegment> words; // for Modified blocks
    int wordsAdded = 0;
    int wordsRemoved = 0;
};

struct ExampleChange
{
    enum Kind
    {
        Added,
        Removed,
        AnswerChanged,
        Modified
    };
    Kind kind = Modified;
    QString title;
    QString detail; // e.g. "GOOD -> BAD"
};

enum class SectionStatus
{
    Unchanged,
    Modified,
    Added,
    Removed,
    Renamed,
    Moved
};
enum class SectionMatch
{
    None,
    Id,
    HeadingPath,
    Similarity
};

struct SectionChange
{
    SectionStatus status = SectionStatus::Unchanged;
    // Several may hold at once (a section can be renamed, moved and edited); status is the
    // most telling one: added/removed, else modified, else renamed, else moved.
    bool contentChanged = false;
    bool renamed = false;
    bool moved = false;
    SectionMatch matchedBy = SectionMatch::None;
    int oldIndex = -1;
    int newIndex = -1;
    QString oldId;
    QString newId;
    QString oldTitle;
    QString newTitle;
    int level = 1;
    int oldLine = 0;
    int newLine = 0;
    QList<BlockChange> blocks;
    QList<ExampleChange> examples;
    int wordsAdded = 0;
    int wordsRemoved = 0;

    QString id() const { return newId.isEmpty() ? oldId : newId; }
    QString title() const { return newTitle.isEmpty() ? oldTitle : newTitle; }
    bool isChange() const { return status != SectionStatus::Unchanged; }
};

struct DiffResult
{
    QList<SectionChange> sections; // new order; removed sections after their old predecessor

    int count(SectionStatus status) const
    {
        int n = 0;
        for (const SectionChange &s : sections)
            n += s.status == status ? 1 : 0;
        return n;
    }
    // Ids of all sections that are not unchanged, for commit messages.
    QStringList changedSectionIds() const
    {
        QStringList ids;
        for (const SectionChange &s : sections)
            if (s.isChange())
                ids.append(s.id());
        return ids;
    }
    bool isEmpty() const { return changedSectionIds().isEmpty(); }
};

} // namespace Specwright
