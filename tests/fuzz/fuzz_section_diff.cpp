// libFuzzer target: the section diff of two versions (the input split at "\n====\n").
#include "fuzz_input.h"
#include "section_diff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // the diff is quadratic in the worst case by design; keep each run short
    const auto [oldText, newText] = FuzzInput::twoTexts(data, size);
    (void)Specwright::SectionDiff::compute(oldText, newText);
    return 0;
}
