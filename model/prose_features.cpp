#include "prose_features.h"

#include <algorithm>
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
    for (qsizetype i = 0; i < n;) {
#if defined(__SSE2__)
        // Eight lower-case letters other than "v" and blanks at once: most of prose.
        if (i + 8 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const __m128i lower = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16('a' - 1)),
                                                _mm_cmplt_epi16(v, _mm_set1_epi16('z' + 1)));
            const __m128i letter = _mm_andnot_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('v')), lower);
            const __m128i plain = _mm_or_si128(letter, _mm_cmpeq_epi16(v, _mm_set1_epi16(' ')));
            if (_mm_movemask_epi8(plain) == 0xffff) {
                i += 8;
                continue;
            }
        }
#endif
        const qsizetype stop = std::min(n, i + 8);
        for (; i < stop; ++i) {
            const char16_t c = s[i];
            if (c >= 128 || !table.lead[c])
                continue;
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
        }
    }
    return f;
}

} // namespace Specwright
