#include "text_search.h"

namespace Specwright {

namespace {

// How common a character is in prose: a needle is searched by its rarest character.
int commonness(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'e':
    case u't':
    case u'a':
    case u'o':
    case u'i':
    case u'n':
    case u's':
    case u'r':
    case u'h':
    case u'l':
        return 3;
    case u'[':
    case u']':
    case u'(':
    case u')':
    case u'<':
    case u'>':
    case u'.':
    case u',':
        return 1;
    default:
        return c.isLetterOrNumber() ? 2 : 0;
    }
}

} // namespace

qsizetype TextSearch::indexOf(QStringView haystack, QStringView needle, qsizetype from)
{
    const qsizetype n = haystack.size();
    const qsizetype m = needle.size();
    if (from < 0)
        from = 0;
    if (m == 0)
        return from <= n ? from : -1;
    if (m > n - from)
        return -1;
    qsizetype pivot = 0;
    for (qsizetype k = 1; k < m; ++k) {
        if (commonness(needle[k]) < commonness(needle[pivot]))
            pivot = k;
    }
    const QChar key = needle[pivot];
    // A match at `start` has `key` at start + pivot.
    for (qsizetype at = haystack.indexOf(key, from + pivot); at >= 0 && at - pivot + m <= n;
         at = haystack.indexOf(key, at + 1)) {
        const qsizetype start = at - pivot;
        if (haystack.sliced(start, m) == needle)
            return start;
    }
    return -1;
}

} // namespace Specwright
