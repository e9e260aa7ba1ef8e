// Finds inline constructs in the source text of prose blocks: references, footnote tags and
// markers. Works on source text (not on cmark inlines) so every hit has an exact position.
#pragma once

#include "source_text.h"
#include "spec_elements.h"

namespace Specwright {

class ProseScanner
{
public:
    // Replaces inline code spans, HTML comments and autolinks with spaces (same length), so
    // later scans never look into them while offsets stay valid.
    static QString maskCode(QStringView text);
    // Also blanks link destinations `](...)` and heading attribute blocks: what remains is the
    // text a reader sees, for statements and markers.
    static QString maskNonProse(QStringView text);
    // maskNonProse() for text that maskCode() already masked.
    static QString maskLinks(QString codeMasked);

    // Scans [text](dest) links. `offset` is the UTF-16 offset of text[0] in the source.
    static QList<Reference> findReferences(QStringView maskedCode, int offset,
                                           const SourceText &source);
    static QList<FootnoteTag> findFootnotes(QStringView maskedCode, int offset,
                                            const SourceText &source);
    static QList<Marker> findMarkers(QStringView maskedProse, int offset, const SourceText &source);
    // Removes Markdown emphasis and link syntax for display: "**FR-001**: x" -> "FR-001: x".
    static QString plainSentence(QStringView markdown);
};

} // namespace Specwright
