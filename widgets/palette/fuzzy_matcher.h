// Scores how well a typed pattern matches a candidate, as command palettes do: the pattern's
// characters must appear in order (case-insensitive); consecutive runs, word starts and an
// early first hit score higher.
#pragma once

#include <QStringView>

namespace Specwright {

class FuzzyMatcher
{
public:
    // -1 when the pattern does not match; otherwise >= 0 and higher is better. An empty
    // pattern matches everything, shorter candidates first.
    static int score(QStringView pattern, QStringView candidate);

private:
    static int match(QStringView pattern, QStringView candidate, bool preferWordStarts);
};

} // namespace Specwright
