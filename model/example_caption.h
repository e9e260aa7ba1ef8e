// The "**Example**: title" paragraph that introduces an example fence: whether a paragraph is
// one, its plain title and its caption as written.
#pragma once

#include "markdown_tree.h"

#include <QString>

namespace Specwright {

class ExampleCaption
{
public:
    // "**Example**: title" (also "**Example:** title"); `title` gets the plain title.
    static bool isTitle(MarkdownNode paragraph, QString *title);
    // The caption after "**Example**:" as written, on one line: the lead
    // `^\s*(\*\*|__)\s*Examples?\s*:?\s*(\*\*|__)\s*:?\s*` (any case) is dropped.
    static QString captionMarkdown(QStringView paragraph);
    // The strong text of a caption: `^\s*Examples?\b\s*:?\s*$` in any case, after one trailing
    // ":" is dropped, as QRegularExpression reads it (ASCII \s and \w, "\u017f" folds to "s").
    static bool isExampleLabel(QStringView strong);
};

} // namespace Specwright
