// `specc diff [--from REV] [--to REV] [--format text|json|html|changelog] FILE`: the
// section-aware diff of two versions of a spec in its git repository. Each output format is
// one entry of formats(); a new format is one more entry there.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace Specwright {

struct DiffResult;

class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    // What a format writes from.
    struct Comparison
    {
        QString file; // relative to the repository
        QString fromLabel;
        QString toLabel;
        const DiffResult *result = nullptr;
    };
    struct Format
    {
        QString name;
        std::function<void(const Comparison &, QTextStream &)> write;
    };
    static const QList<Format> &formats();

    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static void printText(const DiffResult &result, const QString &fromLabel,
                          const QString &toLabel, QTextStream &out);
    static QString usage();
};

} // namespace Specwright
