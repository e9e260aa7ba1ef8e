#include "lint_command.h"

#include "cli_arguments.h"
#include "cli_support.h"
#include "github_annotation_writer.h"
#include "junit_writer.h"
#include "lint_engine.h"
#include "lint_profiles.h"
#include "lint_report_builder.h"
#include "sarif_writer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace Specwright {

namespace {

// The folder holding specwright.toml above a file, else the file's own folder.
QString configRootFor(const QString &file)
{
    QDir dir = QFileInfo(file).absoluteDir();
    while (true) {
        if (QFileInfo::exists(dir.filePath(QString::fromLatin1(LintConfig::fileName))))
            return dir.absolutePath();
        if (QFileInfo(dir.filePath(QStringLiteral(".git"))).exists() || !dir.cdUp())
            break;
    }
    return QFileInfo(file).absolutePath();
}

} // namespace

QString LintCommand::displayPath(const QString &path)
{
    const QString rel = QDir::current().relativeFilePath(path);
    return rel.startsWith(QLatin1String("..")) ? path : rel;
}

void LintCommand::printText(const QList<Diagnostic> &diagnostics, QTextStream &out)
{
    for (const Diagnostic &d : diagnostics) {
        out << displayPath(d.file) << ':' << d.range.startLine << ':'
            << std::max(1, d.range.startColumn) << ": " << LintConfig::severityName(d.severity)
            << ' ' << d.ruleId << ' ' << d.message << '\n';
    }
}

void LintCommand::printSummary(const QList<Diagnostic> &diagnostics, int files, QTextStream &out)
{
    QMap<QString, int> perRule;
    int counts[3] = {0, 0, 0};
    for (const Diagnostic &d : diagnostics) {
        perRule[d.ruleId] += 1;
        counts[int(d.severity)] += 1;
    }
    out << tr("%1 file(s): %2 error(s), %3 warning(s), %4 info")
               .arg(files)
               .arg(counts[0])
               .arg(counts[1])
               .arg(counts[2])
        << '\n';
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        out << "  " << qSetFieldWidth(6) << Qt::right << it.value() << qSetFieldWidth(0) << "  "
            << it.key() << '\n';
}

QJsonObject LintCommand::toJson(const QList<Diagnostic> &diagnostics, int files)
{
    QJsonArray items;
    QJsonObject counts{
        {QStringLiteral("error"), 0}, {QStringLiteral("warning"), 0}, {QStringLiteral("info"), 0}};
    for (const Diagnostic &d : diagnostics) {
        QJsonArray fixes;
        for (const Fix &f : d.fixes) {
            QJsonArray edits;
            for (const TextEdit &e : f.edits)
                edits.append(QJsonObject{{QStringLiteral("start"), e.startOffset},
                                         {QStringLiteral("end"), e.endOffset},
                                         {QStringLiteral("text"), e.newText}});
            fixes.append(
                QJsonObject{{QStringLiteral("title"), f.title}, {QStringLiteral("edits"), edits}});
        }
        const QString severity = LintConfig::severityName(d.severity);
        counts[severity] = counts[severity].toInt() + 1;
        items.append(QJsonObject{{QStringLiteral("file"), displayPath(d.file)},
                                 {QStringLiteral("line"), d.range.startLine},
                                 {QStringLiteral("column"), std::max(1, d.range.startColumn)},
                                 {QStringLiteral("endLine"), d.range.endLine},
                                 {QStringLiteral("endColumn"), d.range.endColumn},
                                 {QStringLiteral("startOffset"), d.range.startOffset},
                                 {QStringLiteral("endOffset"), d.range.endOffset},
                                 {QStringLiteral("severity"), severity},
                                 {QStringLiteral("rule"), d.ruleId},
                                 {QStringLiteral("message"), d.message},
                                 {QStringLiteral("fixes"), fixes}});
    }
    return QJsonObject{{QStringLiteral("files"), files},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("diagnostics"), items}};
}

ReportRun LintCommand::toReport(const QList<Diagnostic> &diagnostics, const QStringList &files,
                                const QHash<QString, SpecDocument::Ptr> &documents,
                                const QString &root)
{
    return LintReportBuilder::build(diagnostics, files, documents, root);
}

void LintCommand::printRules(QTextStream &out)
{
    // Which profile turns each rule on, so a reader sees why a rule did or did not run.
    const QList<LintProfile> all = {LintProfile::Rfc, LintProfile::ModelSpec, LintProfile::SpecKit,
                                    LintProfile::Ears};
    for (const LintRuleInfo &r : LintEngine::rules()) {
        QStringList profiles;
        for (LintProfile p : all)
            if (r.profiles.isEmpty() || r.profiles.contains(p))
                profiles.append(LintConfig::profileName(p));
        const QString on =
            r.enabledByDefault
                ? tr("on in: %1").arg(profiles.join(u", "))
                : tr("off by default; turn on with \"%1\" = \"on\" in specwright.toml").arg(r.id);
        out << r.id << "  [" << LintConfig::severityName(r.defaultSeverity) << "] " << on << "\n  "
            << r.summary << ". " << r.doc << "\n\n";
    }
}

int LintCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliArguments cli(QStringLiteral("lint"),
                     tr("usage: specc lint [PATHS] [--format text|json|sarif|github|junit] "
                        "[--fail-on error|warning|info] [--profile P] [--summary] [--rules]"));
    cli.addValue({QStringLiteral("format")}, QStringLiteral("FORMAT"), QStringLiteral("text"));
    cli.addValue({QStringLiteral("fail-on")}, QStringLiteral("SEVERITY"), QStringLiteral("error"));
    cli.addValue({QStringLiteral("profile")}, QStringLiteral("PROFILE"));
    cli.addFlag({QStringLiteral("summary")});
    cli.addFlag({QStringLiteral("rules")});
    if (const std::optional<int> exit = cli.parse(args, out, err))
        return *exit;
    if (cli.isSet(QStringLiteral("rules"))) {
        printRules(out);
        return CliSupport::Ok;
    }
    const bool summary = cli.isSet(QStringLiteral("summary"));
    const QString format = cli.value(QStringLiteral("format"));
    static const QStringList formats{QStringLiteral("text"), QStringLiteral("json"),
                                     QStringLiteral("sarif"), QStringLiteral("github"),
                                     QStringLiteral("junit")};
    if (!formats.contains(format))
        return CliSupport::usageError(
            err, tr("lint: --format takes text, json, sarif, github or junit"));
    const std::optional<Severity> failOnName =
        LintConfig::severityFromName(cli.value(QStringLiteral("fail-on")));
    if (!failOnName)
        return CliSupport::usageError(err, tr("lint: --fail-on takes error, warning or info"));
    const Severity failOn = *failOnName;
    std::optional<LintProfile> profile;
    if (cli.isSet(QStringLiteral("profile"))) {
        profile = LintConfig::profileFromName(cli.value(QStringLiteral("profile")));
        if (!profile)
            return CliSupport::usageError(
                err, tr("lint: --profile takes %1").arg(lintProfileNameList().join(u", ")));
    }
    QStringList paths = cli.positional();
    if (paths.isEmpty())
        paths.append(QStringLiteral("."));

    QList<Diagnostic> diagnostics;
    int files = 0;
    QStringList checked;                         // absolute paths, for the report formats
    QHash<QString, SpecDocument::Ptr> documents; // fingerprints read the parsed text
    QString root;                                // paths are relative to it outside git
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const LintConfig config = LintConfig::forWorkspace(info.absoluteFilePath());
            LintEngine engine(config);
            engine.setProfileOverride(profile);
            const Workspace::Ptr ws = Workspace::load(info.absoluteFilePath());
            for (const QString &f : ws->files()) {
                if (config.isIgnored(f))
                    continue;
                ++files;
                checked.append(ws->absolutePath(f));
                documents.insert(ws->absolutePath(f), ws->document(f));
            }
            if (root.isEmpty())
                root = info.absoluteFilePath();
            diagnostics += engine.lintWorkspace(*ws);
        } else if (info.isFile()) {
            const SpecDocument::Ptr doc = SpecDocument::load(info.absoluteFilePath());
            if (doc->hasProblem(ProblemKind::UnreadableFile))
                return CliSupport::ioError(err, doc->problems().first().message);
            const QString configRoot = configRootFor(info.absoluteFilePath());
            LintEngine engine(LintConfig::forWorkspace(configRoot));
            engine.setProfileOverride(profile);
            diagnostics += engine.configDiagnostics();
            diagnostics += engine.lint(*doc);
            ++files;
            checked.append(info.absoluteFilePath());
            documents.insert(info.absoluteFilePath(), doc);
            if (root.isEmpty())
                root = configRoot;
        } else {
            return CliSupport::ioError(err, tr("cannot read %1: no such file or folder").arg(path));
        }
    }
    LintEngine::sortDiagnostics(diagnostics);
    if (format == u"json")
        out << QJsonDocument(toJson(diagnostics, files)).toJson(QJsonDocument::Indented);
    else if (format == u"sarif")
        out << SarifWriter::write(toReport(diagnostics, checked, documents, root));
    else if (format == u"github")
        out << GithubAnnotationWriter::write(toReport(diagnostics, checked, documents, root));
    else if (format == u"junit")
        out << JunitWriter::write(JunitReport::fromFindings(
            toReport(diagnostics, checked, documents, root), failOn, QStringLiteral("specc lint")));
    else if (summary)
        printSummary(diagnostics, files, out);
    else
        printText(diagnostics, out);
    // Severity is ordered Error < Warning < Info: --fail-on warning also fails on errors.
    for (const Diagnostic &d : std::as_const(diagnostics))
        if (int(d.severity) <= int(failOn))
            return CliSupport::Findings;
    return CliSupport::Ok;
}

} // namespace Specwright
