#include "generate_command.h"

#include "cli_arguments.h"
#include "cli_support.h"
#include "cli_user_settings.h"
#include "generate_check.h"
#include "generation_job.h"
#include "generator_registry.h"
#include "workspace_trust.h"

#include <QDir>
#include <QFileInfo>

namespace Specwright {

std::unique_ptr<QCoreApplication> GenerateCommand::createApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

namespace {
// Generators of the IDE that need QtGui (widgets/generate): listed, but not run, by specc.
bool isIdeOnly(const QString &kind)
{
    return kind == u"pdf";
}
} // namespace

QString GenerateCommand::workspaceRoot(const QString &specPath)
{
    const QDir start = QFileInfo(specPath).absoluteDir();
    for (QDir dir = start;;) {
        if (dir.exists(QStringLiteral("specwright.toml")) || dir.exists(QStringLiteral(".git")))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return start.absolutePath();
}

int GenerateCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliArguments cli(QStringLiteral("generate"),
                     tr("usage: specc generate [--generator NAME] [--section ID] [--out DIR] "
                        "[--force] [--trust] [--endpoint URL] [--model NAME] FILE\n"
                        "       specc generate --list [FILE]"));
    cli.addValue({QStringLiteral("generator"), QStringLiteral("g")}, QStringLiteral("NAME"),
                 QStringLiteral("all"));
    cli.addValue({QStringLiteral("section"), QStringLiteral("s")}, QStringLiteral("ID"));
    cli.addValue({QStringLiteral("out"), QStringLiteral("o")}, QStringLiteral("DIR"));
    cli.addValue({QStringLiteral("endpoint")}, QStringLiteral("URL"));
    cli.addValue({QStringLiteral("model")}, QStringLiteral("NAME"));
    for (const QString &flag :
         {QStringLiteral("trust"), QStringLiteral("allow-insecure-http"), QStringLiteral("force"),
          QStringLiteral("list"), QStringLiteral("check")})
        cli.addFlag({flag});
    if (const std::optional<int> exit = cli.parse(args, out, err))
        return *exit;
    const QString generator = cli.value(QStringLiteral("generator"));
    const QString section = cli.value(QStringLiteral("section"));
    const QString outDir = cli.value(QStringLiteral("out"));
    const QString endpoint = cli.value(QStringLiteral("endpoint"));
    const QString model = cli.value(QStringLiteral("model"));
    const bool trustFlag = cli.isSet(QStringLiteral("trust"));
    const bool allowHttp = cli.isSet(QStringLiteral("allow-insecure-http"));
    const bool force = cli.isSet(QStringLiteral("force"));
    const bool list = cli.isSet(QStringLiteral("list"));
    const bool check = cli.isSet(QStringLiteral("check"));
    const QStringList files = cli.positional();
    if (files.size() > 1 || (files.isEmpty() && !list))
        return cli.usageError(err);
    const QString spec = files.value(0);
    const QString root = spec.isEmpty() ? QDir::currentPath() : workspaceRoot(spec);
    GeneratorConfig config;
    const QList<GeneratorDefinition> generators = GeneratorRegistry::forWorkspace(root, &config);
    for (const QString &e : std::as_const(config.errors))
        err << "specc: " << e << '\n';
    if (list) {
        for (const GeneratorDefinition &d : generators)
            out << qSetFieldWidth(16) << Qt::left << d.name << qSetFieldWidth(10) << d.kind
                << qSetFieldWidth(0) << d.title
                << (d.builtin ? QString() : QStringLiteral("  [specwright.toml]")) << '\n';
        out << qSetFieldWidth(16) << Qt::left << QStringLiteral("pdf") << qSetFieldWidth(10)
            << QStringLiteral("pdf") << qSetFieldWidth(0) << tr("PDF documentation [IDE only]")
            << '\n';
        return config.errors.isEmpty() ? CliSupport::Ok : CliSupport::UsageOrIo;
    }
    if (isIdeOnly(generator))
        return CliSupport::usageError(
            err, tr("generate: the PDF generator is part of the IDE (Generate > PDF); specc "
                    "writes HTML documentation with --generator html"));
    if (!QFileInfo(spec).isFile())
        return CliSupport::ioError(err, tr("cannot read %1: no such file").arg(spec));
    const auto definition = GeneratorRegistry::find(generators, generator);
    if (!definition)
        return CliSupport::usageError(
            err, tr("generate: no generator \"%1\"; see specc generate --list").arg(generator));
    GenerationRequest request;
    request.workspace = Workspace::load(root);
    request.document = request.workspace->document(request.workspace->relativePath(spec));
    if (!request.document)
        request.document = SpecDocument::load(spec);
    if (request.document->hasProblem(ProblemKind::UnreadableFile))
        return CliSupport::ioError(err, request.document->problems().first().message);
    request.sectionId = section;
    request.outputDir = outDir.isEmpty() ? QDir(root).absoluteFilePath(config.outputDir)
                                         : QDir(outDir).absolutePath();
    request.force = force;
    if (check)
        return GenerateCheck::run(request, out);
    // The endpoint: the user's settings, then the environment, then the flags. Trust: --trust
    // or the user's trusted-workspace list (the IDE's).
    const std::unique_ptr<QSettings> user = CliUserSettings::open();
    request.llm = LlmSettings::forUser(*user);
    if (!endpoint.isEmpty())
        request.llm.baseUrl = QUrl(endpoint);
    if (!model.isEmpty())
        request.llm.model = model;
    request.llm.allowInsecureHttp = request.llm.allowInsecureHttp || allowHttp;
    request.userSettingsFile = user->fileName();
    request.workspaceTrusted = trustFlag || WorkspaceTrust(*user).isTrusted(root);
    GenerationJob job(*definition, request);
    QObject::connect(&job, &GenerationJob::streamText, &job, [&err](const QString &text) {
        err << text;
        err.flush();
    });
    const GenerationResult result = job.run();
    for (const QString &line : result.log)
        if (!line.startsWith(tr("wrote %1").arg(QString())) &&
            !line.startsWith(tr("unchanged %1").arg(QString())))
            err << line << '\n';
    const QString cwd = QDir::currentPath();
    for (const OutputResult &o : result.outputs) {
        const QString shown = QDir(cwd).relativeFilePath(o.path);
        switch (o.status) {
        case OutputResult::Status::Written:
            out << tr("wrote %1").arg(shown) << '\n';
            break;
        case OutputResult::Status::Unchanged:
            out << tr("unchanged %1").arg(shown) << '\n';
            break;
        case OutputResult::Status::Conflict:
            break; // already in the log
        case OutputResult::Status::Failed:
            break;
        }
    }
    if (result.hasConflicts())
        err << "specc: " << tr("outputs were edited by hand; use --force to overwrite them")
            << '\n';
    if (!result.ok)
        return result.hasConflicts() ? CliSupport::Findings : CliSupport::UsageOrIo;
    return CliSupport::Ok;
}

} // namespace Specwright
