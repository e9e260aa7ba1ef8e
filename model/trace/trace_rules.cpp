#include "trace_rules.h"

#include "function_rule.h"
#include "lint_context.h"
#include "lint_memo.h"
#include "trace_index.h"
#include "version_baseline.h"
#include "version_stamp.h"

#include <QRegularExpression>
#include <QSet>

namespace Specwright {

namespace {

QString kindText(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Requirement:
        return TraceRules::tr("requirement");
    case RequirementKind::AcceptanceCriterion:
        return TraceRules::tr("acceptance criterion");
    case RequirementKind::Functional:
        return TraceRules::tr("functional requirement");
    case RequirementKind::SuccessCriterion:
        return TraceRules::tr("success criterion");
    case RequirementKind::UserStory:
        return TraceRules::tr("user story");
    case RequirementKind::Custom:
        break;
    }
    return TraceRules::tr("requirement");
}

// The next free id after the highest of the same prefix: FR-003 -> FR-005 when FR-004 exists.
QString nextFreeId(const QString &id, const QStringList &taken)
{
    static const QRegularExpression tail(QStringLiteral(R"(^(.*?)(\d+)$)"));
    const auto m = tail.match(id);
    if (!m.hasMatch())
        return {};
    const QString prefix = m.captured(1);
    const int width = int(m.capturedLength(2));
    int highest = 0;
    for (const QString &t : taken) {
        const auto tm = tail.match(t);
        if (tm.hasMatch() && tm.captured(1) == prefix)
            highest = std::max(highest, tm.captured(2).toInt());
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0'));
}

} // namespace

TraceIndex::Ptr TraceRules::indexFor(const LintContext &context, QString &relativePath)
{
    if (!context.workspace() || context.filePath().isEmpty())
        return {};
    relativePath = context.workspace()->relativePath(context.filePath());
    return TraceIndex::forDocument(*context.workspace(), context.document());
}

void TraceRules::create(LintRuleList &rules)
{
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("trace/broken-reference"), Severity::Error, QList<LintProfile>{},
        [] { return tr("A trace reference names a requirement that does not exist"); },
        [] {
            return tr("A task, design, plan or test cites a requirement id (Kiro \"_Requirements: "
                      "1.2_\", spec-kit FR-###, SC-###, [US#], or a [trace] pattern of "
                      "specwright.toml) that no spec in its feature folder defines. Ids resolve "
                      "in the citing file's folder first, then in its parent folders.");
        },
        &TraceRules::brokenReference));
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("trace/duplicate-id"), Severity::Error, QList<LintProfile>{},
        [] { return tr("A requirement id is defined twice in one feature"); },
        [] {
            return tr("Two requirements of the same folder carry the same id, so a reference to "
                      "it is ambiguous. The quick fix renumbers the later one to the next free "
                      "id.");
        },
        &TraceRules::duplicateId));
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("trace/uncovered-requirement"), Severity::Warning, QList<LintProfile>{},
        [] { return tr("No task, test or example covers a requirement"); },
        [] {
            return tr("Nothing traces to this requirement: no task cites it, no test file or "
                      "example names it, and no design validates it. A Kiro requirement is "
                      "covered when one of its acceptance criteria is.");
        },
        &TraceRules::uncoveredRequirement));
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("trace/uncited-task"), Severity::Info, QList<LintProfile>{},
        [] { return tr("A task cites no requirement"); },
        [] {
            return tr("A task of a tasks file cites no requirement, criterion or user story, "
                      "and neither do the tasks around it, so nothing says why it exists.");
        },
        &TraceRules::uncitedTask));
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("trace/unbumped-version"), Severity::Warning, QList<LintProfile>{},
        [] { return tr("A versioned document changed without a version bump"); },
        [] {
            return tr("A constitution or another document with a version line changed since "
                      "its last commit (or in its last commit) while its version and its "
                      "\"last amended\" date stayed the same.");
        },
        &TraceRules::unbumpedVersion));
}

void TraceRules::brokenReference(const LintRule &rule, LintContext &context)
{
    QString rel;
    const TraceIndex::Ptr index = indexFor(context, rel);
    if (!index)
        return;
    QStringList visible;
    bool visibleReady = false;
    for (const TraceIndex::ResolvedReference &r : index->references()) {
        if (r.resolved() || r.reference.file != rel)
            continue;
        if (!visibleReady) {
            visible = index->idsVisibleFrom(rel);
            visibleReady = true;
        }
        QList<Fix> fixes;
        QStringList close;
        for (const QString &id : std::as_const(visible))
            if (FunctionRule::editDistance(id, r.reference.target) == 1)
                close.append(id);
        if (close.size() == 1)
            fixes.append(
                {tr("Change to %1").arg(close.first()),
                 {{r.reference.range.startOffset, r.reference.range.endOffset, close.first()}}});
        context.report(rule, r.reference.range.startOffset, r.reference.range.endOffset,
                       tr("\"%1\" names no requirement of this feature").arg(r.reference.target),
                       fixes);
    }
}

