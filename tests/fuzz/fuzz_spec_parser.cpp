// libFuzzer target: parsing a spec and rendering it to (sanitised) HTML.
#include "fuzz_input.h"
#include "spec_document.h"
#include "spec_html_renderer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Specwright::SpecDocument::Ptr doc =
        Specwright::SpecDocument::fromUtf8(FuzzInput::bytes(data, size));
    // Every reported range lies inside the text.
    for (const Specwright::Section &s : doc->sections())
        if (s.headingLine < 1 || s.headingLine > doc->source().lineCount())
            __builtin_trap();
    (void)Specwright::SpecHtmlRenderer().render(*doc);
    return 0;
}
