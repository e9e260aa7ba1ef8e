// Fingerprints that follow a finding across amendments: a hash of the section it is in, the
// rule and its text span with whitespace normalised, plus an occurrence number among equal
// keys in the file. Line numbers are not part of it, so text inserted elsewhere (even above
// the finding in the same section) leaves it unchanged.
#pragma once

#include "report_run.h"
#include "spec_document.h"

#include <functional>

namespace Specwright {

class FindingFingerprint
{
public:
    // Whitespace runs collapsed to one space, trimmed; the whole line for an empty range.
    static QString normalisedSpan(const SpecDocument &document, const SourceRange &range);
    // The key before hashing and numbering: "section id \x1f rule \x1f span".
    static QString key(const SpecDocument *document, const QString &ruleId,
                       const SourceRange &range, const QString &message);

    using DocumentLookup = std::function<SpecDocument::Ptr(const QString &path)>;
    // Sets ReportResult::fingerprint on every result; `documentFor` maps a result's path to
    // its document (null for files that are not specs, e.g. specwright.toml).
    static void assign(QList<ReportResult> &results, const DocumentLookup &documentFor);
};

} // namespace Specwright
