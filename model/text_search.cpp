#include "text_search.h"

namespace Specwright {

namespace {

// How common an ASCII character is in prose (0 rare .. 3 very common): a needle is searched by
// its rarest character. Other characters count as letters.
struct Commonness
{
    unsigned char rank[128] = {};
    constexpr Commonness()
    {
        for (int c = 0; c < 128; ++c) {
            const bool alnum =
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            rank[c] = alnum ? 2 : 0;
        }
        for (const char c : {' ', 'e', 't', 'a', 'o', 'i', 'n', 's', 'r', 'h', 'l'})
            rank[int(c)] = 3;
        for (const char c : {'[', ']', '(', ')', '<', '>', '.', ','})
            rank[int(c)] = 1;
    }
};

int commonness(QChar c)
{
    static constexpr Commonness table;
    return c.unicode() < 128 ? table.rank[c.unicode()] : 2;
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
