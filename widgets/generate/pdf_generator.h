// The HTML documentation laid out as a PDF with Qt's own PDF writer (QTextDocument +
// QPdfWriter): no external tool. Lives in widgets/ because it needs QtGui; GuiGenerators
// registers it into the model's GeneratorRegistry.
#pragma once

#include "generator.h"

#include <QCoreApplication>

namespace Specwright {

class PdfGenerator : public Generator
{
    Q_DECLARE_TR_FUNCTIONS(PdfGenerator)

public:
    using Generator::Generator;
    QString version() const override { return QStringLiteral("1"); }
    GeneratorOutput generate(const GenerationRequest &request,
                             const GenerationContext &context) override;

    static QByteArray renderPdf(const QString &html, const QString &title);
};

} // namespace Specwright
