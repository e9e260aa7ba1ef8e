// Two runs side by side (two amendments, two models, a prompt change): pass rate per section
// (intent) before and after, the cases that flipped with regressions first, and the sections
// involved. Cases are matched by their stable id.
#pragma once

#include "eval_run.h"

namespace Specwright {

struct EvalFlip
{
    QString caseId;
    QString title;
    QString section;
    bool regression = false; // passed before, fails (or errors) now
    EvalRecord before;
    EvalRecord after;
};

struct EvalSectionChange
{
    QString section;
    QString title;
    EvalSectionRate before;
    EvalSectionRate after;
};

class EvalRunComparison
{
public:
    static EvalRunComparison compare(const EvalRun &before, const EvalRun &after);

    QList<EvalSectionChange> sections; // every section of either run
    QList<EvalFlip> flips;             // regressions first, then fixes
    QStringList onlyBefore;            // case ids gone after (e.g. an amended example)
    QStringList onlyAfter;
    double passRateBefore = 0;
    double passRateAfter = 0;

    int regressions() const;
    QStringList regressedSections() const;
};

} // namespace Specwright
