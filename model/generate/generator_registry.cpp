#include "generator_registry.h"

#include "bundle_generator.h"
#include "eval_suite_generator.h"
#include "html_docs_generator.h"
#include "llm_generator.h"
#include "markdown_export_generator.h"
#include "template_generator.h"

#include <QDir>
#include <QMap>
#include <QMutex>

namespace Specwright {

namespace {

struct State
{
    QMutex mutex;
    QMap<QString, GeneratorRegistry::Factory> factories;
    QList<GeneratorDefinition> builtins;     // titles in English, translated on the way out
    QMap<QString, QByteArray> titleContexts; // builtin name -> translation context
    std::shared_ptr<CodeHighlighter> highlighter;
    bool initialised = false;
};

template<class G> GeneratorRegistry::Factory factory()
{
    return [](const GeneratorDefinition &d) { return std::make_unique<G>(d); };
}

GeneratorDefinition builtin(const QString &name, const QString &kind, const char *title,
                            const char *description, const QString &output,
                            const QString &templatePath = {})
{
    GeneratorDefinition d;
    d.name = name;
    d.kind = kind;
    d.title = QString::fromUtf8(title);
    d.description = QString::fromUtf8(description);
    d.outputPattern = output;
    d.templatePath = templatePath;
    d.builtin = true;
    return d;
}

// Must be called with the mutex held.
void initialise(State &s)
{
    if (s.initialised)
        return;
    s.initialised = true;
    s.factories.insert(QStringLiteral("html"), factory<HtmlDocsGenerator>());
    s.factories.insert(QStringLiteral("template"), factory<TemplateGenerator>());
    s.factories.insert(QStringLiteral("gtest"), factory<TemplateGenerator>());
    s.factories.insert(QStringLiteral("pytest"), factory<TemplateGenerator>());
    s.factories.insert(QStringLiteral("eval"), factory<EvalSuiteGenerator>());
    s.factories.insert(QStringLiteral("markdown"), factory<MarkdownExportGenerator>());
    s.factories.insert(QStringLiteral("llm"), factory<LlmGenerator>());
    s.factories.insert(QStringLiteral("bundle"), factory<BundleGenerator>());

    s.builtins = {
        builtin(QStringLiteral("html"), QStringLiteral("html"),
                QT_TRANSLATE_NOOP("GeneratorRegistry", "HTML documentation"),
                QT_TRANSLATE_NOOP("GeneratorRegistry",
                                  "One self-contained page with a table of contents"),
                QStringLiteral("docs/{spec}.html")),
        builtin(QStringLiteral("gtest"), QStringLiteral("gtest"),
                QT_TRANSLATE_NOOP("GeneratorRegistry", "GoogleTest skeletons"),
                QT_TRANSLATE_NOOP("GeneratorRegistry", "One test per example"),
                QStringLiteral("tests/{spec}_examples_test.cpp"),
                QStringLiteral(":/specwright/templates/gtest.cpp.tmpl")),
        builtin(QStringLiteral("pytest"), QStringLiteral("pytest"),
                QT_TRANSLATE_NOOP("GeneratorRegistry", "pytest skeletons"),
                QT_TRANSLATE_NOOP("GeneratorRegistry", "One test per example"),
                QStringLiteral("tests/test_{spec}_examples.py"),
                QStringLiteral(":/specwright/templates/pytest.py.tmpl")),
        builtin(
            QStringLiteral("eval"), QStringLiteral("eval"),
            QT_TRANSLATE_NOOP("GeneratorRegistry", "Evaluation suite"),
            QT_TRANSLATE_NOOP("GeneratorRegistry",
                              "JSONL and a promptfoo configuration from examples and eval prompts"),
            QStringLiteral("eval/{spec}")),
        builtin(QStringLiteral("markdown"), QStringLiteral("markdown"),
                QT_TRANSLATE_NOOP("GeneratorRegistry", "Markdown export"),
                QT_TRANSLATE_NOOP("GeneratorRegistry",
                                  "The spec with references resolved, for publishing"),
                QStringLiteral("publish/{spec}.md")),
        builtin(
            QStringLiteral("llm-typescript"), QStringLiteral("llm"),
            QT_TRANSLATE_NOOP("GeneratorRegistry", "Implement in TypeScript (LLM)"),
            QT_TRANSLATE_NOOP(
                "GeneratorRegistry",
                "Asks an OpenAI-compatible model to implement the spec or the selected section"),
            QStringLiteral("llm/{section}.ts"),
            QStringLiteral(":/specwright/templates/prompts/implement-typescript.md")),
        builtin(QStringLiteral("llm-tutorial"), QStringLiteral("llm"),
                QT_TRANSLATE_NOOP("GeneratorRegistry", "Write a tutorial (LLM)"),
                QT_TRANSLATE_NOOP("GeneratorRegistry",
                                  "Asks an OpenAI-compatible model for a tutorial on the spec"),
                QStringLiteral("llm/{spec}-{section}-tutorial.md"),
                QStringLiteral(":/specwright/templates/prompts/write-tutorial.md")),
    };
    GeneratorDefinition all = builtin(
        QStringLiteral("all"), QStringLiteral("bundle"),
        QT_TRANSLATE_NOOP("GeneratorRegistry", "Docs, tests and eval suite"),
        QT_TRANSLATE_NOOP("GeneratorRegistry", "Every built-in generator that needs no model"),
        QString());
    all.options.insert(QStringLiteral("generators"),
                       QStringList{QStringLiteral("html"), QStringLiteral("pdf"),
                                   QStringLiteral("gtest"), QStringLiteral("pytest"),
                                   QStringLiteral("eval"), QStringLiteral("markdown")});
    s.builtins.prepend(all);
    for (const GeneratorDefinition &d : std::as_const(s.builtins))
        s.titleContexts.insert(d.name, QByteArrayLiteral("GeneratorRegistry"));
}

State &state()
{
    static State s;
    return s;
}

} // namespace

void GeneratorRegistry::registerKind(const QString &kind, Factory f)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    initialise(s);
    s.factories.insert(kind, f); // QHash::insert copies
}

