// The one argument parser of the specc subcommands: a QCommandLineParser set up the same way
// for each. Options are long (--name VALUE or --name=VALUE) with optional one-letter aliases;
// -h/--help prints the command's usage; an unknown option or a missing value is a usage error
// (exit code 2) that names the command. Values are checked by the command itself.
#pragma once

#include <QCommandLineParser>
#include <QTextStream>
#include <optional>

namespace Specwright {

class CliArguments
{
public:
    // usage: the command's usage text, printed by --help and after a usage error.
    CliArguments(const QString &command, const QString &usage);

    // names: the long name first, then aliases ("generator", "g").
    void addFlag(const QStringList &names);
    void addValue(const QStringList &names, const QString &valueName,
                  const QString &defaultValue = {});
    // Parses the arguments after the command name. Returns the exit code when the command
    // stops here (after --help, or a usage error printed to err), nothing when it goes on.
    std::optional<int> parse(const QStringList &args, QTextStream &out, QTextStream &err);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // A usage error of this command: "specc: COMMAND: message" and the usage, exit code 2.
    int usageError(QTextStream &err, const QString &message) const;
    // The usage alone, as a usage error (wrong number of arguments).
    int usageError(QTextStream &err) const;

private:
    QString m_command;
    QString m_usage;
    QCommandLineParser m_parser;
};

} // namespace Specwright
