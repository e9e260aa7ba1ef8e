#include "spec_file_command.h"

#include "cli_arguments.h"
#include "cli_support.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Specwright {

int SpecFileCommand::run(const QString &command, const QString &usage, const QStringList &args,
                         QTextStream &out, QTextStream &err, const ToJson &toJson,
                         const PrintText &printText)
{
    CliArguments cli(command, usage);
    cli.addFlag({QStringLiteral("json")});
    if (const std::optional<int> exit = cli.parse(args, out, err))
        return *exit;
    const QStringList files = cli.positional();
    if (files.size() != 1)
        return cli.usageError(err);
    const QString path = files.first();
    if (!QFileInfo(path).isFile())
        return CliSupport::ioError(err, tr("cannot read %1: no such file").arg(path));
    const SpecDocument::Ptr doc = SpecDocument::load(path);
    if (doc->hasProblem(ProblemKind::UnreadableFile))
        return CliSupport::ioError(err, doc->problems().first().message);
    if (cli.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(*doc)).toJson(QJsonDocument::Indented);
    else
        printText(*doc, out);
    return CliSupport::Ok;
}

QJsonObject SpecFileCommand::attributesJson(const QList<Attribute> &attributes)
{
    QJsonObject out;
    for (const Attribute &a : attributes)
        out.insert(a.key, a.value);
    return out;
}

} // namespace Specwright
