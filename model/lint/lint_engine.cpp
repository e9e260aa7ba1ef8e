#include "lint_engine.h"

#include "ambiguity_rules.h"
#include "consistency_rules.h"
#include "document_rules.h"
#include "glossary_rules.h"
#include "lint_context.h"
#include "normative_rules.h"
#include "spelling_rule.h"
#include "suppression_map.h"
#include "term_rules.h"
#include "trace_rules.h"

#include <QRegularExpression>
#include <algorithm>

namespace Specwright {

const LintRuleList &LintEngine::allRules()
{
    static const LintRuleList list = [] {
        LintRuleList l;
        DocumentRules::create(l);
        NormativeRules::create(l);
        AmbiguityRules::create(l);
        GlossaryRules::create(l);
        TraceRules::create(l);
        TermRules::create(l);
        ConsistencyRules::create(l);
        l.push_back(std::make_unique<SpellingRule>());
        // Further rule families register here, one line each.
        return l;
    }();
    return list;
}

QList<LintRuleInfo> LintEngine::rules()
{
    QList<LintRuleInfo> infos;
    for (const auto &r : allRules())
        infos.append(r->info());
    return infos;
}

const LintRule *LintEngine::rule(const QString &id)
{
    for (const auto &r : allRules())
        if (r->id() == id)
            return r.get();
    return nullptr;
}

void LintEngine::setConfig(const LintConfig &config)
{
    m_config = config;
    m_configDiagnostics = config.diagnostics();
    for (auto it = config.rules().cbegin(); it != config.rules().cend(); ++it) {
        if (rule(it.key()))
            continue;
        Diagnostic d;
        d.ruleId = QStringLiteral("config/invalid");
        d.severity = Severity::Warning;
        d.file = config.path();
        d.range.startLine = d.range.endLine = std::max(1, it->line);
        d.range.startColumn = d.range.endColumn = 1;
        d.message =
            tr("line %1: unknown lint rule \"%2\"; the setting is ignored (see specc lint --rules)")
                .arg(it->line)
                .arg(it.key());
        m_configDiagnostics.append(d);
    }
}

LintEngine::ProfileEvidence LintEngine::profileEvidence(QStringView text)
{
    // Plans, tasks and contracts of a spec-kit feature cite its FR-/SC- ids or .specify/.
    static const QRegularExpression specKit(
        QStringLiteral(R"(\b(?:FR|SC)-\d{3}\b|\.specify/|/speckit\.)"));
    // Also kramdown-rfc's "{::boilerplate bcp14-tagged}".
    static const QRegularExpression boilerplate(
        QStringLiteral(R"(\b(?:BCP ?14|RFC ?2119|RFC ?8174)\b|\{::boilerplate bcp14)"),
        QRegularExpression::CaseInsensitiveOption);
    return {specKit.matchView(text).hasMatch(), boilerplate.matchView(text).hasMatch()};
}

LintProfile LintEngine::detectProfile(const SpecDocument &doc)
{
    return detectProfile(doc, profileEvidence(doc.text()));
}

LintProfile LintEngine::detectProfile(const SpecDocument &doc, ProfileEvidence evidence)
{
    int ears = 0, shall = 0, upper = 0, lower = 0, requirementIds = 0;
    for (const Statement &s : doc.statements()) {
        if (s.kind == StatementKind::Ears)
            ++ears;
        if (s.modality == Modality::Shall || s.modality == Modality::ShallNot)
            ++shall;
        if (!s.keyword.isEmpty())
            (s.upperCaseKeyword ? upper : lower) += 1;
        if (s.requirementId.startsWith(u"FR-") || s.requirementId.startsWith(u"SC-"))
            ++requirementIds;
    }
    if (ears > 0 && ears * 2 >= shall)
        return LintProfile::Ears;
    bool clarification = false;
    for (const Marker &m : doc.markers())
        clarification |= m.kind == MarkerKind::NeedsClarification;
    if (requirementIds > 0 || clarification || evidence.specKit)
        return LintProfile::SpecKit;
    if (upper > lower || evidence.boilerplate)
        return LintProfile::Rfc;
    return LintProfile::ModelSpec;
}

LintProfile LintEngine::profileFor(const SpecDocument &document) const
{
    if (!detectsProfile())
        return profileFor(document, {});
    return detectProfile(document);
}

LintProfile LintEngine::profileFor(const SpecDocument &document, ProfileEvidence evidence) const
{
    if (m_profileOverride)
        return *m_profileOverride;
    if (m_config.profile())
        return *m_config.profile();
    return detectProfile(document, evidence);
}

bool LintEngine::isEnabled(const LintRule &rule, LintProfile profile) const
{
    const auto it = m_config.rules().constFind(rule.id());
    if (it != m_config.rules().constEnd() && it->enabled)
        return *it->enabled; // an explicit setting wins over the profile
    return rule.enabledByDefault() && rule.runsIn(profile);
}

QList<Diagnostic> LintEngine::lint(const SpecDocument &document, const Workspace *workspace) const
{
    const LintProfile profile = profileFor(document);
    LintContext context(document, workspace, m_config, profile);
    for (const auto &r : allRules())
        if (isEnabled(*r, profile))
            r->check(context);
    QList<Diagnostic> result = context.takeDiagnostics();
    const SuppressionMap suppressions(document);
    if (!suppressions.isEmpty()) {
        result.removeIf([&suppressions](const Diagnostic &d) {
            return suppressions.isSuppressed(d.ruleId, d.range.startLine);
        });
    }
    sortDiagnostics(result);
    return result;
}

QList<Diagnostic> LintEngine::lintWorkspaceChecks(const Workspace &workspace) const
{
    QList<Diagnostic> result = m_configDiagnostics;
    const SpecDocument::Ptr empty = SpecDocument::parse(QString());
    const LintProfile profile =
        m_profileOverride.value_or(m_config.profile().value_or(LintProfile::ModelSpec));
    LintContext context(*empty, &workspace, m_config, profile);
    for (const auto &r : allRules())
        if (isEnabled(*r, profile))
            r->checkWorkspace(context);
    QList<Diagnostic> found = context.takeDiagnostics();
    found.removeIf(
        [&](const Diagnostic &d) { return m_config.isIgnored(workspace.relativePath(d.file)); });
    result += found;
    return result;
}

QList<Diagnostic> LintEngine::lintWorkspace(const Workspace &workspace) const
{
    QList<Diagnostic> result = lintWorkspaceChecks(workspace);
    for (const QString &file : workspace.files()) {
        if (m_config.isIgnored(file))
            continue;
        if (const SpecDocument::Ptr doc = workspace.document(file))
            result += lint(*doc, &workspace);
    }
    return result;
}

void LintEngine::sortDiagnostics(QList<Diagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         if (a.range.startLine != b.range.startLine)
                             return a.range.startLine < b.range.startLine;
                         if (a.range.startColumn != b.range.startColumn)
                             return a.range.startColumn < b.range.startColumn;
                         return a.ruleId < b.ruleId;
                     });
}

} // namespace Specwright
