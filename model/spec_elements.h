// Plain value types that make up a parsed SpecDocument. They are copied into immutable
// snapshots, so they hold no pointers: links between elements are indexes.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Specwright {

// A span of source text. Lines are 1-based; columns are 1-based UTF-16 columns; offsets are
// UTF-16 offsets into the document text (what QTextCursor::setPosition expects).
struct SourceRange
{
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0;
    int endColumn = 0; // inclusive
    int startOffset = -1;
    int endOffset = -1; // exclusive

    bool isValid() const { return startLine > 0; }
    bool containsLine(int line) const { return line >= startLine && line <= endLine; }
    bool operator==(const SourceRange &) const = default;
};

struct Attribute
{
    QString key;
    QString value;
    bool operator==(const Attribute &) const = default;
};

// A heading and the text up to the next heading of the same or a higher level: an "intent".
struct Section
{
    QString title; // heading text without the attribute block
    QString id;    // explicit {#id} or a GitHub-style slug
    bool explicitId = false;
    int level = 1;
    QList<Attribute> attributes; // key=value pairs in source order (classes have key "class")
    int headingLine = 0;
    int bodyEndLine = 0; // last line before the next heading of any level
    int endLine = 0;     // last line before the next heading of the same or a higher level
    SourceRange headingRange;
    SourceRange attributeRange; // the {...} block, when present
    int parent = -1;
    QList<int> children;
    QList<int> examples;   // indexes into SpecDocument::examples()
    QList<int> statements; // indexes into SpecDocument::statements()

    QString attribute(const QString &key) const
    {
        for (const Attribute &a : attributes)
            if (a.key == key)
                return a.value;
        return {};
    }
};

enum class Modality
{
    None,
    Must,
    MustNot,
    Shall,
    ShallNot,
    Should,
    ShouldNot,
    May,
    MayNot,
    Required,
    Recommended,
    NotRecommended,
    Optional,
    Can,
    Will
};

enum class StatementKind
{
    Normative,   // contains a modal keyword
    Requirement, // has a requirement id (FR-001, SC-001, NFR-1, ...) but no modal
    Scenario,    // Given / When / Then
    Ears         // WHEN/WHILE/IF/WHERE ... THE <system> SHALL ...
};

struct Statement
{
    StatementKind kind = StatementKind::Normative;
    QString text;    // the sentence with Markdown emphasis markers removed
    QString keyword; // the modal as written, e.g. "MUST NOT", "should"
    Modality modality = Modality::None;
    bool negated = false;
    bool upperCaseKeyword = false;
    QString requirementId; // FR-001, SC-002 ... when the sentence carries one
    int section = -1;
    SourceRange range; // the sentence
    SourceRange keywordRange;
};

enum class MarkerKind
{
    NeedsClarification,
    Todo,
    Tbd,
    Fixme,
    Placeholder
};

// Unfinished text a writer left: [NEEDS CLARIFICATION: ...], TODO, TBD, [FEATURE NAME].
struct Marker
{
    MarkerKind kind = MarkerKind::Todo;
    QString text;
    int section = -1;
    SourceRange range;
};

enum class AnswerLabel
{
    None,
    Good,
    Bad,
    Ok
};

// The label as written in a spec ("GOOD", "BAD", "OK"); empty for None.
inline QString answerLabelName(AnswerLabel label)
{
    switch (label) {
    case AnswerLabel::Good:
        return QStringLiteral("GOOD");
    case AnswerLabel::Bad:
        return QStringLiteral("BAD");
    case AnswerLabel::Ok:
        return QStringLiteral("OK");
    case AnswerLabel::None:
        break;
    }
    return {};
}

