// Plain value types of the trace index: requirements and acceptance criteria with their ids,
// references to them, tasks, defined terms and the word forms a file uses. Like the document
// model they hold no pointers, so per-file results are shared between index snapshots.
#pragma once

#include "spec_elements.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Specwright {

enum class RequirementKind
{
    Requirement,         // Kiro "### Requirement N"
    AcceptanceCriterion, // Kiro "N.M" under "#### Acceptance Criteria"
    Functional,          // spec-kit FR-### (also NFR-###)
    SuccessCriterion,    // spec-kit SC-###
    UserStory,           // spec-kit "### User Story N - Title (Priority: P1)", cited as [USN]
    Custom               // an id matching a [trace] pattern of specwright.toml
};

// "requirement", "acceptance-criterion", "functional", "success-criterion", "user-story", "custom"
QString requirementKindName(RequirementKind kind);

struct Requirement
{
    QString id; // "1", "1.2", "FR-001", "US1", or what a user pattern matched
    RequirementKind kind = RequirementKind::Requirement;
    QString file;   // relative to the workspace root
    QString scope;  // the folder the id is unique in: the feature folder of its file
    QString parent; // "1" for "1.2"
    QString text;   // the criterion or requirement sentence, plain
    QString form;   // EARS form of a criterion (WHEN, IF, WHILE, WHERE, ubiquitous); priority
    int line = 0;
    SourceRange range; // the id as written
};

// Where a reference stands, which decides whether it covers its target.
enum class TraceContextKind
{
    Task,    // a task list item (or the lines under it)
    Test,    // a file that is a test
    Example, // inside an example
    Design,  // a design or plan that validates a requirement
    Other
};

QString traceContextName(TraceContextKind kind);

struct TraceReference
{
    QString file;
    QString target; // the id as the requirement has it ("1.2", "FR-003", "US1")
    TraceContextKind context = TraceContextKind::Other;
    bool numeric = false; // a Kiro "Requirements 1.2" citation: only meaningful beside Kiro specs
    int task = -1;        // index into FileTrace::tasks of the citing task
    int line = 0;
    SourceRange range;
};

struct TraceTask
{
    QString id; // "T012", "2.1", or empty
    QString text;
    bool done = false;
    int indent = 0;
    int parent = -1; // enclosing task in the same file
    int citations = 0;
    int line = 0;
    SourceRange range; // the task's first line
};

enum class TermSource
{
    GlossaryHeading, // a heading below a terminology / glossary / definitions section
    BoldDefinition,  // "**Term**: meaning" or "- **Term** - meaning" in such a section
    KeyEntity,       // spec-kit "Key Entities" list
    Attribute        // a code-like heading below an "... Attributes" section
};

struct DefinedTerm
{
    QString term; // as defined
    QString key;  // lower case without spaces, hyphens and underscores
    TermSource source = TermSource::GlossaryHeading;
    bool identifier = false; // code-like (datacontenttype): case matters
    QString file;
    int line = 0;
    SourceRange range;
};

// A word form a file uses: "protocol binding" written as "Protocol-Binding" on line 12.
struct TermForm
{
    QString form;
    int count = 0;
    int firstLine = 0;
    int firstOffset = -1;
    int proseCount = 0; // occurrences outside inline code
    int firstProseOffset = -1;
};

// A name an EARS sentence uses as its system ("THE Auth_Service SHALL"): a defined name.
struct NameUse
{
    QString name;
    QString key;
    int line = 0;
    SourceRange range;
};

// Everything the trace index knows about one file; rebuilt only when the file changes.
struct FileTrace
{
    QString file;
    QList<Requirement> requirements;
    QList<TraceReference> references;
    QList<TraceTask> tasks;
    QList<DefinedTerm> terms;
    QList<NameUse> nameUses;
    // key -> forms of word sequences of up to 4 words, for the keys of the workspace's defined
    // terms and their plurals only
    QHash<QString, QList<TermForm>> forms;
    bool isTaskFile = false;
    bool isTestFile = false;
};

} // namespace Specwright