void TraceRules::duplicateId(const LintRule &rule, LintContext &context)
{
    QString rel;
    const TraceIndex::Ptr index = indexFor(context, rel);
    if (!index)
        return;
    for (int i : index->duplicates()) {
        const Requirement &r = index->requirements().at(i);
        if (r.file != rel)
            continue;
        const int first = index->findRequirement(r.scope + QStringLiteral("/x"), r.id);
        const Requirement *original = first >= 0 ? &index->requirements().at(first) : nullptr;
        QStringList taken;
        for (const Requirement &o : index->requirements())
            if (o.scope == r.scope)
                taken.append(o.id);
        QList<Fix> fixes;
        const QString next = nextFreeId(r.id, taken);
        if (!next.isEmpty() && r.kind != RequirementKind::AcceptanceCriterion &&
            r.kind != RequirementKind::Requirement)
            fixes.append(
                {tr("Renumber to %1").arg(next), {{r.range.startOffset, r.range.endOffset, next}}});
        context.report(rule, r.range.startOffset, r.range.endOffset,
                       original ? tr("%1 is already defined in %2 line %3")
                                      .arg(r.id, original->file)
                                      .arg(original->line)
                                : tr("%1 is defined twice").arg(r.id),
                       fixes);
    }
}

void TraceRules::uncoveredRequirement(const LintRule &rule, LintContext &context)
{
    QString rel;
    const TraceIndex::Ptr index = indexFor(context, rel);
    if (!index)
        return;
    const QSet<int> duplicates(index->duplicates().cbegin(), index->duplicates().cend());
    for (int i = 0; i < index->requirements().size(); ++i) {
        const Requirement &r = index->requirements().at(i);
        if (r.file != rel || duplicates.contains(i) || index->isCovered(i))
            continue;
        context.report(rule, r.range.startOffset, r.range.endOffset,
                       tr("no task, test or example covers %1 %2").arg(kindText(r.kind), r.id));
    }
}

void TraceRules::uncitedTask(const LintRule &rule, LintContext &context)
{
    QString rel;
    const TraceIndex::Ptr index = indexFor(context, rel);
    if (!index)
        return;
    const auto file = index->file(rel);
    if (!file || file->tasks.isEmpty())
        return;
    const QList<TraceTask> &tasks = file->tasks;
    // A task is traced when it, a task it is part of, or a task part of it cites something.
    QList<bool> traced(tasks.size(), false);
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).citations == 0)
            continue;
        for (int t = i; t >= 0; t = tasks.at(t).parent)
            traced[t] = true;
    }
    for (int i = 0; i < tasks.size(); ++i) {
        bool ancestor = false;
        for (int t = tasks.at(i).parent; t >= 0 && !ancestor; t = tasks.at(t).parent)
            ancestor = tasks.at(t).citations > 0;
        if (traced.at(i) || ancestor)
            continue;
        const TraceTask &t = tasks.at(i);
        context.report(rule, t.range.startOffset, t.range.endOffset,
                       t.id.isEmpty() ? tr("this task cites no requirement")
                                      : tr("task %1 cites no requirement").arg(t.id));
    }
}

namespace {

// Which units hold a version line: most documents have none, and then the text needs no
// further look.
struct VersionLineMemo : LintMemo
{
    QList<bool> units;
};

} // namespace

void TraceRules::unbumpedVersion(const LintRule &rule, LintContext &context)
{
    const QString &text = context.document().text();
    const LintUnits &units = context.units();
    const auto kept = context.previousMemo<VersionLineMemo>(rule.id());
    auto memo = std::make_shared<VersionLineMemo>();
    memo->units.resize(units.size());
    bool any = false;
    for (int u = 0; u < units.size(); ++u) {
        const int p = kept ? units.previousOf(u) : -1;
        const LintUnits::Unit &unit = units.at(u);
        memo->units[u] = p >= 0 && p < kept->units.size()
                             ? kept->units.at(p)
                             : VersionStamp::hasVersionLine(QStringView(text).mid(
                                   unit.startOffset, unit.endOffset - unit.startOffset));
        any |= memo->units.at(u);
    }
    context.keepMemo(rule.id(), memo);
    if (!any)
        return;
    const auto stamp = VersionStamp::find(text);
    if (!stamp || context.filePath().isEmpty())
        return;
    const std::optional<QString> before = VersionBaseline::find(context.filePath(), text);
    if (!before)
        return;
    if (!VersionStamp::amendedWithoutBump(*before, text))
        return;
    context.reportLine(rule, stamp->line,
                       stamp->lastAmended.isEmpty()
                           ? tr("the text changed but the version is still %1").arg(stamp->version)
                           : tr("the text changed but the version is still %1 and the last "
                                "amendment still %2")
                                 .arg(stamp->version, stamp->lastAmended));
}

} // namespace Specwright
