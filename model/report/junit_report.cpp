#include "junit_report.h"

#include "lint_config.h"

#include <QMap>

namespace Specwright {

int JunitSuite::failureCount() const
{
    int n = 0;
    for (const JunitCase &c : cases)
        n += c.failure ? 1 : 0;
    return n;
}

int JunitSuite::skippedCount() const
{
    int n = 0;
    for (const JunitCase &c : cases)
        n += c.skipped ? 1 : 0;
    return n;
}

JunitReport JunitReport::fromFindings(const ReportRun &run, Severity failAt, const QString &name)
{
    QMap<QString, JunitSuite> byFile;
    for (const QString &a : run.artifacts)
        byFile[a].name = a;
    for (const ReportResult &r : run.results) {
        JunitSuite &suite = byFile[r.path];
        suite.name = r.path;
        const QString line = QStringLiteral("%1:%2:%3: %4 %5 %6")
                                 .arg(r.path)
                                 .arg(r.range.startLine)
                                 .arg(std::max(1, r.range.startColumn))
                                 .arg(LintConfig::severityName(r.severity), r.ruleId, r.message);
        JunitCase c;
        c.className = r.path;
        c.name = QStringLiteral("%1 at %2:%3")
                     .arg(r.ruleId)
                     .arg(r.range.startLine)
                     .arg(std::max(1, r.range.startColumn));
        c.file = r.path;
        c.line = r.range.startLine;
        // Severity is ordered Error < Warning < Info: "reaches" means not milder.
        if (int(r.severity) <= int(failAt))
            c.failure = JunitFailure{r.ruleId, r.message, line};
        else
            c.systemOut = line;
        suite.cases.append(c);
    }
    JunitReport report;
    report.name = name;
    for (auto it = byFile.begin(); it != byFile.end(); ++it) {
        if (it->cases.isEmpty()) {
            JunitCase clean;
            clean.className = it.key();
            clean.name = name;
            clean.file = it.key();
            it->cases.append(clean);
        }
        report.suites.append(*it);
    }
    return report;
}

} // namespace Specwright
