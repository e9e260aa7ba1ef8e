// `specc diff [--from REV] [--to REV] [--format text|json|html] FILE`: the section-aware diff of
// two versions of a spec in its git repository.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Specwright {

struct DiffResult;

class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static void printText(const DiffResult &result, const QString &fromLabel,
                          const QString &toLabel, QTextStream &out);
    static QString usage();
};

} // namespace Specwright
