// A lint finding: rule id, severity, source range, message and optional fixes.
#pragma once

#include "spec_elements.h"

namespace Specwright {

enum class Severity
{
    Error,
    Warning,
    Info
};

// Replace [startOffset, endOffset) of the document text (UTF-16 offsets) with newText.
struct TextEdit
{
    int startOffset = 0;
    int endOffset = 0;
    QString newText;
    bool operator==(const TextEdit &) const = default;
};

struct Fix
{
    QString title; // user-visible, translated
    QList<TextEdit> edits;
    // Set instead of edits by "Add to dictionary": the word goes into the workspace words file.
    QString dictionaryWord = {};
};

struct Diagnostic
{
    QString ruleId; // stable, e.g. "reference/broken"
    Severity severity = Severity::Warning;
    QString file; // path of the spec the range is in
    SourceRange range;
    QString message; // user-visible, translated
    QList<Fix> fixes;
};

} // namespace Specwright
