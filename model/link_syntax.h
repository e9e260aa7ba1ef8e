// Inline link syntax in prose source text, read by hand: what the link patterns of the prose
// scanner matched ("[text](dest "title")" and the "](dest)" tail), with the same leftmost,
// non-overlapping hits, without a regular expression per block.
#pragma once

#include <QList>
#include <QStringView>

namespace Specwright {

class LinkSyntax
{
public:
    struct Link
    {
        qsizetype start = 0; // at "!" for images, else at "["
        qsizetype end = 0;   // after ")"
        bool image = false;
        qsizetype textStart = 0; // the text between the outer brackets
        qsizetype textEnd = 0;
        qsizetype targetStart = 0; // the destination without "<" ">" and title
        qsizetype targetEnd = 0;
    };

    // [text](dest) and ![alt](dest): the text may hold one level of [nested] brackets; the
    // destination may stand in <...> and be followed by a "title".
    static QList<Link> inlineLinks(QStringView text);
    // Spans [start, end) from "](" to the closing ")" of a destination, which may hold one
    // (balanced) pair of parentheses and a "title".
    static QList<std::pair<qsizetype, qsizetype>> destinations(QStringView text);
};

} // namespace Specwright
