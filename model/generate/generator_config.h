// The generator part of specwright.toml:
//
//   [generate]
//   output_dir = "generated"          # relative to the workspace root
//
//   [[generator]]
//   name = "ts-impl"                  # unique; --generator NAME
//   kind = "llm"                      # template | llm | html | pdf | gtest | pytest | eval |
//   markdown title = "Implement in TypeScript" input = "section"                 # or "spec"
//   (default) output = "src/{section}.ts"       # {spec} {section} {name} template =
//   "prompts/impl-ts.md"   # template or prompt file, relative to the workspace model =
//   "qwen2.5-coder"           # every other key is an option of the generator
//
// Parsed with toml++; errors come back as messages, never as exceptions.
#pragma once

#include "generator.h"

#include <QCoreApplication>
#include <QStringList>

namespace Specwright {

class GeneratorConfig
{
    Q_DECLARE_TR_FUNCTIONS(GeneratorConfig)

public:
    QString outputDir = QStringLiteral("generated");
    QList<GeneratorDefinition> generators;
    QStringList errors;

    // A missing file is an empty config; a broken one reports its errors.
    static GeneratorConfig load(const QString &tomlPath);
    static GeneratorConfig parse(const QString &text, const QString &baseDir,
                                 const QString &sourceName = QStringLiteral("specwright.toml"));
};

} // namespace Specwright
