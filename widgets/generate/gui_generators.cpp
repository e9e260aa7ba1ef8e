#include "gui_generators.h"

#include "generator_registry.h"
#include "ksyntax_code_highlighter.h"
#include "pdf_generator.h"

#include <mutex>

namespace Specwright {

void GuiGenerators::registerAll()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GeneratorRegistry::registerKind(QStringLiteral("pdf"), [](const GeneratorDefinition &d) {
            return std::make_unique<PdfGenerator>(d);
        });
        GeneratorDefinition pdf;
        pdf.name = QStringLiteral("pdf");
        pdf.kind = QStringLiteral("pdf");
        pdf.title = QString::fromUtf8(QT_TRANSLATE_NOOP("PdfGenerator", "PDF documentation"));
        pdf.description =
            QString::fromUtf8(QT_TRANSLATE_NOOP("PdfGenerator", "The HTML documentation as a PDF"));
        pdf.outputPattern = QStringLiteral("docs/{spec}.pdf");
        GeneratorRegistry::addBuiltin(pdf, "PdfGenerator");
        GeneratorRegistry::setCodeHighlighter(
            std::make_shared<KSyntaxCodeHighlighter>(SpecHtmlRenderer::Theme::Light));
    });
}

} // namespace Specwright
