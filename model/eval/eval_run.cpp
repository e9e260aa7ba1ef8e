#include "eval_run.h"

#include <QFile>
#include <QJsonDocument>
#include <algorithm>

namespace Specwright {

std::optional<EvalRun> EvalRun::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the run %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    EvalRun run;
    run.path = path;
    QMap<QString, int> index;
    bool sawHeader = false;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            ++run.skippedLines;
            continue;
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == u"run") {
            run.header = EvalRunHeader::fromJson(o);
            sawHeader = true;
        } else if (type == u"case") {
            const EvalRecord r = EvalRecord::fromJson(o);
            if (const auto it = index.constFind(r.caseId); it != index.constEnd()) {
                run.records[*it] = r;
            } else {
                index.insert(r.caseId, int(run.records.size()));
                run.records.append(r);
            }
        } else if (type == u"end") {
            run.complete = true;
        } else {
            ++run.skippedLines;
        }
    }
    // In case order, not in the order they finished.
    std::stable_sort(run.records.begin(), run.records.end(),
                     [](const EvalRecord &a, const EvalRecord &b) { return a.index < b.index; });
    if (!sawHeader) {
        *error = tr("%1 is not a Specwright eval run (no header line)").arg(path);
        return std::nullopt;
    }
    return run;
}

const EvalRecord *EvalRun::record(const QString &caseId) const
{
    for (const EvalRecord &r : records)
        if (r.caseId == caseId)
            return &r;
    return nullptr;
}

int EvalRun::passed() const
{
    int n = 0;
    for (const EvalRecord &r : records)
        n += r.pass && !r.hasError();
    return n;
}

int EvalRun::errors() const
{
    int n = 0;
    for (const EvalRecord &r : records)
        n += r.hasError();
    return n;
}

double EvalRun::passRate() const
{
    return records.isEmpty() ? 0 : double(passed()) / records.size();
}

QList<EvalSectionRate> EvalRun::sectionRates() const
{
    QList<EvalSectionRate> out;
    QMap<QString, int> index;
    for (const EvalRecord &r : records) {
        auto it = index.constFind(r.section);
        if (it == index.constEnd()) {
            it = index.insert(r.section, int(out.size()));
            out.append({r.section, r.sectionTitle});
        }
        EvalSectionRate &s = out[*it];
        if (r.hasError())
            ++s.errors;
        else if (r.pass)
            ++s.passed;
        else
            ++s.failed;
    }
    return out;
}

} // namespace Specwright
