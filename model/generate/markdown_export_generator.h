// The spec as plain Markdown for publishing: [?](#id) gets its target's title, references to
// other spec files get theirs, heading attribute blocks become HTML anchors (so #ids keep
// working on hosts that do not read {#id}), and unresolved references are reported.
#pragma once

#include "generator.h"

#include <QCoreApplication>

namespace Specwright {

class MarkdownExportGenerator : public Generator
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExportGenerator)

public:
    using Generator::Generator;
    QString version() const override { return QStringLiteral("1"); }
    GeneratorOutput generate(const GenerationRequest &request,
                             const GenerationContext &context) override;

    // The exported text; `warnings` receives one line per unresolved reference.
    static QString exportText(const GenerationRequest &request, QStringList *warnings);
};

} // namespace Specwright
