// A JUnit XML report as data: suites of test cases, each passed, failed or skipped. Lint
// findings, diff checks and evals all map onto it; JunitWriter turns it into XML.
#pragma once

#include "report_run.h"

#include <QList>
#include <QString>

namespace Specwright {

struct JunitFailure
{
    QString type;    // e.g. the rule id
    QString message; // one line
    QString text;    // details, e.g. "file:line:col: severity rule message"
};

struct JunitCase
{
    QString className; // JUnit's "classname": the file or component
    QString name;
    QString file; // optional, for reporters that link to sources
    int line = 0;
    std::optional<JunitFailure> failure;
    std::optional<QString> skipped; // the reason
    QString systemOut;
    double seconds = 0;
};

struct JunitSuite
{
    QString name;
    QList<JunitCase> cases;
    int failureCount() const;
    int skippedCount() const;
};

struct JunitReport
{
    QString name;
    QList<JunitSuite> suites;

    // One suite per checked file, one case per finding (failed when its severity reaches
    // failAt, passed with the finding as system-out otherwise); a clean file is one passed
    // case.
    static JunitReport fromFindings(const ReportRun &run, Severity failAt, const QString &name);
};

} // namespace Specwright
