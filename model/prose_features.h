// What one prose block may hold, found in one pass over its source text: the lead characters
// and pairs that gate the parser's scans (code spans, links, footnotes, citations, anchors,
// markers, scenarios). A flag is exact for the text it was computed on, and for text masked
// from it (masking only writes spaces, which none of the sequences contain) it is a superset:
// "false" always means the scan would find nothing.
#pragma once

#include <QStringView>

namespace Specwright {

class ProseFeatures
{
public:
    static ProseFeatures of(QStringView text);

    bool backtick = false; // "`": code spans
    bool lessThan = false; // "<": comments, autolinks, inline HTML
    bool brace = false;    // "{": attribute blocks
    bool anchor = false;   // "<a "
    bool linkTail = false; // "]("
    bool term = false;     // "](@)"
    bool footnote = false; // "[^"
    bool citation = false; // "[[", "{{" or "{:"
    bool marker = false;   // "[" before A-Z, "TO", "TB", "FI", "XX"
    bool given = false;    // "iven" or "IVEN" ("Given" in any case)
    bool dash = false;     // "-"
};

} // namespace Specwright
