// A generator turns a spec (or one section of it) into files. Generators are stateless recipes
// created by the GeneratorRegistry from a GeneratorDefinition; a GenerationJob runs them on a
// worker thread and writes what they return.
#pragma once

#include "generation_request.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <atomic>
#include <functional>

namespace Specwright {

struct GeneratorDefinition
{
    enum class Input
    {
        Document,
        Section
    };

    QString name;  // unique; what --generator and the menu use
    QString kind;  // html, pdf, gtest, pytest, eval, markdown, template, llm
    QString title; // shown in the menu
    QString description;
    Input input = Input::Document;
    QString outputPattern; // relative to the output folder; {spec} {section} {name} expand
    QString templatePath;  // template or prompt file (absolute or ":/" resource)
    QVariantMap options;
    bool builtin = false;
};

struct GeneratedFile
{
    GeneratedFile() = default;
    GeneratedFile(QString filePath, QByteArray bytes)
        : path(std::move(filePath))
        , content(std::move(bytes))
    {
    }

    QString path; // relative to the output folder, '/' separated
    QByteArray content;
    QString generator; // recorded in the provenance when set (bundles), else the job's
    QString version;
};

// What a generator reports while it runs. Called from the worker thread.
class GenerationContext
{
public:
    std::function<void(const QString &)> onLog;
    std::function<void(int done, int total)> onProgress;
    std::function<void(const QString &)> onStream; // partial text as a model writes it
    const std::atomic_bool *canceled = nullptr;

    void log(const QString &line) const
    {
        if (onLog)
            onLog(line);
    }
    void progress(int done, int total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
    void stream(const QString &text) const
    {
        if (onStream)
            onStream(text);
    }
    bool isCanceled() const { return canceled && canceled->load(); }
};

struct GeneratorOutput
{
    QList<GeneratedFile> files;
    QString error; // non-empty: the run failed and nothing is written
};

class Generator
{
public:
    explicit Generator(GeneratorDefinition definition)
        : m_definition(std::move(definition))
    {
    }
    virtual ~Generator() = default;
    Generator(const Generator &) = delete;
    Generator &operator=(const Generator &) = delete;

    const GeneratorDefinition &definition() const { return m_definition; }
    // Bumped when a generator's output changes shape; recorded in the provenance.
    virtual QString version() const = 0;
    virtual GeneratorOutput generate(const GenerationRequest &request,
                                     const GenerationContext &context) = 0;

protected:
    // The output path for this run, from the definition's pattern or a fallback.
    QString outputPath(const GenerationRequest &request, const QString &fallbackPattern) const;

private:
    GeneratorDefinition m_definition;
};

} // namespace Specwright
