#include "generation_job.h"

#include "generator_registry.h"
#include "output_path_guard.h"
#include "provenance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Specwright {

bool GenerationResult::hasConflicts() const
{
    for (const OutputResult &o : outputs)
        if (o.status == OutputResult::Status::Conflict)
            return true;
    return false;
}

GenerationJob::GenerationJob(GeneratorDefinition definition, GenerationRequest request,
                             QObject *parent)
    : QObject(parent)
    , m_definition(std::move(definition))
    , m_request(std::move(request))
{
    if (!m_request.time.isValid())
        m_request.time = QDateTime::currentDateTimeUtc();
}

GenerationJob::~GenerationJob() = default; // m_task cancels the worker and does not wait

void GenerationJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_task.start(
        [definition = m_definition, request = m_request, this](const BackgroundTask &task) {
            // `this` is only used inside posted calls, which run while the job lives.
            Reporter report;
            report.log = [task, this](const QString &line) {
                task.post([this, line] { Q_EMIT logMessage(line); });
            };
            report.stream = [task, this](const QString &text) {
                task.post([this, text] { Q_EMIT streamText(text); });
            };
            report.progress = [task, this](int percent) {
                task.post([this, percent] { Q_EMIT progressChanged(percent); });
            };
            return execute(definition, request, task.token().flag(), report);
        },
        [this](GenerationResult r) {
            m_result = std::move(r);
            m_running = false;
            Q_EMIT finished();
        });
}

GenerationJob::Reporter GenerationJob::directReporter()
{
    Reporter report;
    report.log = [this](const QString &line) { Q_EMIT logMessage(line); };
    report.stream = [this](const QString &text) { Q_EMIT streamText(text); };
    report.progress = [this](int percent) { Q_EMIT progressChanged(percent); };
    return report;
}

GenerationResult GenerationJob::run()
{
    m_running = true;
    m_runCancel = CancellationToken();
    m_result = execute(m_definition, m_request, m_runCancel.flag(), directReporter());
    m_running = false;
    Q_EMIT finished();
    return m_result;
}

void GenerationJob::cancel()
{
    m_runCancel.cancel();
    m_task.requestStop(); // the run still reports, as "canceled"
}

GenerationResult GenerationJob::result() const
{
    return m_result;
}

GenerationResult GenerationJob::execute(const GeneratorDefinition &definition,
                                        const GenerationRequest &request,
                                        const std::atomic_bool *canceled, const Reporter &report)
{
    GenerationResult result;
    result.generator = definition.name;
    auto log = [&report, &result](const QString &line) {
        result.log.append(line);
        report.log(line);
    };
    report.progress(0);
    if (!request.document) {
        result.error = tr("no spec to generate from");
        log(result.error);
        return result;
    }
    if (!request.sectionId.isEmpty() && request.document->sectionIndexById(request.sectionId) < 0) {
        result.error =
            tr("no section with id \"%1\" in %2").arg(request.sectionId, request.specPath());
        log(result.error);
        return result;
    }
    // Trust: a workspace the user has not trusted runs only built-ins that need no model.
    if (!request.workspaceTrusted && (!definition.builtin || definition.kind == u"llm")) {
        result.error = tr("%1: the workspace is not trusted; trust it to run LLM generators and "
                          "the generators it declares")
                           .arg(definition.name);
        log(result.error);
        return result;
    }
    // An output folder the workspace names (inside it) must not be a link out of it.
    if (request.workspace) {
        const QString root = QDir::cleanPath(request.workspace->rootPath());
        const QString out = QDir::cleanPath(QFileInfo(request.outputDir).absoluteFilePath());
        if (out.startsWith(root + u'/') && !OutputPathGuard::staysInside(out, root)) {
            result.error = tr("refused to write to %1: it leads out of the workspace through a "
                              "symbolic link")
                               .arg(QDir::toNativeSeparators(request.outputDir));
            log(result.error);
            return result;
        }
    }
    // Templates and prompts come from the workspace or the application's resources only.
    if (const QString &t = definition.templatePath; !t.isEmpty() && !t.startsWith(u':')) {
        const QString root = request.workspace
                                 ? request.workspace->rootPath()
                                 : QFileInfo(request.document->filePath()).absolutePath();
        if (QFileInfo::exists(t) && !OutputPathGuard::isInside(t, root)) {
            result.error = tr("refused to read the template %1: it is outside the workspace %2")
                               .arg(QDir::toNativeSeparators(t), QDir::toNativeSeparators(root));
            log(result.error);
            return result;
        }
    }
    std::unique_ptr<Generator> generator = GeneratorRegistry::create(definition);
    if (!generator) {
        result.error = tr("unknown generator kind \"%1\"").arg(definition.kind);
        log(result.error);
        return result;
    }
    log(tr("%1: generating from %2%3")
            .arg(definition.name, request.specPath(),
                 request.sectionId.isEmpty() ? QString()
                                             : QStringLiteral(" #") + request.sectionId));
    GenerationContext context;
    context.canceled = canceled;
    context.onLog = log;
    context.onStream = report.stream;
    context.onProgress = [&report](int done, int total) {
        if (total > 0)
            report.progress(qBound(0, 80 * done / total, 80));
    };
    const GeneratorOutput output = generator->generate(request, context);
    if (canceled->load()) {
        result.canceled = true;
        result.error = tr("canceled");
        log(tr("%1: canceled; nothing written").arg(definition.name));
        return result;
    }
    if (!output.error.isEmpty()) {
        result.error = output.error;
        log(tr("%1: failed: %2").arg(definition.name, output.error));
        return result;
    }
    report.progress(80);
    log(tr("output folder: %1").arg(QDir::toNativeSeparators(request.outputDir)));
    int written = 0;
    for (int i = 0; i < output.files.size(); ++i) {
        const OutputResult o = write(definition, request, output.files.at(i), generator->version());
        switch (o.status) {
        case OutputResult::Status::Written:
            log(tr("wrote %1").arg(o.relativePath));
            ++written;
            break;
        case OutputResult::Status::Unchanged:
            log(tr("unchanged %1").arg(o.relativePath));
            break;
        case OutputResult::Status::Conflict:
        case OutputResult::Status::Failed:
            log(o.message);
            break;
        }
        result.outputs.append(o);
        report.progress(80 + 20 * (i + 1) / qMax(1, int(output.files.size())));
    }
    result.ok = true;
    for (const OutputResult &o : std::as_const(result.outputs))
        if (o.status == OutputResult::Status::Failed || o.status == OutputResult::Status::Conflict)
            result.ok = false;
    if (result.hasConflicts())
        result.error = tr("some outputs were edited by hand and were not overwritten");
    log(tr("%1: done, %n file(s) written", nullptr, written).arg(definition.name));
    report.progress(100);
    return result;
}

