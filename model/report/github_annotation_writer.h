// GitHub Actions workflow commands (`::error file=…,line=…::message`) for a ReportRun, so
// findings show inline on a pull request without code scanning. Escaping as GitHub's
// toolkit does it: % CR LF in messages; additionally : and , in property values.
#pragma once

#include "report_run.h"

namespace Specwright {

class GithubAnnotationWriter
{
public:
    static QString write(const ReportRun &run);
    static QString command(const ReportResult &result);

    static QString escapeData(const QString &text);
    static QString escapeProperty(const QString &text);
    static QString commandName(Severity severity); // error, warning, notice
};

} // namespace Specwright
