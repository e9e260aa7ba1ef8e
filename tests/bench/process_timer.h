// Times an external program (reference tools, the specc CLI) as wall-clock time of the whole
// process, median of N runs; output is drained and discarded.
#pragma once

#include <QString>
#include <QStringList>

namespace Specwright::Bench {

struct ProcessTiming
{
    double medianMs = -1;
    QString error; // non-empty when the program could not run
};

ProcessTiming timeProcess(int runs, const QString &program, const QStringList &arguments,
                          const QString &workingDirectory = {});

} // namespace Specwright::Bench
