// Plain value types of a section-aware diff between two versions of a spec.
#pragma once

#include "spec_document.h"
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
    int oldEndLine = 0;       // last line in the old version
    int newEndLine = 0;       // last line in the new version
    QList<DiffSegment> words; // for Modified blocks
    int wordsAdded = 0;
    int wordsRemoved = 0;
    bool formattingOnly = false; // Modified, but only reflowed, re-marked-up or re-spaced
};

// A heading attribute whose value changed, appeared (oldValue empty) or went (newValue empty).
struct AttributeChange
{
    QString key;
    QString oldValue;
    QString newValue;
    bool operator==(const AttributeChange &) const = default;
};

// One normative sentence (must/should/may...) compared across the two versions.
struct StatementChange
{
    enum Kind
    {
        Added,
        Removed,
        Strengthened, // may -> should -> must
        Weakened,
        Negated,  // must -> must not, or back
        Reworded, // same force, other words
    };
    Kind kind = Added;
    QString oldText;
    QString newText;
    QString oldKeyword; // as written ("SHOULD", "must not")
    QString newKeyword;
    Modality oldModality = Modality::None;
    Modality newModality = Modality::None;
    int oldLine = 0;
    int newLine = 0;
    QList<DiffSegment> words; // old -> new sentence, for paired statements
};

struct ExampleChange
{
    enum Kind
    {
        Added,
        Removed,
        LabelFlipped,     // an answer's GOOD/BAD/OK label changed
        RationaleChanged, // the reason after the label changed
        AnswerAdded,
        AnswerRemoved,
        Modified // other edits of the turns
    };
    Kind kind = Modified;
    QString title;
    QString detail;    // e.g. "GOOD → BAD: Never water."
    int oldIndex = -1; // into the old document's examples()
    int newIndex = -1; // into the new document's examples()
    int oldLine = 0;
    int newLine = 0;
};

enum class SectionStatus
{
    Unchanged,
    Modified,
    Added,
    Removed,
    Renamed,
    Moved,
    Reordered,     // same parent, another place among its siblings
    FormattingOnly // reflow, emphasis markers, whitespace, heading level within the same tree
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
    // most telling one: added/removed, else modified, renamed, moved, reordered, formatting.
    bool contentChanged = false; // text, examples or attributes (not formatting alone)
    bool renamed = false;        // title or id
    bool moved = false;          // its parent changed
    bool reordered = false;      // same parent, other position among the siblings
    bool formattingOnly = false; // formatting changed and nothing else in the content
    bool levelChanged = false;   // heading level, with the same parent
    SectionMatch matchedBy = SectionMatch::None;
    int oldIndex = -1;
    int newIndex = -1;
    QString oldId;
    QString newId;
    QString oldTitle;
    QString newTitle;
    int level = 1;
    int oldLevel = 1;
    int oldLine = 0;
    int newLine = 0;
    QString oldParentId; // for moved sections; empty at the top level
    QString newParentId;
    QString oldParentTitle;
    QString newParentTitle;
    QList<AttributeChange> attributes;
    QList<BlockChange> blocks;
    QList<StatementChange> statements;
    QList<ExampleChange> examples;
    int wordsAdded = 0;
    int wordsRemoved = 0;

    QString id() const { return newId.isEmpty() ? oldId : newId; }
    QString title() const { return newTitle.isEmpty() ? oldTitle : newTitle; }
    bool isChange() const { return status != SectionStatus::Unchanged; }
    // Formatting alone does not change what a spec says.
    bool isMeaningfulChange() const
    {
        return isChange() && status != SectionStatus::FormattingOnly;
    }
    const AttributeChange *attributeChange(const QString &key) const
    {
        for (const AttributeChange &a : attributes)
            if (a.key == key)
                return &a;
        return nullptr;
    }
};

struct DiffResult
{
    QList<SectionChange> sections; // new order; removed sections after their old predecessor
    // The two parsed versions (set by the SectionDiff::compute overloads that own them), for
    // writers that render the text as the preview does.
    SpecDocument::Ptr oldDocument;
    SpecDocument::Ptr newDocument;

    int count(SectionStatus status) const
    {
        int n = 0;
        for (const SectionChange &s : sections)
            n += s.status == status ? 1 : 0;
        return n;
    }
    // Ids of all sections whose content or place changed, for commit messages.
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
