// Renders a KTextTemplate (Django-style) template with the spec's TemplateContext. The built-in
// GoogleTest and pytest skeletons are such templates (resources/templates/), so users can copy
// one, edit it and declare it in specwright.toml with kind = "template".
#pragma once

#include "generator.h"

#include <QCoreApplication>

namespace Specwright {

class TemplateGenerator : public Generator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateGenerator)

public:
    using Generator::Generator;
    QString version() const override { return QStringLiteral("1"); }
    GeneratorOutput generate(const GenerationRequest &request,
                             const GenerationContext &context) override;

    // Renders template text with variables; `error` receives a message on failure.
    static QString render(const QString &templateText, const QString &templateName,
                          const QVariantHash &variables, bool htmlEscape, QString *error);
};

} // namespace Specwright
