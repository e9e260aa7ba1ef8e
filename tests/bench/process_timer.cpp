#include "process_timer.h"

#include "bench_timer.h"

#include <QProcess>

namespace Specwright::Bench {

namespace {

bool runOnce(const QString &program, const QStringList &arguments, const QString &dir,
             QString *error)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(10000) || !process.waitForFinished(600000)) {
        *error = process.errorString();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        *error = QStringLiteral("%1 crashed").arg(program);
        return false;
    }
    return true;
}

} // namespace

ProcessTiming timeProcess(int runs, const QString &program, const QStringList &arguments,
                          const QString &workingDirectory)
{
    ProcessTiming timing;
    QString error;
    if (!runOnce(program, arguments, workingDirectory, &error)) {
        timing.error = error;
        return timing;
    }
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        if (!runOnce(program, arguments, workingDirectory, &error)) {
            timing.error = error;
            return timing;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    timing.medianMs = median(times);
    return timing;
}

} // namespace Specwright::Bench
