// libFuzzer target: the specwright.toml readers (lint settings and generators).
#include "fuzz_input.h"
#include "generator_config.h"
#include "lint_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzInput::bytes(data, size));
    const Specwright::LintConfig lint = Specwright::LintConfig::fromText(text);
    (void)lint.isIgnored(QStringLiteral("drafts/a/b.md"));
    (void)Specwright::GeneratorConfig::parse(text, QStringLiteral("/nonexistent"));
    return 0;
}
