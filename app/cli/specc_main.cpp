// specc: the headless command line of Specwright. Shares the model library with the IDE so
// lint, diff and generation run in CI exactly as in the editor.
#include "cli_support.h"
#include "diff_command.h"
#include "eval_command.h"
#include "examples_command.h"
#include "generate_command.h"
#include "lint_command.h"
#include "outline_command.h"
#include "trace_command.h"
#include "translation_loader.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <map>

using namespace Specwright;

namespace {

using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

const std::map<QString, std::pair<Command, const char *>> &commands()
{
    static const std::map<QString, std::pair<Command, const char *>> table = {
        {QStringLiteral("diff"),
         {&DiffCommand::run,
          QT_TRANSLATE_NOOP("specc", "compare two versions of a spec section by section")}},
        {QStringLiteral("examples"),
         {&ExamplesCommand::run,
          QT_TRANSLATE_NOOP("specc",
                            "list the examples of a spec: turns, decision points, labels")}},
        {QStringLiteral("eval"),
         {&EvalCommand::run,
          QT_TRANSLATE_NOOP("specc", "run the spec's examples against a model and grade them")}},
        {QStringLiteral("generate"),
         {&GenerateCommand::run,
          QT_TRANSLATE_NOOP("specc", "write docs, test skeletons and eval suites from a spec")}},
        {QStringLiteral("lint"),
         {&LintCommand::run,
          QT_TRANSLATE_NOOP("specc", "check specs for broken references, ambiguity and style")}},
        {QStringLiteral("outline"),
         {&OutlineCommand::run, QT_TRANSLATE_NOOP("specc", "print the section tree of a spec")}},
        {QStringLiteral("trace"),
         {&TraceCommand::run,
          QT_TRANSLATE_NOOP("specc", "list requirements, what covers them and broken references")}},
    };
    return table;
}

int printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("specc", "usage: specc COMMAND [OPTIONS] ARGS") << "\n\n"
        << QCoreApplication::translate("specc", "commands:") << '\n';
    for (const auto &[name, entry] : commands())
        out << "  " << qSetFieldWidth(10) << Qt::left << name << qSetFieldWidth(0)
            << QCoreApplication::translate("specc", entry.second) << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application =
        GenerateCommand::createApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("specc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPECWRIGHT_VERSION));
    TranslationLoader::install(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return printHelp(err), CliSupport::UsageOrIo;
    const QString name = args.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help")
        return printHelp(out);
    if (name == u"--version") {
        out << "specc " << SPECWRIGHT_VERSION << '\n';
        return 0;
    }
    const auto it = commands().find(name);
    if (it == commands().end())
        return CliSupport::usageError(
            err, QCoreApplication::translate("specc", "unknown command \"%1\"; see specc --help")
                     .arg(name));
    const int code = it->second.first(args, out, err);
    out.flush();
    err.flush();
    return code;
}