// A block inside an example that is not a turn of its own: <untrusted> text (data without
// authority, usually inside a developer or user turn) or <settings> (how the conversation is set
// up). Inside a turn it stays in the turn's text as written; the block records where it is.
struct ExampleBlock
{
    enum class Kind
    {
        Untrusted,
        Settings
    };
    Kind kind = Kind::Untrusted;
    QList<Attribute> attributes;
    QString text; // the body without the tags
    int startLine = 0;
    int endLine = 0;
    int beforeTurn = -1; // top-level blocks: index of the turn that follows (turns.size() at end)
};

struct ExampleTurn
{
    QString role;                // system, developer, user, assistant, tool
    QList<Attribute> attributes; // name=, recipient=, end_turn=, comment= ... in source order
    QString text;
    AnswerLabel label = AnswerLabel::None;
    QString rationale;         // plain text; links show their target's title
    QString rationaleMarkdown; // as written, links included
    QString violatedSection;   // from <!-- BAD#id: ... --> or <!-- BAD[#id]: ... -->
    bool inComparison = false;
    int comparisonIndex = -1; // which <comparison> block of the example
    int startLine = 0;
    int endLine = 0;
    QList<ExampleBlock> blocks; // <untrusted> / <settings> inside the turn's text
    bool elidedBefore = false;  // a "[...]" line stands between the previous turn and this one

    QString attribute(const QString &key) const
    {
        for (const Attribute &a : attributes)
            if (a.key == key)
                return a.value;
        return {};
    }
};

enum class ExampleKind
{
    Conversation, // a Model-Spec ~~~xml fence of turns
    InputOutput   // a CommonMark-style "example" fence: input, a "." line, expected output
};

struct Example
{
    ExampleKind kind = ExampleKind::Conversation;
    QString title;         // plain text; [?](#id) links show their target's title
    QString titleMarkdown; // the caption as written
    QString input;         // InputOutput examples
    QString expectedOutput;
    int section = -1;
    QString language;   // fence info, normally "xml"
    QString sourceFile; // empty when inline; the examples/<tag>.md path for eval prompts
    QString evalTag;    // the footnote tag for eval prompt examples
    QList<ExampleTurn> turns;
    QList<ExampleBlock> blocks; // top-level <settings> / <untrusted> blocks, between turns
    int comparisonCount = 0;
    bool trailingElision = false; // "[...]" after the last turn
    SourceRange range;            // from the title paragraph to the closing fence
    SourceRange titleRange;
    QList<QString> problems; // e.g. an unclosed <assistant>

    bool hasLabels() const
    {
        for (const ExampleTurn &t : turns)
            if (t.label != AnswerLabel::None)
                return true;
        return false;
    }

    // Decision points are the <comparison> blocks, in source order (0 .. comparisonCount-1).
    // The conversation a model sees at decision point `comparison`: every turn outside a
    // comparison that comes before it, and for each earlier comparison its preferred answer
    // (the first GOOD, else the first OK), as indexes into `turns`, in source order.
    QList<int> contextTurns(int comparison) const
    {
        QList<int> out;
        int preferredOf = -1; // the earlier comparison whose preferred answer is still missing
        for (int i = 0; i < turns.size(); ++i) {
            const ExampleTurn &t = turns.at(i);
            if (!t.inComparison) {
                out.append(i);
                continue;
            }
            if (t.comparisonIndex >= comparison)
                break;
            if (t.comparisonIndex != preferredOf && preferredAnswer(t.comparisonIndex) == i) {
                out.append(i);
                preferredOf = t.comparisonIndex;
            }
        }
        return out;
    }
    // The labelled (or unlabelled) alternatives of decision point `comparison`.
    QList<int> answerTurns(int comparison) const
    {
        QList<int> out;
        for (int i = 0; i < turns.size(); ++i)
            if (turns.at(i).inComparison && turns.at(i).comparisonIndex == comparison)
                out.append(i);
        return out;
    }
    // The answer that continues the conversation after a decision point: the first GOOD, else
    // the first OK; -1 when there is neither.
    int preferredAnswer(int comparison) const
    {
        int ok = -1;
        for (int i : answerTurns(comparison)) {
            if (turns.at(i).label == AnswerLabel::Good)
                return i;
            if (turns.at(i).label == AnswerLabel::Ok && ok < 0)
                ok = i;
        }
        return ok;
    }
};

