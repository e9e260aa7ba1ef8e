// Applies quick-fix edits to a text and combines the fixes of many diagnostics ("Fix all of
// this rule in the file") into one non-overlapping edit list.
#pragma once

#include "diagnostic.h"

namespace Specwright {

class FixApplier
{
public:
    // Applies edits (UTF-16 offsets into `text`); an edit overlapping an earlier one is skipped.
    static QString apply(const QString &text, QList<TextEdit> edits);
    // The fix of every diagnostic of `ruleId` in `file` that has exactly one (not counting
    // "suppress"), combined. Where a person must choose (spelling suggestions) nothing is applied.
    static QList<TextEdit> fixAll(const QList<Diagnostic> &diagnostics, const QString &ruleId,
                                  const QString &file);
    // Exactly one real fix, so applying it needs no choice.
    static bool hasOneFix(const Diagnostic &diagnostic);
    // The fix a "Fix" action applies: the first that is not a suppression comment, or null.
    static const Fix *primaryFix(const Diagnostic &diagnostic);
    // Sorted by start; overlapping edits after the first are dropped.
    static QList<TextEdit> normalized(QList<TextEdit> edits);
};

} // namespace Specwright
