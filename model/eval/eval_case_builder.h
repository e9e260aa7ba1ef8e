// Builds the eval cases of a spec from its document model: for every example, one case per
// decision point (Example::contextTurns / answerTurns, the shared definition), with the GOOD /
// BAD / OK answers as references; and one per example of every eval prompt file linked by a
// footnote tag (examples/<tag>.md). Each case carries the spec text its grader needs: the
// section's prose, its authority and the sections it links to.
#pragma once

#include "eval_case.h"
#include "spec_document.h"
#include "workspace.h"

namespace Specwright {

class EvalCaseBuilder
{
public:
    // `sectionId` empty: every section; else that section and its subsections.
    static QList<EvalCase> build(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace,
                                 const QString &sectionId = {});
    // The cases of one example (inline or from an eval prompt file) in `section`.
    static QList<EvalCase> casesOf(const Example &example, const EvalCase &base);
};

} // namespace Specwright
