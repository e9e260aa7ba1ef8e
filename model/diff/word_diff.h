// Word-level diff of two texts: tokens are words, whitespace runs and single punctuation marks,
// so every change covers whole words; a semantic clean-up then merges changes separated only by
// spaces or punctuation into one readable change.
#pragma once

#include "diff_types.h"

#include <QHash>
#include <QStringList>
#include <QStringView>

namespace Specwright {

class WordDiff
{
public:
    static QList<DiffSegment> compute(QStringView oldText, QStringView newText);
    static QStringList tokenize(QStringView text);
    static int wordCount(QStringView text);
    static int wordCount(const QList<DiffSegment> &segments, DiffSegment::Kind kind);
    // The lower-cased words of a text with their counts: tokenise a text once, then compare
    // its bag with many others.
    struct WordBag
    {
        QHash<QString, int> counts;
        int total = 0;
    };
    static WordBag bagOf(QStringView text);
    // Dice coefficient of the two texts' word bags, 0..1.
    static double similarity(QStringView a, QStringView b);
    // The same for bags made once; costs the size of the smaller bag.
    static double similarity(const WordBag &a, const WordBag &b);
};

} // namespace Specwright
