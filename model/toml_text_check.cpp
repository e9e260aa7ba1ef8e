#include "toml_text_check.h"

// Same mode as model/lint/lint_config.cpp: the two must agree (one definition rule).
#define TOML_EXCEPTIONS 0
#include <toml++/toml.hpp>

namespace Specwright {

namespace {

// toml++ 3.4's is_non_ascii_horizontal_whitespace() splits U+00A0..U+FEFF into blocks of 0x3FA
// code points and reaches TOML_UNREACHABLE for every code point of blocks 0, 11 and 63 that
// is not one of its three whitespace characters: U+00A1-U+0499, U+2C5E-U+3057 and
// U+FB26-U+FEFE (without U+3000). Same arithmetic as the header, so the ranges cannot drift.
bool reachesUnreachable(char16_t u)
{
    if (u <= 0xA0 || u >= 0xFEFF || u == 0x3000)
        return false;
    const unsigned block = (unsigned(u) - 0xA0u) / 0x3FAu;
    return block == 0 || block == 11 || block == 63;
}

} // namespace

bool TomlTextCheck::findBareNonAscii(const QString &text, int *line, int *column)
{
    const qsizetype n = text.size();
    int ln = 1;
    qsizetype lineStart = 0;
    auto at = [&](qsizetype i) { return i < n ? text.at(i).unicode() : char16_t(0); };
    // TOML forbids control characters (other than tab and line ends) everywhere; a string or
    // comment holding one, or a one-line string left open, is where toml++ and this scan could
    // disagree on what is inside a string: report those too.
    auto isControl = [](char16_t d) {
        return (d < 0x20 && d != u'\t' && d != u'\n' && d != u'\r') || d == 0x7F;
    };
    auto report = [&](qsizetype i) {
        *line = ln;
        *column = int(i - lineStart) + 1;
        return true;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c))
            return report(i);
        if (c == u'\n') {
            ++ln;
            lineStart = i + 1;
        } else if (c == u'#') {
            while (i + 1 < n && at(i + 1) != u'\n') {
                ++i;
                if (isControl(at(i)))
                    return report(i);
            }
        } else if (c == u'"' || c == u'\'') {
            const bool multi = at(i + 1) == c && at(i + 2) == c;
            const bool escapes = c == u'"';
            const qsizetype open = i;
            bool closed = false;
            i += multi ? 3 : 1;
            for (; i < n; ++i) {
                const char16_t d = text.at(i).unicode();
                if (isControl(d))
                    return report(i);
                if (escapes && d == u'\\') {
                    ++i;
                    continue;
                }
                if (d == u'\n' && !multi)
                    break; // left open: reported below
                if (d == u'\n') {
                    ++ln;
                    lineStart = i + 1;
                }
                if (d == c && (!multi || (at(i + 1) == c && at(i + 2) == c))) {
                    i += multi ? 2 : 0;
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return report(open);
        } else if (c >= 0x80) {
            return report(i);
        }
    }
    return false;
}

QString TomlTextCheck::parseInput(const QString &text)
{
    QString masked = text;
    bool risky = false;
    for (QChar &c : masked) {
        if (reachesUnreachable(c.unicode())) {
            c = u'x';
            risky = true;
        }
    }
    if (!risky)
        return text;
    const QByteArray utf8 = masked.toUtf8();
    const bool valid = bool(toml::parse(std::string_view(utf8.constData(), size_t(utf8.size()))));
    return valid ? text : masked;
}

} // namespace Specwright
