// HTML documentation: one self-contained page (inline stylesheet, no external resources) with a
// table of contents, an anchor per section id, highlighted code and examples shown as
// conversations — SpecHtmlRenderer's standalone page plus a navigation column.
#pragma once

#include "generator.h"

#include <QCoreApplication>

namespace Specwright {

class HtmlDocsGenerator : public Generator
{
    Q_DECLARE_TR_FUNCTIONS(HtmlDocsGenerator)

public:
    using Generator::Generator;
    QString version() const override { return QStringLiteral("1"); }
    GeneratorOutput generate(const GenerationRequest &request,
                             const GenerationContext &context) override;

    // The page itself; also what the PDF generator lays out.
    static QString page(const GenerationRequest &request, bool withToc = true);
};

} // namespace Specwright
