#include "fuzzy_matcher.h"

namespace Specwright {

namespace {

bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    const QChar here = text.at(i);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}

} // namespace

int FuzzyMatcher::score(QStringView pattern, QStringView candidate)
{
    // Two readings of the same subsequence: the leftmost letters, and word starts wherever
    // the next one exists ("ww" in "Word Wrap"); the better one counts.
    return std::max(match(pattern, candidate, false), match(pattern, candidate, true));
}

int FuzzyMatcher::match(QStringView pattern, QStringView candidate, bool preferWordStarts)
{
    int total = 0;
    qsizetype at = 0;
    qsizetype previous = -2;
    for (const QChar wanted : pattern) {
        if (wanted.isSpace())
            continue;
        const QChar folded = wanted.toCaseFolded();
        auto next = [&](qsizetype from, bool wordStart) {
            for (qsizetype i = from; i < candidate.size(); ++i)
                if (candidate.at(i).toCaseFolded() == folded &&
                    (!wordStart || isWordStart(candidate, i)))
                    return i;
            return qsizetype(-1);
        };
        qsizetype found = -1;
        if (preferWordStarts)
            found = next(at, true);
        if (found < 0)
            found = next(at, false);
        if (found < 0)
            return -1;
        int points = 1;
        if (found == previous + 1)
            points += 5; // a consecutive run
        if (isWordStart(candidate, found))
            points += 8;
        if (candidate.at(found) == wanted)
            points += 1; // same case
        total += points;
        previous = found;
        at = found + 1;
    }
    // Shorter candidates win among equal matches (the bonus keeps every match >= 0).
    return total * 4 + int(200 - std::min<qsizetype>(candidate.size(), 200)) / 10;
}

} // namespace Specwright
