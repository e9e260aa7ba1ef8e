// specwright_bench: times parse, lint, preview render, diff and the IDE on generated
// Model-Spec-shaped inputs next to reference tools, and prints one table. Run it through
// tests/bench/run-bench.sh (`packaging/dev.sh bench`), which makes the inputs and measures
// markdownlint-cli2 on the host.
#include "bench_input.h"
#include "ide_benchmarks.h"
#include "model_benchmarks.h"
#include "result_table.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

using namespace Specwright::Bench;

namespace {

QString cpuName()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly))
        for (const QByteArray &line : info.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Specwright benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption inputsOption(
        QStringLiteral("inputs"),
        QStringLiteral("Folder with spec-<size>/spec.md and spec-<size>-v2.md."),
        QStringLiteral("dir"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Comma-separated size names."),
                                         QStringLiteral("list"), QStringLiteral("100K,270K,1M,4M"));
    const QCommandLineOption referenceOption(
        QStringLiteral("reference"),
        QStringLiteral("TSV of reference times measured outside (tool, size, ms)."),
        QStringLiteral("file"));
    const QCommandLineOption speccOption(QStringLiteral("specc"),
                                         QStringLiteral("Path of the specc program."),
                                         QStringLiteral("path"));
    const QCommandLineOption markdownOption(
        QStringLiteral("markdown"),
        QStringLiteral("Also write the table as Markdown to this file."), QStringLiteral("file"));
    const QCommandLineOption scaleOption(QStringLiteral("runs-scale"),
                                         QStringLiteral("Multiply the number of runs (default 1)."),
                                         QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated subset: parse,lint,render,diff,cli,ide."),
        QStringLiteral("list"), QStringLiteral("parse,lint,render,diff,cli,ide"));
    const QCommandLineOption ideRunsOption(QStringLiteral("ide-runs"),
                                           QStringLiteral("IDE child runs per size."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption childOption(QStringLiteral("ide-child"),
                                         QStringLiteral("Internal: run the IDE part on one file."),
                                         QStringLiteral("file"));
    const QCommandLineOption keysOption(QStringLiteral("keys"),
                                        QStringLiteral("Keystrokes per IDE run."),
                                        QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({inputsOption, sizesOption, referenceOption, speccOption, markdownOption,
                       scaleOption, onlyOption, ideRunsOption, childOption, keysOption});
    parser.process(app);

    if (parser.isSet(childOption))
        return IdeBenchmarks::runChild(parser.value(childOption), parser.value(keysOption).toInt());

    QTextStream err(stderr);
    const QList<BenchInput> inputs =
        loadInputs(parser.value(inputsOption), parser.value(sizesOption).split(u','));
    if (inputs.isEmpty()) {
        err << "specwright_bench: no inputs in '" << parser.value(inputsOption)
            << "' (expected spec-<size>/spec.md and spec-<size>-v2.md; see run-bench.sh)\n";
        return 2;
    }
    QList<InputSize> sizes;
    for (const BenchInput &input : inputs)
        sizes.append(input.size);
    ResultTable table(sizes);
    const QStringList only = parser.value(onlyOption).split(u',');
    // Absolute, because some reference runs change the working directory.
    const QString speccPath = parser.isSet(speccOption)
                                  ? QFileInfo(parser.value(speccOption)).absoluteFilePath()
                                  : QString();
    const double scale = parser.value(scaleOption).toDouble();
    const ModelBenchmarks model(inputs, scale > 0 ? scale : 1.0);

    auto step = [&](const char *name) {
        err << "specwright_bench: " << name << "...\n";
        err.flush();
    };
    if (only.contains(u"parse")) {
        step("parse");
        model.parse(table);
    }
    if (only.contains(u"lint")) {
        step("lint");
        model.lint(table,
                   parser.isSet(referenceOption) ? readReferenceTimes(parser.value(referenceOption))
                                                 : ReferenceTimes(),
                   speccPath);
    }
    if (only.contains(u"render")) {
        step("render");
        model.render(table);
    }
    if (only.contains(u"diff")) {
        step("diff");
        model.diff(table);
    }
    if (only.contains(u"cli")) {
        step("specc");
        model.outline(table, speccPath);
    }
    if (only.contains(u"ide")) {
        step("IDE (child processes)");
        IdeBenchmarks(inputs, std::max(1, parser.value(ideRunsOption).toInt()),
                      parser.value(keysOption).toInt())
            .run(table);
    }

    table.addNote(QStringLiteral(
        "Median of 15/11/7/5 runs (100 KB/270 KB/1 MB/5 MB) after one warm-up run; reference tools "
        "run as whole processes (their start-up is part of what a user waits for). Growth: cost "
        "per MB at the smallest and the largest input; within x1.5 counts as linear."));
    const QString title =
        QStringLiteral("Specwright benchmarks — Release build, %1, %2 logical CPUs, %3")
            .arg(cpuName())
            .arg(QThread::idealThreadCount())
            .arg(
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    QTextStream(stdout) << table.toText(title);
    if (parser.isSet(markdownOption)) {
        QFile md(parser.value(markdownOption));
        if (md.open(QIODevice::WriteOnly | QIODevice::Text))
            QTextStream(&md) << table.toMarkdown(title);
    }
    return 0;
}
