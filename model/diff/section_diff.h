// Section-aware diff of two versions of a spec: sections matched by id, heading path and
// similarity; then attributes, parents, blocks, words, normative statements and examples.
// Pure and thread-safe (run it off the UI thread).
#pragma once

#include "diff_types.h"
#include "spec_document.h"

namespace Specwright {

class SectionDiff
{
public:
    // The result does not keep the documents (oldDocument/newDocument stay null).
    static DiffResult compute(const SpecDocument &oldDoc, const SpecDocument &newDoc);
    // The result keeps both documents for the writers.
    static DiffResult compute(const SpecDocument::Ptr &oldDoc, const SpecDocument::Ptr &newDoc);
    // Parses both texts (in parallel when a pool thread is free) and diffs them.
    static DiffResult compute(const QString &oldText, const QString &newText);
};

} // namespace Specwright
