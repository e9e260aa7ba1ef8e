#include "eval_run_comparison.h"

namespace Specwright {

namespace {
bool passes(const EvalRecord &r)
{
    return r.pass && !r.hasError();
}
} // namespace

EvalRunComparison EvalRunComparison::compare(const EvalRun &before, const EvalRun &after)
{
    EvalRunComparison c;
    c.passRateBefore = before.passRate();
    c.passRateAfter = after.passRate();
    const QList<EvalSectionRate> a = before.sectionRates();
    const QList<EvalSectionRate> b = after.sectionRates();
    auto find = [](const QList<EvalSectionRate> &list, const QString &id) {
        for (const EvalSectionRate &s : list)
            if (s.section == id)
                return s;
        return EvalSectionRate{id, QString()};
    };
    QStringList order;
    for (const EvalSectionRate &s : b)
        order.append(s.section);
    for (const EvalSectionRate &s : a)
        if (!order.contains(s.section))
            order.append(s.section);
    for (const QString &id : std::as_const(order)) {
        EvalSectionChange change{id, QString(), find(a, id), find(b, id)};
        change.title = change.after.title.isEmpty() ? change.before.title : change.after.title;
        c.sections.append(change);
    }
    QList<EvalFlip> fixes;
    for (const EvalRecord &r : after.records) {
        const EvalRecord *old = before.record(r.caseId);
        if (!old) {
            c.onlyAfter.append(r.caseId);
            continue;
        }
        if (passes(*old) == passes(r))
            continue;
        EvalFlip f{r.caseId, r.title, r.section, passes(*old), *old, r};
        (f.regression ? c.flips : fixes).append(f);
    }
    c.flips += fixes;
    for (const EvalRecord &r : before.records)
        if (!after.record(r.caseId))
            c.onlyBefore.append(r.caseId);
    return c;
}

int EvalRunComparison::regressions() const
{
    int n = 0;
    for (const EvalFlip &f : flips)
        n += f.regression;
    return n;
}

QStringList EvalRunComparison::regressedSections() const
{
    QStringList out;
    for (const EvalFlip &f : flips)
        if (f.regression && !out.contains(f.section))
            out.append(f.section);
    return out;
}

} // namespace Specwright
