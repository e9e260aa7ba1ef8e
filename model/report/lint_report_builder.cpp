#include "lint_report_builder.h"

#include "finding_fingerprint.h"
#include "lint_engine.h"
#include "rule_documentation.h"
#include "version_control_probe.h"

#include <QDir>
#include <QFileInfo>

namespace Specwright {

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    if (!c.isEmpty())
        return c;
    // A file that is gone: canonicalise its folder so symlinked temp paths still match.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

QString LintReportBuilder::reportPath(const QString &root, const QString &path)
{
    const QString full = canonical(path);
    const QString rel = QDir(canonical(root)).relativeFilePath(full);
    if (rel.startsWith(QLatin1String("../")) || rel == u".." || QDir::isAbsolutePath(rel))
        return QDir::fromNativeSeparators(full);
    return QDir::fromNativeSeparators(rel);
}

ReportRun LintReportBuilder::build(const QList<Diagnostic> &diagnostics,
                                   const QStringList &checkedFiles,
                                   const QHash<QString, SpecDocument::Ptr> &documents,
                                   const QString &fallbackRoot)
{
    ReportRun run;
    run.toolName = QStringLiteral("specc");
    run.toolVersion = QStringLiteral(SPECWRIGHT_VERSION);
    run.informationUri = QLatin1String(RuleDocumentation::repositoryUrl);
    QString workTree;
    run.versionControl = VersionControlProbe::probe(fallbackRoot, &workTree);
    run.rootPath = canonical(run.versionControl ? workTree : fallbackRoot);
    run.rules = RuleDocumentation::reportRules(LintEngine::rules());

    QHash<QString, SpecDocument::Ptr> byReportPath;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        byReportPath.insert(reportPath(run.rootPath, it.key()), it.value());
    for (const QString &f : checkedFiles) {
        const QString p = reportPath(run.rootPath, f);
        if (!run.artifacts.contains(p))
            run.artifacts.append(p);
    }
    for (const Diagnostic &d : diagnostics) {
        ReportResult r;
        r.ruleId = d.ruleId;
        r.severity = d.severity;
        r.message = d.message;
        r.path = reportPath(run.rootPath, d.file);
        r.range = d.range;
        run.results.append(r);
    }
    FindingFingerprint::assign(
        run.results, [&byReportPath](const QString &path) { return byReportPath.value(path); });
    return run;
}

} // namespace Specwright
