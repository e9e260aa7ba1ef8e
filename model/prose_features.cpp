#include "prose_features.h"

#include <algorithm>
#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Specwright {

namespace {

// The ASCII characters at which a sequence of ProseFeatures can start (or, for "iven", its
// rarest letter): every other character is skipped with one table look-up.
struct LeadTable
{
    bool lead[128] = {};
    constexpr LeadTable()
    {
        for (const char c : {'`', '<', '{', '[', ']', '-', 'T', 'F', 'X', 'v', 'V'})
            lead[int(c)] = true;
    }
};

} // namespace

ProseFeatures ProseFeatures::of(QStringView text)
{
    static constexpr LeadTable table;
    ProseFeatures f;
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    // The character after i, or 0 past the end.
    auto at = [s, n](qsizetype i) -> char16_t { return i < n ? s[i] : char16_t(0); };
    // Sets the flags a lead character at i starts.
    auto visit = [&](qsizetype i) {
        const char16_t c = s[i];
        const char16_t next = at(i + 1);
        switch (c) {
        case u'`':
            f.backtick = true;
            break;
        case u'<':
            f.lessThan = true;
            if (next == u'a' && at(i + 2) == u' ')
                f.anchor = true;
            break;
        case u'{':
            f.brace = true;
            if (next == u'{' || next == u':')
                f.citation = true;
            break;
        case u'[':
            if (next == u'^')
                f.footnote = true;
            else if (next == u'[')
                f.citation = true;
            else if (next >= u'A' && next <= u'Z')
                f.marker = true;
            break;
        case u']':
            if (next == u'(') {
                f.linkTail = true;
                if (at(i + 2) == u'@' && at(i + 3) == u')')
                    f.term = true;
            }
            break;
        case u'-':
            f.dash = true;
            break;
        case u'T':
            if (next == u'O' || next == u'B')
                f.marker = true;
            break;
        case u'F':
            if (next == u'I')
                f.marker = true;
            break;
        case u'X':
            if (next == u'X')
                f.marker = true;
            break;
        case u'v':
            if (i > 0 && s[i - 1] == u'i' && next == u'e' && at(i + 2) == u'n')
                f.given = true;
            break;
        case u'V':
            if (i > 0 && s[i - 1] == u'I' && next == u'E' && at(i + 2) == u'N')
                f.given = true;
            break;
        default:
            break;
        }
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight characters at a time: the lead characters among them, one bit each, are visited;
    // most chunks of prose hold none.
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const auto equal = [v](char16_t c) { return _mm_cmpeq_epi16(v, _mm_set1_epi16(short(c))); };
        const __m128i leads =
            _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_or_si128(equal(u'`'), equal(u'<')),
                                                   _mm_or_si128(equal(u'{'), equal(u'['))),
                                      _mm_or_si128(_mm_or_si128(equal(u']'), equal(u'-')),
                                                   _mm_or_si128(equal(u'T'), equal(u'F')))),
                         _mm_or_si128(_mm_or_si128(equal(u'X'), equal(u'v')), equal(u'V')));
        for (unsigned mask =
                 unsigned(_mm_movemask_epi8(_mm_packs_epi16(leads, _mm_setzero_si128())));
             mask; mask &= mask - 1)
            visit(i + std::countr_zero(mask));
    }
#endif
    for (; i < n; ++i) {
        if (s[i] < 128 && table.lead[s[i]])
            visit(i);
    }
    return f;
}

} // namespace Specwright