OutputResult GenerationJob::write(const GeneratorDefinition &definition,
                                  const GenerationRequest &request, const GeneratedFile &file,
                                  const QString &version)
{
    OutputResult o;
    o.relativePath = file.path;
    // Inside the output folder after links, or not at all (--force included).
    QString refusal;
    o.path = OutputPathGuard::resolve(request.outputDir, file.path, &refusal);
    if (o.path.isEmpty()) {
        o.status = OutputResult::Status::Failed;
        o.message = refusal;
        return o;
    }
    Provenance p;
    p.specPath = request.specPath();
    p.specBlob = request.specBlob();
    p.generator = file.generator.isEmpty() ? definition.name : file.generator;
    p.generatorVersion = file.version.isEmpty() ? version : file.version;
    p.time = request.time;
    p.section = request.sectionId;
    p.sectionHashes = Provenance::hashSections(*request.document, request.selectedSections());
    const ProvenanceStamp::Stamped stamped = ProvenanceStamp::stamp(file.path, file.content, p);

    if (QFileInfo::exists(o.path)) {
        QFile old(o.path);
        if (old.open(QIODevice::ReadOnly)) {
            o.hadPrevious = true;
            o.previousContent = old.readAll();
        }
        const auto parsed = ProvenanceStamp::read(o.path);
        const bool forced = request.force || request.forcePaths.contains(file.path);
        if (!parsed && !forced) {
            o.status = OutputResult::Status::Conflict;
            o.message = tr("conflict: %1 exists and was not written by Specwright; not "
                           "overwritten")
                            .arg(file.path);
            return o;
        }
        if (parsed && Provenance::sha1(parsed->body) != parsed->provenance.contentSha1 && !forced) {
            o.status = OutputResult::Status::Conflict;
            o.message = tr("conflict: %1 was edited by hand since it was generated; not "
                           "overwritten")
                            .arg(file.path);
            return o;
        }
        // Same body from the same spec: keep the file (and its time) as it is.
        if (parsed && parsed->body == file.content && parsed->provenance.specBlob == p.specBlob &&
            parsed->provenance.generatorVersion == p.generatorVersion) {
            o.status = OutputResult::Status::Unchanged;
            return o;
        }
    }
    if (!QDir().mkpath(QFileInfo(o.path).absolutePath())) {
        o.status = OutputResult::Status::Failed;
        o.message = tr("cannot create the folder of %1").arg(o.path);
        return o;
    }
    auto save = [&o](const QString &path, const QByteArray &bytes) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            o.status = OutputResult::Status::Failed;
            o.message = tr("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    };
    if (!save(o.path, stamped.content))
        return o;
    if (!stamped.sidecar.isEmpty()) {
        const QString sidecar = ProvenanceStamp::sidecarPath(o.path);
        if (QFileInfo(sidecar).isSymLink()) {
            o.status = OutputResult::Status::Failed;
            o.message = tr("refused to write %1: it is a symbolic link").arg(sidecar);
            return o;
        }
        save(sidecar, stamped.sidecar);
    }
    return o;
}

} // namespace Specwright
