// Tells formatting from wording: two texts that differ only in line breaks (reflow, one
// sentence per line), runs of whitespace, or the emphasis marker used (*x* / _x_, **x** / __x__)
// say the same thing.
#pragma once

#include "spec_elements.h"

#include <QString>
#include <QStringView>

namespace Specwright {

class FormattingNormalizer
{
public:
    // Prose with whitespace runs collapsed and emphasis written with asterisks.
    static QString normalizeProse(QStringView text);
    // Code keeps its line breaks and indentation; only trailing blanks go.
    static QString normalizeCode(QStringView text);
    static bool sameContent(QStringView oldText, QStringView newText, BlockKind kind);
};

} // namespace Specwright
