// `specc trace [--format text|json|csv|html] [--fail-uncovered] PATHS`: the requirements of
// each workspace folder with what covers them, and every trace reference resolved. Exit 1 on
// a broken reference (or, with --fail-uncovered, an uncovered requirement), 2 on usage or I/O
// errors.
#pragma once

#include "trace_index.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace Specwright {

class TraceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TraceCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

    // `only`: a relative file whose requirements and references alone are listed (empty: all).
    static QJsonObject toJson(const TraceIndex &index, const QString &only = {});
    static QString toCsv(const TraceIndex &index, const QString &only = {});
    static QString toHtml(const TraceIndex &index, const QString &only = {});
    static void printText(const TraceIndex &index, QTextStream &out, const QString &only = {});
};

} // namespace Specwright
