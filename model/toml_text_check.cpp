#include "toml_text_check.h"

namespace Specwright {

bool TomlTextCheck::findBareNonAscii(const QString &text, int *line, int *column)
{
    const qsizetype n = text.size();
    int ln = 1;
    qsizetype lineStart = 0;
    auto at = [&](qsizetype i) { return i < n ? text.at(i).unicode() : char16_t(0); };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n') {
            ++ln;
            lineStart = i + 1;
        } else if (c == u'#') {
            while (i + 1 < n && at(i + 1) != u'\n')
                ++i;
        } else if (c == u'"' || c == u'\'') {
            const bool multi = at(i + 1) == c && at(i + 2) == c;
            const bool escapes = c == u'"';
            i += multi ? 3 : 1;
            for (; i < n; ++i) {
                const char16_t d = text.at(i).unicode();
                if (escapes && d == u'\\') {
                    ++i;
                    continue;
                }
                if (d == u'\n') {
                    ++ln;
                    lineStart = i + 1;
                    if (!multi)
                        break;
                }
                if (d == c && (!multi || (at(i + 1) == c && at(i + 2) == c))) {
                    i += multi ? 2 : 0;
                    break;
                }
            }
        } else if (c >= 0x80) {
            *line = ln;
            *column = int(i - lineStart) + 1;
            return true;
        }
    }
    return false;
}

} // namespace Specwright
