// Section-aware diff of two versions of a spec: sections matched by id, heading path and
// similarity; then blocks; then words. Pure and thread-safe (run it off the UI thread).
#pragma once

#include "diff_types.h"
#include "spec_document.h"

namespace Specwright {

class SectionDiff
{
public:
    static DiffResult compute(const SpecDocument &oldDoc, const SpecDocument &newDoc);
    static DiffResult compute(const SpecDocument::Ptr &oldDoc, const SpecDocument::Ptr &newDoc)
    {
        return compute(*oldDoc, *newDoc);
    }
    // Parses both texts (in parallel when large) and diffs them.
    static DiffResult compute(const QString &oldText, const QString &newText);
};

} // namespace Specwright
