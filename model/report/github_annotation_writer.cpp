#include "github_annotation_writer.h"

#include <QStringList>

namespace Specwright {

QString GithubAnnotationWriter::escapeData(const QString &text)
{
    QString out = text;
    out.replace(u'%', QLatin1String("%25"));
    out.replace(u'\r', QLatin1String("%0D"));
    out.replace(u'\n', QLatin1String("%0A"));
    return out;
}

QString GithubAnnotationWriter::escapeProperty(const QString &text)
{
    QString out = escapeData(text);
    out.replace(u':', QLatin1String("%3A"));
    out.replace(u',', QLatin1String("%2C"));
    return out;
}

QString GithubAnnotationWriter::commandName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("notice");
    }
    return QStringLiteral("warning");
}

QString GithubAnnotationWriter::command(const ReportResult &result)
{
    const SourceRange &r = result.range;
    QStringList props{QStringLiteral("file=") + escapeProperty(result.path)};
    if (r.startLine > 0) {
        const int endLine = std::max(r.startLine, r.endLine);
        props.append(QStringLiteral("line=%1").arg(r.startLine));
        if (r.startColumn > 0)
            props.append(QStringLiteral("col=%1").arg(r.startColumn));
        props.append(QStringLiteral("endLine=%1").arg(endLine));
        // GitHub documents endColumn for annotations on one line only.
        if (endLine == r.startLine && r.startColumn > 0)
            props.append(QStringLiteral("endColumn=%1").arg(std::max(r.startColumn, r.endColumn)));
    }
    props.append(QStringLiteral("title=") + escapeProperty(result.ruleId));
    return QStringLiteral("::%1 %2::%3")
        .arg(commandName(result.severity), props.join(u','), escapeData(result.message));
}

QString GithubAnnotationWriter::write(const ReportRun &run)
{
    QString out;
    for (const ReportResult &r : run.results)
        out += command(r) + u'\n';
    return out;
}

} // namespace Specwright
