// Shows the citation conventions of real specs in rendered text: ReSpec [[RFC8259|JSON]] and
// kramdown-rfc {{RFC8259}} as <cite>, kramdown-rfc {{anchor}} cross references as links with
// the target section's title, and {: #anchor} attribute lines as named anchors.
#pragma once

#include "spec_document.h"

#include <QString>

namespace Specwright {

class CitationHtml
{
public:
    // Quick test: whether a text may hold one of the conventions.
    static bool mayHold(const QByteArray &text);
    // The HTML for a text node's literal, escaped, with the conventions written out; empty
    // when the text holds none.
    static QString rewrite(const QString &text, const SpecDocument &document);
};

} // namespace Specwright
