// The preview's figures beyond its HTML: building the QTextDocument the worker hands to the
// view (time, and the memory the document holds), and re-rendering after a one-line edit with
// the section cache next to a full render of the same text, in the same run.
#pragma once

#include "bench_input.h"
#include "result_table.h"

namespace Specwright::Bench {

class PreviewBenchmarks
{
public:
    PreviewBenchmarks(const QList<BenchInput> &inputs, double runScale)
        : m_inputs(inputs)
        , m_runScale(runScale)
    {
    }

    void run(ResultTable &table) const;

private:
    int runs(const BenchInput &input) const { return runsFor(input, m_runScale); }

    QList<BenchInput> m_inputs;
    double m_runScale = 1.0;
};

} // namespace Specwright::Bench
