// The in-process figures: parse, lint, preview render and diff of the generated inputs, each
// next to its reference (cmark-gfm alone, markdownlint-cli2, git diff) measured in the same run.
#pragma once

#include "bench_input.h"
#include "result_table.h"

#include <QHash>

namespace Specwright::Bench {

// Times measured outside this program (markdownlint-cli2 runs on the host, where node is):
// tool -> size name -> median ms.
using ReferenceTimes = QHash<QString, QHash<QString, double>>;
ReferenceTimes readReferenceTimes(const QString &tsvPath);

class ModelBenchmarks
{
public:
    ModelBenchmarks(const QList<BenchInput> &inputs, double runScale)
        : m_inputs(inputs)
        , m_runScale(runScale)
    {
    }

    void parse(ResultTable &table) const;
    void lint(ResultTable &table, const ReferenceTimes &references, const QString &speccPath) const;
    void render(ResultTable &table) const;
    void diff(ResultTable &table) const;
    void outline(ResultTable &table, const QString &speccPath) const;

private:
    int runs(const BenchInput &input) const { return runsFor(input, m_runScale); }
    static QList<double> ratios(const QList<double> &a, const QList<double> &b);

    QList<BenchInput> m_inputs;
    double m_runScale = 1.0;
};

} // namespace Specwright::Bench
