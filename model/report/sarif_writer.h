// SARIF 2.1.0 of a ReportRun, shaped for GitHub code scanning and clean under Microsoft's
// SARIF Multitool (`validate --rule-kind Sarif Gh`): relative URIs under %SRCROOT%, rules
// with help and helpUri, partialFingerprints, versionControlProvenance, UTF-16 columns.
#pragma once

#include "report_run.h"

#include <QJsonObject>

namespace Specwright {

class SarifWriter
{
public:
    static constexpr auto rootBaseId = "%SRCROOT%";
    static constexpr auto fingerprintKey = "specwrightFinding/v1";

    static QJsonObject toJson(const ReportRun &run);
    static QByteArray write(const ReportRun &run);

    // SARIF wants plain-text messages as sentences ending in a period (SARIF2001).
    static QString asSentence(const QString &text);
};

} // namespace Specwright
