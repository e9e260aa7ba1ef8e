// An evaluation suite from the examples and eval prompts of the spec, ready for a grader model:
// "<out>.jsonl" (one record per example: messages, ideal and non-ideal answers, the section's
// text as rubric) and "<out>.promptfoo.yaml" (one test per example with an llm-rubric
// assertion quoting the section's text).
#pragma once

#include "generator.h"

#include <QCoreApplication>

namespace Specwright {

class EvalSuiteGenerator : public Generator
{
    Q_DECLARE_TR_FUNCTIONS(EvalSuiteGenerator)

public:
    using Generator::Generator;
    QString version() const override { return QStringLiteral("1"); }
    GeneratorOutput generate(const GenerationRequest &request,
                             const GenerationContext &context) override;
};

} // namespace Specwright
