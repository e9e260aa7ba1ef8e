// Asks an OpenAI-compatible model to write something from the spec: the prompt is a template
// file (resources/templates/prompts/*.md; the part before "---user---" is the system message)
// rendered with the TemplateContext; the streamed answer goes to the log and to the output.
// Options: the model and timeouts a workspace may set (LlmSettings::applyWorkspaceOptions), plus
// extract_code (default: on unless the output is .md). Runs only in a trusted workspace.
#pragma once

#include "generator.h"

#include <QCoreApplication>

namespace Specwright {

struct LlmMessage;

class LlmGenerator : public Generator
{
    Q_DECLARE_TR_FUNCTIONS(LlmGenerator)

public:
    using Generator::Generator;
    QString version() const override { return QStringLiteral("1"); }
    GeneratorOutput generate(const GenerationRequest &request,
                             const GenerationContext &context) override;

    // The content of the first fenced code block of a Markdown answer, else the answer.
    static QString extractCode(const QString &answer);
    static QList<LlmMessage> messages(const QString &renderedPrompt);
};

} // namespace Specwright
