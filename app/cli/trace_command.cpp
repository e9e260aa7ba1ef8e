#include "trace_command.h"

#include "cli_arguments.h"
#include "cli_support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Specwright {

namespace {

bool listed(const QString &file, const QString &only)
{
    return only.isEmpty() || file == only;
}

QString place(const TraceReference &r)
{
    return r.file + u':' + QString::number(r.line);
}

// Where requirement `i` is covered, as file:line places.
QStringList coveringPlaces(const TraceIndex &index, int i)
{
    QStringList places;
    for (int ref : index.coverage(i))
        places.append(place(index.references().at(ref).reference));
    return places;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

struct Counts
{
    int requirements = 0;
    int uncovered = 0;
    int references = 0;
    int broken = 0;
};

Counts countsOf(const TraceIndex &index, const QString &only)
{
    Counts c;
    const QSet<int> duplicates(index.duplicates().cbegin(), index.duplicates().cend());
    for (int i = 0; i < index.requirements().size(); ++i) {
        if (!listed(index.requirements().at(i).file, only))
            continue;
        ++c.requirements;
        if (!index.isCovered(i) && !duplicates.contains(i))
            ++c.uncovered;
    }
    for (const auto &r : index.references()) {
        if (!listed(r.reference.file, only))
            continue;
        ++c.references;
        c.broken += r.resolved() ? 0 : 1;
    }
    return c;
}

} // namespace

QJsonObject TraceCommand::toJson(const TraceIndex &index, const QString &only)
{
    QJsonArray requirements;
    for (int i = 0; i < index.requirements().size(); ++i) {
        const Requirement &r = index.requirements().at(i);
        if (!listed(r.file, only))
            continue;
        QJsonArray coveredBy;
        for (int ref : index.coverage(i)) {
            const TraceReference &c = index.references().at(ref).reference;
            coveredBy.append(QJsonObject{{QStringLiteral("file"), c.file},
                                         {QStringLiteral("line"), c.line},
                                         {QStringLiteral("context"), traceContextName(c.context)}});
        }
        QJsonObject o{
            {QStringLiteral("id"), r.id},     {QStringLiteral("kind"), requirementKindName(r.kind)},
            {QStringLiteral("file"), r.file}, {QStringLiteral("line"), r.line},
            {QStringLiteral("text"), r.text}, {QStringLiteral("covered_by"), coveredBy}};
        if (!r.form.isEmpty())
            o.insert(QStringLiteral("form"), r.form);
        if (!r.parent.isEmpty())
            o.insert(QStringLiteral("parent"), r.parent);
        requirements.append(o);
    }
    QJsonArray references;
    for (const auto &r : index.references()) {
        if (!listed(r.reference.file, only))
            continue;
        QJsonObject o{{QStringLiteral("file"), r.reference.file},
                      {QStringLiteral("line"), r.reference.line},
                      {QStringLiteral("target"), r.reference.target},
                      {QStringLiteral("context"), traceContextName(r.reference.context)},
                      {QStringLiteral("resolved"), r.resolved()}};
        if (r.resolved()) {
            const Requirement &t = index.requirements().at(r.requirement);
            o.insert(QStringLiteral("target_file"), t.file);
            o.insert(QStringLiteral("target_line"), t.line);
        }
        references.append(o);
    }
    const Counts c = countsOf(index, only);
    return QJsonObject{
        {QStringLiteral("root"), index.rootPath()},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("references"), references},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("requirements"), c.requirements},
                                                {QStringLiteral("uncovered"), c.uncovered},
                                                {QStringLiteral("references"), c.references},
                                                {QStringLiteral("broken"), c.broken}}}};
}

QString TraceCommand::toCsv(const TraceIndex &index, const QString &only)
{
    QString out = QStringLiteral("id,kind,file,line,covered,covered_by\n");
    for (int i = 0; i < index.requirements().size(); ++i) {
        const Requirement &r = index.requirements().at(i);
        if (!listed(r.file, only))
            continue;
        const QStringList by = coveringPlaces(index, i);
        out += QStringList{csvField(r.id),
                           requirementKindName(r.kind),
                           csvField(r.file),
                           QString::number(r.line),
                           index.isCovered(i) ? QStringLiteral("yes") : QStringLiteral("no"),
                           csvField(by.join(u';'))}
                   .join(u',') +
               u'\n';
    }
    return out;
}

