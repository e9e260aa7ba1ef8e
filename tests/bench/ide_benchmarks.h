// The IDE figures (IdeScenario): open to first paint and to outline / diagnostics / preview,
// UI-thread stalls per phase, typing, paging and tab-switch latency, memory. Each run
// is a child process (this program with --ide-child) so peak memory belongs to the IDE alone.
#pragma once

#include "bench_input.h"
#include "result_table.h"

namespace Specwright::Bench {

class IdeBenchmarks
{
public:
    IdeBenchmarks(const QList<BenchInput> &inputs, int runs, int keys)
        : m_inputs(inputs)
        , m_runs(runs)
        , m_keys(keys)
    {
    }

    void run(ResultTable &table) const;

    // The child side: opens the file (or nothing for "-") in a MainWindow under the offscreen
    // platform, types `keys` characters and prints "key value" lines on stdout.
    static int runChild(const QString &file, int keys);

private:
    QList<BenchInput> m_inputs;
    int m_runs = 3;
    int m_keys = 30;
};

} // namespace Specwright::Bench
