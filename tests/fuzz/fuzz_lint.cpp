// libFuzzer target: every lint rule on a parsed spec; each reported range lies in the text.
#include "fuzz_input.h"
#include "lint_engine.h"
#include "spec_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Specwright::SpecDocument::Ptr doc =
        Specwright::SpecDocument::fromUtf8(FuzzInput::bytes(data, size));
    const Specwright::LintEngine engine;
    const QList<Specwright::Diagnostic> diagnostics = engine.lint(*doc);
    for (const Specwright::Diagnostic &d : diagnostics)
        if (d.range.isValid() &&
            (d.range.startOffset < 0 || d.range.endOffset > doc->text().size()))
            __builtin_trap();
    return 0;
}
