// A check run before toml++ sees a specwright.toml. toml++ 3.4.0 (Debian 13) reaches
// __builtin_unreachable() - undefined behaviour - on some non-ASCII characters where it expects
// whitespace (found by the fuzz_config target: "output_dir = 1\u0409"). TOML allows non-ASCII
// text only in strings and comments, so such text is an error anyway: it is reported here.
#pragma once

#include <QString>

namespace Specwright {

class TomlTextCheck
{
public:
    // 1-based line and column of the first non-ASCII character outside strings and comments,
    // control character or one-line string left open; false when there is none.
    static bool findBareNonAscii(const QString &text, int *line, int *column);
    // The text to give toml++: the text itself, unless it holds characters in U+00A1..U+0499,
    // U+2C5E..U+3057 or U+FB26..U+FEFE (the ranges toml++ 3.4.0 mishandles) and is not valid TOML
    // with them masked; then the masked copy, whose parse error is reported instead (found by
    // fuzz_config).
    static QString parseInput(const QString &text);
};

} // namespace Specwright
