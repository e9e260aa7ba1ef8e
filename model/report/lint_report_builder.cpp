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

// Snippets make a finding readable in viewers that lack the sources; findings that span a
// whole long section are left without, so a report stays small.
constexpr int maxSnippet = 2000;

void addSnippets(const SpecDocument &doc, ReportResult &r)
{
    const SourceText &source = doc.source();
    const SourceRange &range = r.range;
    if (range.startLine < 1 || range.startLine > source.lineCount())
        return;
    if (range.startOffset >= 0 && range.endOffset > range.startOffset &&
        range.endOffset <= doc.text().size() && range.endOffset - range.startOffset <= maxSnippet)
        r.snippet = doc.text().mid(range.startOffset, range.endOffset - range.startOffset);
    const int first = std::max(1, range.startLine - 1);
    const int last = std::min(source.lineCount(), std::max(range.startLine, range.endLine) + 1);
    QStringList lines;
    qsizetype size = 0;
    for (int line = first; line <= last; ++line) {
        lines.append(source.line(line).toString());
        size += lines.last().size() + 1;
    }
    if (size > maxSnippet)
        return;
    r.contextStartLine = first;
    r.contextEndLine = last;
    r.contextSnippet = lines.join(u'\n');
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
    for (ReportResult &r : run.results)
        if (const SpecDocument::Ptr doc = byReportPath.value(r.path))
            addSnippets(*doc, r);
    return run;
}

} // namespace Specwright
