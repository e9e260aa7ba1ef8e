// `specc lint [PATHS] [--format text|json|sarif] [--profile P] [--summary] [--rules]`: lints
// spec files or folders (a folder is a workspace with its specwright.toml). Exit 1 when an
// error is found, 0 otherwise, 2 on usage or I/O errors.
#pragma once

#include "diagnostic.h"

#include <QCoreApplication>
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
    static QJsonObject toSarif(const QList<Diagnostic> &diagnostics);
    static void printRules(QTextStream &out);

private:
    static QString displayPath(const QString &path);
};

} // namespace Specwright