enum class ReferenceKind
{
    Section,
    QuestionMark,
    File,
    External,
    Footnote
};
enum class ResolutionState
{
    Unresolved,
    Resolved,
    Unchecked
};

struct Reference
{
    ReferenceKind kind = ReferenceKind::Section;
    QString text;       // link text as written ("?" for [?](#id))
    QString target;     // the raw destination
    QString targetFile; // empty for same-file references
    QString targetId;   // empty for a whole-file reference
    ResolutionState state = ResolutionState::Unchecked;
    QString resolvedTitle; // the target section's title once resolved
    int section = -1;
    SourceRange range;
};

// A bibliographic citation: ReSpec [[RFC8259]], [[?X]] (informative), [[!X]] (normative),
// [[X|shown text]]; kramdown-rfc {{RFC8259}}, {{-alias}}, {{Section 4 of -json}}.
struct Citation
{
    QString key;     // RFC8259, OpenAPI-Learn, -json
    QString text;    // as written, brackets included
    QString display; // the text after "|", when given
    bool normative = false;
    bool informative = false;
    int section = -1;
    SourceRange range;
};

// YAML front matter at the top of a file (CommonMark's spec, kramdown-rfc drafts).
struct FrontMatter
{
    int startLine = 0; // 0 without front matter
    int endLine = 0;
    QString title;
    QStringList normativeReferences;   // kramdown-rfc "normative:" keys
    QStringList informativeReferences; // kramdown-rfc "informative:" keys
};

// A footnote tag such as [^m12p]. Model-Spec eval prompts for it live in examples/m12p.md.
struct FootnoteTag
{
    QString tag;
    bool isDefinition = false; // [^tag]: text
    int section = -1;
    SourceRange range;
    QString examplesFile; // absolute path when examples/<tag>.md exists
};

enum class BlockKind
{
    Heading,
    Paragraph,
    CodeFence,
    IndentedCode,
    HtmlBlock,
    Table,
    ThematicBreak,
    Admonition,
    ExampleTitle,
    FootnoteDefinition
};

// A leaf block of the document with the context it stands in. Lint rules use these to know
// which text is prose.
struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    int startLine = 0;
    int endLine = 0;
    int section = -1;
    int listDepth = 0;
    bool inQuote = false;
    bool inAdmonition = false;
    bool inTable = false;
    QString info; // fence info string or admonition type
};

// A !!! type "title" block (Python-Markdown admonition) with an indented body.
struct Admonition
{
    QString type;
    QString title;
    int section = -1;
    int startLine = 0;
    int endLine = 0;
};

enum class ProblemKind
{
    InvalidUtf8,
    EmptyFile,
    HugeLine,
    UnterminatedFence,
    DuplicateId,
    MalformedAttributes,
    MalformedExample,
    UnreadableFile,
    DeepNesting // quotes or lists nested past SpecParser::maxNestingDepth: inner part skipped
};

// Something the parser noticed and tolerated; the lint engine reports these.
struct ParseProblem
{
    ProblemKind kind = ProblemKind::InvalidUtf8;
    int line = 0;
    QString message;
};

} // namespace Specwright

// Every element is made of Qt's implicitly shared containers and plain values, none of which
// points into itself: the lists of a document grow by moving their memory, not element by
// element (a 5 MB spec has tens of thousands of blocks, statements and turns).
Q_DECLARE_TYPEINFO(Specwright::Attribute, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Section, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Statement, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Marker, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::ExampleBlock, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::ExampleTurn, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Example, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Reference, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Citation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::FootnoteTag, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Block, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::Admonition, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Specwright::ParseProblem, Q_RELOCATABLE_TYPE);
