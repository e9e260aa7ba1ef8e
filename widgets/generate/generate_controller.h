// Runs the workspace's generators for the IDE: knows the current spec snapshot, workspace and
// selected section, remembers the last generator (QSettings "generate/lastGenerator"), runs one
// GenerationJob at a time on the thread pool and relays its progress, log and result.
#pragma once

#include "generation_job.h"
#include "spec_document.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace Specwright {

class GenerateController : public QObject
{
    Q_OBJECT

public:
    explicit GenerateController(QObject *parent = nullptr);
    ~GenerateController() override;

    // The spec to generate from (the editor's snapshot) and its workspace (may be null).
    void setDocument(SpecDocument::Ptr document, Workspace::Ptr workspace = {});
    // Re-reads the workspace's specwright.toml (after it was edited).
    void reloadGenerators();
    void setCurrentSectionId(const QString &sectionId) { m_sectionId = sectionId; }
    SpecDocument::Ptr document() const { return m_document; }

    // Built-ins plus those in the workspace's specwright.toml (re-read on setDocument).
    QList<GeneratorDefinition> generators() const { return m_generators; }
    QStringList configErrors() const { return m_configErrors; }
    QString outputDir() const;
    // Where LLM generators send prompts (the user's settings) and whether the workspace is
    // trusted (WorkspaceTrust); both go into every request.
    void setLlmSettings(const LlmSettings &settings, const QString &userSettingsFile = {})
    {
        m_llm = settings;
        m_userSettingsFile = userSettingsFile;
    }
    // Asked at every run (the IDE's trust can change while it is open); untrusted without one.
    void setTrustProvider(std::function<bool()> provider) { m_trustProvider = std::move(provider); }
    // Asked at every run for the user's current endpoint and model, when set.
    void setLlmSettingsProvider(std::function<LlmSettings()> provider)
    {
        m_llmProvider = std::move(provider);
    }
    bool isWorkspaceTrusted() const { return m_trustProvider && m_trustProvider(); }

    QString lastGenerator() const;
    void setLastGenerator(const QString &name);

    bool isRunning() const { return m_job && m_job->isRunning(); }
    // Runs a generator (empty: the last one); sectionOnly uses the current section. forcePaths
    // overwrite those outputs even when edited by hand.
    bool run(const QString &name = {}, bool sectionOnly = false,
             const QStringList &forcePaths = {});
    // Runs the last run again, overwriting its conflicting outputs.
    bool overwriteConflicts();
    void cancel();
    GenerationResult lastResult() const { return m_lastResult; }
    // The spec's blob hash now, to mark outputs stale.
    QString currentSpecBlob() const;

Q_SIGNALS:
    void generatorsChanged();
    void started(const QString &title);
    void progressChanged(int percent);
    void logMessage(const QString &line);
    void streamText(const QString &text);
    void finished(const Specwright::GenerationResult &result);

private:
    SpecDocument::Ptr m_document;
    Workspace::Ptr m_workspace;
    QString m_sectionId;
    QList<GeneratorDefinition> m_generators;
    QStringList m_configErrors;
    QString m_configOutputDir = QStringLiteral("generated");
    QPointer<GenerationJob> m_job;
    GenerationResult m_lastResult;
    QString m_lastName;
    bool m_lastSectionOnly = false;
    LlmSettings m_llm;
    QString m_userSettingsFile;
    std::function<bool()> m_trustProvider;
    std::function<LlmSettings()> m_llmProvider;
};

} // namespace Specwright
