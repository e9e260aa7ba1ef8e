#include "generate_controller.h"

#include "generator_registry.h"
#include "gui_generators.h"
#include "provenance.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Specwright {

namespace {
const QString lastKey = QStringLiteral("generate/lastGenerator");
}

GenerateController::GenerateController(QObject *parent)
    : QObject(parent)
{
    GuiGenerators::registerAll();
    m_generators = GeneratorRegistry::builtins();
}

GenerateController::~GenerateController()
{
    if (m_job)
        m_job->cancel();
    delete m_job; // waits for its worker
}

void GenerateController::setDocument(SpecDocument::Ptr document, Workspace::Ptr workspace)
{
    const QString oldRoot = m_workspace ? m_workspace->rootPath() : QString();
    const bool firstDocument = !m_document;
    m_document = std::move(document);
    m_workspace = std::move(workspace);
    // Every editor snapshot comes through here: re-read specwright.toml only for a new folder.
    if (firstDocument || oldRoot != (m_workspace ? m_workspace->rootPath() : QString()))
        reloadGenerators();
}

void GenerateController::reloadGenerators()
{
    GeneratorConfig config;
    m_generators =
        GeneratorRegistry::forWorkspace(m_workspace ? m_workspace->rootPath() : QString(), &config);
    m_configErrors = config.errors;
    m_configOutputDir = config.outputDir;
    Q_EMIT generatorsChanged();
}

QString GenerateController::outputDir() const
{
    QString root = m_workspace ? m_workspace->rootPath() : QString();
    if (root.isEmpty() && m_document && !m_document->filePath().isEmpty())
        root = QFileInfo(m_document->filePath()).absolutePath();
    // An untitled spec has no folder: never fall back to the process's working directory.
    return root.isEmpty() ? QString() : QDir(root).absoluteFilePath(m_configOutputDir);
}

QString GenerateController::lastGenerator() const
{
    const QString name = QSettings().value(lastKey).toString();
    if (GeneratorRegistry::find(m_generators, name))
        return name;
    return m_generators.isEmpty() ? QString() : m_generators.first().name;
}

void GenerateController::setLastGenerator(const QString &name)
{
    QSettings().setValue(lastKey, name);
}

QString GenerateController::currentSpecBlob() const
{
    return m_document ? Provenance::gitBlobSha1(m_document->source().utf8()) : QString();
}

bool GenerateController::run(const QString &requested, bool sectionOnly,
                             const QStringList &forcePaths)
{
    if (isRunning() || !m_document)
        return false;
    const QString name = requested.isEmpty() ? lastGenerator() : requested;
    const auto definition = GeneratorRegistry::find(m_generators, name);
    if (!definition)
        return false;
    setLastGenerator(name);
    m_lastName = name;
    m_lastSectionOnly = sectionOnly;
    if (outputDir().isEmpty()) {
        // Shown in the Output panel, which opens on started().
        Q_EMIT started(definition->title);
        m_lastResult = {};
        m_lastResult.error = tr("Save the spec first: generated files are written beside it.");
        Q_EMIT finished(m_lastResult);
        return false;
    }
    GenerationRequest request;
    request.document = m_document;
    request.workspace = m_workspace;
    const bool wantsSection =
        sectionOnly || definition->input == GeneratorDefinition::Input::Section;
    request.sectionId = wantsSection ? m_sectionId : QString();
    request.outputDir = outputDir();
    request.forcePaths = forcePaths;
    request.llm = m_llmProvider ? m_llmProvider() : m_llm;
    request.userSettingsFile = m_userSettingsFile;
    request.workspaceTrusted = isWorkspaceTrusted();
    delete m_job;
    m_job = new GenerationJob(*definition, request, this);
    connect(m_job, &GenerationJob::progressChanged, this, &GenerateController::progressChanged);
    connect(m_job, &GenerationJob::logMessage, this, &GenerateController::logMessage);
    connect(m_job, &GenerationJob::streamText, this, &GenerateController::streamText);
    connect(m_job, &GenerationJob::finished, this, [this] {
        m_lastResult = m_job->result();
        Q_EMIT finished(m_lastResult);
    });
    m_job->start();
    Q_EMIT started(definition->title);
    // A broken specwright.toml falls back to the built-ins; say why its generators are missing.
    for (const QString &error : std::as_const(m_configErrors))
        Q_EMIT logMessage(tr("specwright.toml: %1").arg(error));
    return true;
}

bool GenerateController::overwriteConflicts()
{
    QStringList paths;
    for (const OutputResult &o : std::as_const(m_lastResult.outputs))
        if (o.status == OutputResult::Status::Conflict)
            paths.append(o.relativePath);
    return !paths.isEmpty() && run(m_lastName, m_lastSectionOnly, paths);
}

void GenerateController::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Specwright
