// Runs several generators as one ("all": docs, PDF, test skeletons, eval suite, Markdown), so
// one click produces every artifact. Options: generators = [names of built-ins].
#pragma once

#include "generator.h"

#include <QCoreApplication>

namespace Specwright {

class BundleGenerator : public Generator
{
    Q_DECLARE_TR_FUNCTIONS(BundleGenerator)

public:
    using Generator::Generator;
    QString version() const override { return QStringLiteral("1"); }
    GeneratorOutput generate(const GenerationRequest &request,
                             const GenerationContext &context) override;
};

} // namespace Specwright
