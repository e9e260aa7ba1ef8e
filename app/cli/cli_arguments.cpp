#include "cli_arguments.h"

#include "cli_support.h"

namespace Specwright {

CliArguments::CliArguments(const QString &command, const QString &usage)
    : m_command(command)
    , m_usage(usage)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
}

void CliArguments::addFlag(const QStringList &names)
{
    m_parser.addOption(QCommandLineOption(names));
}

void CliArguments::addValue(const QStringList &names, const QString &valueName,
                            const QString &defaultValue)
{
    m_parser.addOption(QCommandLineOption(names, {}, valueName, defaultValue));
}

std::optional<int> CliArguments::parse(const QStringList &args, QTextStream &out, QTextStream &err)
{
    // QCommandLineParser takes the program name first.
    if (!m_parser.parse(QStringList{m_command} + args))
        return usageError(err, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << m_usage << '\n';
        return CliSupport::Ok;
    }
    return std::nullopt;
}

int CliArguments::usageError(QTextStream &err, const QString &message) const
{
    return CliSupport::usageError(err, m_command + u": " + message + u'\n' + m_usage);
}

int CliArguments::usageError(QTextStream &err) const
{
    return CliSupport::usageError(err, m_usage);
}

} // namespace Specwright