void GeneratorRegistry::addBuiltin(GeneratorDefinition definition, const char *translationContext)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    initialise(s);
    definition.builtin = true;
    if (translationContext)
        s.titleContexts.insert(definition.name, QByteArray(translationContext));
    else
        s.titleContexts.remove(definition.name);
    for (GeneratorDefinition &d : s.builtins) {
        if (d.name == definition.name) {
            d = definition;
            return;
        }
    }
    s.builtins.append(definition);
}

QList<GeneratorDefinition> GeneratorRegistry::builtins()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    initialise(s);
    // Translated here, not at registration, so a language switch reaches new menus.
    QList<GeneratorDefinition> list = s.builtins;
    for (GeneratorDefinition &d : list) {
        const QByteArray context = s.titleContexts.value(d.name);
        if (context.isEmpty())
            continue;
        d.title = QCoreApplication::translate(context.constData(), d.title.toUtf8().constData());
        d.description =
            QCoreApplication::translate(context.constData(), d.description.toUtf8().constData());
    }
    return list;
}

QStringList GeneratorRegistry::kinds()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    initialise(s);
    return s.factories.keys();
}

std::unique_ptr<Generator> GeneratorRegistry::create(const GeneratorDefinition &definition)
{
    Factory f;
    {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        initialise(s);
        f = s.factories.value(definition.kind);
    }
    return f ? f(definition) : nullptr;
}

QList<GeneratorDefinition> GeneratorRegistry::forWorkspace(const QString &rootPath,
                                                           GeneratorConfig *config)
{
    QList<GeneratorDefinition> list = builtins();
    GeneratorConfig c = rootPath.isEmpty() ? GeneratorConfig()
                                           : GeneratorConfig::load(QDir(rootPath).absoluteFilePath(
                                                 QStringLiteral("specwright.toml")));
    for (const GeneratorDefinition &d : std::as_const(c.generators)) {
        // A cloned workspace must not change what a built-in name (e.g. "all") does.
        if (find(list, d.name)) {
            c.errors.append(tr("generator \"%1\" is built in; a workspace cannot replace it "
                               "(choose another name)")
                                .arg(d.name));
            continue;
        }
        list.append(d);
    }
    if (config)
        *config = c;
    return list;
}

std::optional<GeneratorDefinition> GeneratorRegistry::find(const QList<GeneratorDefinition> &list,
                                                           const QString &name)
{
    for (const GeneratorDefinition &d : list)
        if (d.name == name)
            return d;
    return std::nullopt;
}

void GeneratorRegistry::setCodeHighlighter(std::shared_ptr<CodeHighlighter> highlighter)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.highlighter = std::move(highlighter);
}

std::shared_ptr<CodeHighlighter> GeneratorRegistry::codeHighlighter()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.highlighter;
}

} // namespace Specwright
