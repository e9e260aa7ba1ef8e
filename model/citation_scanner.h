// The citation conventions of real specs, read from prose source text: ReSpec [[RFC8259]],
// [[?X]], [[!X]], [[X|text]]; kramdown-rfc {{RFC8259}}, {{-alias}}, {{Section 4 of -json}}
// citations, {{anchor}} / {{<anchor}} cross references and {: #anchor} attribute lines; and the
// YAML front matter (with kramdown-rfc's normative/informative reference lists).
#pragma once

#include "source_text.h"
#include "spec_elements.h"

namespace Specwright {

class CitationScanner
{
public:
    struct Found
    {
        QList<Citation> citations;
        QList<Reference> references;            // {{anchor}} cross references
        QList<std::pair<QString, int>> anchors; // {: #anchor} ids and their lines
    };

    // "---" on line 1, YAML, then "---" or "..."; endLine 0 when the file has none.
    static FrontMatter readFrontMatter(const SourceText &source);
    // Scans code-masked prose at `offset` and blanks what it read in `masked`, so later scans
    // (links, placeholders) do not see it.
    static Found scan(QString &masked, int offset, const SourceText &source,
                      const FrontMatter &frontMatter);
};

} // namespace Specwright
