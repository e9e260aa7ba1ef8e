// `specc eval [--endpoint URL] [--target MODEL] [--grader-endpoint URL] [--grader MODEL]
//             [--section ID] [--jobs N] [--runs DIR] [--format text|json|junit] [--trust]
//             [--min-pass-rate R] [--baseline RUN] [--fresh] [--new] FILE`
// runs the spec's examples and eval prompts against a target model and grades the answers
// with a grader model given the spec; `specc eval --compare RUN_A RUN_B` compares two runs;
// `specc eval --export-chat OUT | --export-pairs OUT [--from-run RUN] FILE` writes training
// data. Exit 1 below the pass-rate threshold or on regressions against a baseline.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Specwright {

class EvalRun;
class EvalRunComparison;

class EvalCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvalCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static void printComparison(const EvalRunComparison &c, QTextStream &out);
    static void printSummary(const EvalRun &run, double seconds, int jobs, QTextStream &out);
};

} // namespace Specwright
