// The spec's labelled examples and graded runs as fine-tuning data: chat JSONL (the
// conversation and a passing answer: the GOOD and OK references and, from a run, answers the
// grader passed) and preference pairs (chosen = GOOD, rejected = BAD), each with its section.
#pragma once

#include "eval_case.h"
#include "eval_run.h"

namespace Specwright {

class TrainingDataExport
{
public:
    static QByteArray chatJsonl(const QList<EvalCase> &cases, const EvalRun *run = nullptr);
    static QByteArray preferencePairs(const QList<EvalCase> &cases);
};

} // namespace Specwright