QString TraceCommand::toHtml(const TraceIndex &index, const QString &only)
{
    QString h =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>"
            "body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid "
            "#bbb;padding:2px 6px;text-align:left}tr.gap td{background:#fde2e1}"
            "tr.broken td{background:#fde2e1}</style></head><body>\n<h1>%1</h1>\n")
            .arg(tr("Traceability").toHtmlEscaped());
    const Counts c = countsOf(index, only);
    h += QStringLiteral("<p>%1</p>\n")
             .arg(tr("%1 requirements, %2 not covered; %3 references, %4 broken")
                      .arg(c.requirements)
                      .arg(c.uncovered)
                      .arg(c.references)
                      .arg(c.broken)
                      .toHtmlEscaped());
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(tr("Requirement").toHtmlEscaped(), tr("Kind").toHtmlEscaped(),
                  tr("Defined in").toHtmlEscaped(), tr("Covered by").toHtmlEscaped());
    for (int i = 0; i < index.requirements().size(); ++i) {
        const Requirement &r = index.requirements().at(i);
        if (!listed(r.file, only))
            continue;
        QStringList by = coveringPlaces(index, i);
        for (QString &p : by)
            p = p.toHtmlEscaped();
        h +=
            QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4:%5</td><td>%6</td></tr>\n")
                .arg(index.isCovered(i) ? QString() : QStringLiteral(" class=\"gap\""),
                     r.id.toHtmlEscaped(), requirementKindName(r.kind), r.file.toHtmlEscaped())
                .arg(r.line)
                .arg(by.isEmpty() ? tr("nothing").toHtmlEscaped() : by.join(QLatin1String("<br>")));
    }
    h += QStringLiteral("</table>\n");
    if (c.broken > 0) {
        h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(tr("Broken references").toHtmlEscaped());
        for (const auto &r : index.references())
            if (!r.resolved() && listed(r.reference.file, only))
                h += QStringLiteral("<tr class=\"broken\"><td>%1</td><td>%2</td></tr>\n")
                         .arg(place(r.reference).toHtmlEscaped(),
                              r.reference.target.toHtmlEscaped());
        h += QStringLiteral("</table>\n");
    }
    return h + QStringLiteral("</body></html>\n");
}

void TraceCommand::printText(const TraceIndex &index, QTextStream &out, const QString &only)
{
    for (int i = 0; i < index.requirements().size(); ++i) {
        const Requirement &r = index.requirements().at(i);
        if (!listed(r.file, only))
            continue;
        const QStringList by = coveringPlaces(index, i);
        out << r.file << ':' << r.line << ": " << r.id << " (" << requirementKindName(r.kind)
            << ") " << (by.isEmpty() ? tr("NOT COVERED") : tr("covered by %1").arg(by.join(u", ")))
            << '\n';
    }
    for (const auto &r : index.references())
        if (!r.resolved() && listed(r.reference.file, only))
            out << place(r.reference) << ": "
                << tr("broken reference to %1").arg(r.reference.target) << '\n';
    const Counts c = countsOf(index, only);
    out << tr("%1 requirements, %2 not covered; %3 references, %4 broken")
               .arg(c.requirements)
               .arg(c.uncovered)
               .arg(c.references)
               .arg(c.broken)
        << '\n';
}

int TraceCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliArguments cli(QStringLiteral("trace"),
                     tr("usage: specc trace [--format text|json|csv|html] [--fail-uncovered] "
                        "[PATHS]"));
    cli.addValue({QStringLiteral("format")}, QStringLiteral("FORMAT"), QStringLiteral("text"));
    cli.addFlag({QStringLiteral("fail-uncovered")});
    if (const std::optional<int> exit = cli.parse(args, out, err))
        return *exit;
    const QString format = cli.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json" && format != u"csv" && format != u"html")
        return CliSupport::usageError(err, tr("trace: --format takes text, json, csv or html"));
    const bool failUncovered = cli.isSet(QStringLiteral("fail-uncovered"));
    QStringList paths = cli.positional();
    if (paths.isEmpty())
        paths.append(QStringLiteral("."));
    if (paths.size() > 1 && format != u"text")
        return CliSupport::usageError(
            err, tr("trace: --format %1 takes one folder or file").arg(format));

    bool failed = false;
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (!info.exists())
            return CliSupport::ioError(err, tr("cannot read %1: no such file or folder").arg(path));
        const QString root = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        const Workspace::Ptr ws = Workspace::load(root);
        const TraceConfig config = TraceConfig::forWorkspace(root);
        for (const QString &problem : config.problems())
            err << "specc: " << problem << '\n';
        const TraceIndex::Ptr index = TraceIndex::build(*ws, config);
        const QString only = info.isDir() ? QString() : ws->relativePath(info.absoluteFilePath());
        if (format == u"json")
            out << QJsonDocument(toJson(*index, only)).toJson(QJsonDocument::Indented);
        else if (format == u"csv")
            out << toCsv(*index, only);
        else if (format == u"html")
            out << toHtml(*index, only);
        else
            printText(*index, out, only);
        const Counts c = countsOf(*index, only);
        failed |= c.broken > 0 || (failUncovered && c.uncovered > 0);
    }
    return failed ? CliSupport::Findings : CliSupport::Ok;
}

} // namespace Specwright
