// The generators Specwright knows: kinds (factories) and built-in definitions, plus those a
// workspace declares in specwright.toml. Process-wide and thread-safe. The model registers its
// own kinds on first use; the widgets library adds the PDF generator (it needs QtGui) with
// registerKind()/addBuiltin() — see GuiGenerators::registerAll().
#pragma once

#include "generator.h"
#include "generator_config.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace Specwright {

class CodeHighlighter;

class GeneratorRegistry
{
    Q_DECLARE_TR_FUNCTIONS(GeneratorRegistry)

public:
    using Factory = std::function<std::unique_ptr<Generator>(const GeneratorDefinition &)>;

    static void registerKind(const QString &kind, Factory factory);
    // Adds or replaces (by name) a built-in generator definition. With a context, its title and
    // description are English source texts translated in that context by builtins().
    static void addBuiltin(GeneratorDefinition definition,
                           const char *translationContext = nullptr);
    static QList<GeneratorDefinition> builtins();
    static QStringList kinds();
    static std::unique_ptr<Generator> create(const GeneratorDefinition &definition);

    // Built-ins then the workspace's own; one declared with a built-in's name is refused
    // (reported in config->errors).
    // `config` receives the parsed specwright.toml (output folder, errors) when given.
    static QList<GeneratorDefinition> forWorkspace(const QString &rootPath,
                                                   GeneratorConfig *config = nullptr);
    static std::optional<GeneratorDefinition> find(const QList<GeneratorDefinition> &list,
                                                   const QString &name);

    // Colours fenced code in HTML outputs; set by the widgets library (KSyntaxHighlighting).
    static void setCodeHighlighter(std::shared_ptr<CodeHighlighter> highlighter);
    static std::shared_ptr<CodeHighlighter> codeHighlighter();
};

} // namespace Specwright
