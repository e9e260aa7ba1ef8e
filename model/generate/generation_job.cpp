#include "generation_job.h"

#include "generator_registry.h"
#include "output_path_guard.h"
#include "provenance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>

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

GenerationJob::~GenerationJob()
{
    // The worker holds `this`; wait for it rather than let it write into freed memory.
    m_canceled = true;
    while (m_workerActive.load())
        QThread::msleep(5);
}

void GenerationJob::start()
{
    if (m_running.exchange(true))
        return;
    m_canceled = false;
    m_workerActive = true;
    QThreadPool::globalInstance()->start([this] {
        GenerationResult r = execute();
        QMetaObject::invokeMethod(
            this,
            [this, r = std::move(r)] {
                m_result = r;
                m_running = false;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
        m_workerActive = false;
    });
}

GenerationResult GenerationJob::run()
{
    m_running = true;
    m_canceled = false;
    m_result = execute();
    m_running = false;
    Q_EMIT finished();
    return m_result;
}

void GenerationJob::cancel()
{
    m_canceled = true;
}

GenerationResult GenerationJob::result() const
{
    return m_result;
}

GenerationResult GenerationJob::execute()
{
    GenerationResult result;
    result.generator = m_definition.name;
    auto log = [this, &result](const QString &line) {
        result.log.append(line);
        Q_EMIT logMessage(line);
    };
    Q_EMIT progressChanged(0);
    if (!m_request.document) {
        result.error = tr("no spec to generate from");
        log(result.error);
        return result;
    }
    if (!m_request.sectionId.isEmpty() &&
        m_request.document->sectionIndexById(m_request.sectionId) < 0) {
        result.error =
            tr("no section with id \"%1\" in %2").arg(m_request.sectionId, m_request.specPath());
        log(result.error);
        return result;
    }
    // An output folder the workspace names (inside it) must not be a link out of it.
    if (m_request.workspace) {
        const QString root = QDir::cleanPath(m_request.workspace->rootPath());
        const QString out = QDir::cleanPath(QFileInfo(m_request.outputDir).absoluteFilePath());
        if (out.startsWith(root + u'/') && !OutputPathGuard::staysInside(out, root)) {
            result.error = tr("refused to write to %1: it leads out of the workspace through a "
                              "symbolic link")
                               .arg(QDir::toNativeSeparators(m_request.outputDir));
            log(result.error);
            return result;
        }
    }
    // Templates and prompts come from the workspace or the application's resources only.
    if (const QString &t = m_definition.templatePath; !t.isEmpty() && !t.startsWith(u':')) {
        const QString root = m_request.workspace
                                 ? m_request.workspace->rootPath()
                                 : QFileInfo(m_request.document->filePath()).absolutePath();
        if (QFileInfo::exists(t) && !OutputPathGuard::isInside(t, root)) {
            result.error = tr("refused to read the template %1: it is outside the workspace %2")
                               .arg(QDir::toNativeSeparators(t), QDir::toNativeSeparators(root));
            log(result.error);
            return result;
        }
    }
    std::unique_ptr<Generator> generator = GeneratorRegistry::create(m_definition);
    if (!generator) {
        result.error = tr("unknown generator kind \"%1\"").arg(m_definition.kind);
        log(result.error);
        return result;
    }
    log(tr("%1: generating from %2%3")
            .arg(m_definition.name, m_request.specPath(),
                 m_request.sectionId.isEmpty() ? QString()
                                               : QStringLiteral(" #") + m_request.sectionId));
    GenerationContext context;
    context.canceled = &m_canceled;
    context.onLog = log;
    context.onStream = [this](const QString &text) { Q_EMIT streamText(text); };
    context.onProgress = [this](int done, int total) {
        if (total > 0)
            Q_EMIT progressChanged(qBound(0, 80 * done / total, 80));
    };
    const GeneratorOutput output = generator->generate(m_request, context);
    if (m_canceled.load()) {
        result.canceled = true;
        result.error = tr("canceled");
        log(tr("%1: canceled; nothing written").arg(m_definition.name));
        return result;
    }
    if (!output.error.isEmpty()) {
        result.error = output.error;
        log(tr("%1: failed: %2").arg(m_definition.name, output.error));
        return result;
    }
    Q_EMIT progressChanged(80);
    log(tr("output folder: %1").arg(QDir::toNativeSeparators(m_request.outputDir)));
    int written = 0;
    for (int i = 0; i < output.files.size(); ++i) {
        const OutputResult o = write(output.files.at(i), generator->version());
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
        Q_EMIT progressChanged(80 + 20 * (i + 1) / qMax(1, int(output.files.size())));
    }
    result.ok = true;
    for (const OutputResult &o : std::as_const(result.outputs))
        if (o.status == OutputResult::Status::Failed || o.status == OutputResult::Status::Conflict)
            result.ok = false;
    if (result.hasConflicts())
        result.error = tr("some outputs were edited by hand and were not overwritten");
    log(tr("%1: done, %n file(s) written", nullptr, written).arg(m_definition.name));
    Q_EMIT progressChanged(100);
    return result;
}

OutputResult GenerationJob::write(const GeneratedFile &file, const QString &version)
{
    OutputResult o;
    o.relativePath = file.path;
    // Inside the output folder after links, or not at all (--force included).
    QString refusal;
    o.path = OutputPathGuard::resolve(m_request.outputDir, file.path, &refusal);
    if (o.path.isEmpty()) {
        o.status = OutputResult::Status::Failed;
        o.message = refusal;
        return o;
    }
    Provenance p;
    p.specPath = m_request.specPath();
    p.specBlob = m_request.specBlob();
    p.generator = file.generator.isEmpty() ? m_definition.name : file.generator;
    p.generatorVersion = file.version.isEmpty() ? version : file.version;
    p.time = m_request.time;
    const ProvenanceStamp::Stamped stamped = ProvenanceStamp::stamp(file.path, file.content, p);

    if (QFileInfo::exists(o.path)) {
        QFile old(o.path);
        if (old.open(QIODevice::ReadOnly)) {
            o.hadPrevious = true;
            o.previousContent = old.readAll();
        }
        const auto parsed = ProvenanceStamp::read(o.path);
        const bool forced = m_request.force || m_request.forcePaths.contains(file.path);
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
