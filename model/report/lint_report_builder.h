// Turns lint diagnostics into a ReportRun: every rule documented, paths relative to the
// repository's work tree (or the given root outside a repository), fingerprints from the
// parsed documents and the version-control state.
#pragma once

#include "report_run.h"
#include "spec_document.h"

#include <QHash>

namespace Specwright {

class LintReportBuilder
{
public:
    // `checkedFiles` and the keys of `documents` are absolute paths; `fallbackRoot` is the
    // folder paths are relative to when it is not inside a git work tree.
    static ReportRun build(const QList<Diagnostic> &diagnostics, const QStringList &checkedFiles,
                           const QHash<QString, SpecDocument::Ptr> &documents,
                           const QString &fallbackRoot);

    // `path` relative to `root` ('/'-separated), or absolute when outside it.
    static QString reportPath(const QString &root, const QString &path);
};

} // namespace Specwright
