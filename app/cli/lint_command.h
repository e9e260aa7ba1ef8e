// `specc lint [PATHS] [--format text|json|sarif|github|junit] [--fail-on error|warning|info]
// [--profile P] [--summary] [--rules]`: lints spec files or folders (a folder is a workspace
// with its specwright.toml). Exit 1 when a finding reaches --fail-on (default: error), 0
// otherwise, 2 on usage or I/O errors.
#pragma once

#include "diagnostic.h"
#include "report_run.h"
#include "spec_document.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace Specwright {

class LintCommand
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

    static void printText(const QList<Diagnostic> &diagnostics, QTextStream &out);
    static void printSummary(const QList<Diagnostic> &diagnostics, int files, QTextStream &out);
    static QJsonObject toJson(const QList<Diagnostic> &diagnostics, int files);
    // The run the sarif, github and junit formats write (model/report).
    static ReportRun toReport(const QList<Diagnostic> &diagnostics, const QStringList &files,
                              const QHash<QString, SpecDocument::Ptr> &documents,
                              const QString &root);
    static void printRules(QTextStream &out);

private:
    static QString displayPath(const QString &path);
};

} // namespace Specwright
