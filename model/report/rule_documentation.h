// The documentation of the lint rules as reports and the shipped docs/rules.md carry it:
// the same summary and paragraph that `specc lint --rules` prints, plus how to configure
// or suppress the rule, and a stable https link to the rule's heading in docs/rules.md.
#pragma once

#include "lint_rule.h"
#include "report_run.h"

#include <QCoreApplication>

namespace Specwright {

class RuleDocumentation
{
    Q_DECLARE_TR_FUNCTIONS(RuleDocumentation)

public:
    // The project's repository; docs/rules.md is read there on the default branch.
    static constexpr auto repositoryUrl = "https://github.com/specwright/specwright";
    static QString pageUrl();
    // GitHub's heading anchor of "## family/name": lower case, punctuation but - and _ dropped.
    static QString anchor(const QString &ruleId);
    static QString helpUri(const QString &ruleId);
    // "references/broken" -> "ReferencesBroken" (SARIF's reportingDescriptor.name).
    static QString friendlyName(const QString &ruleId);

    static QString helpText(const LintRuleInfo &rule);
    static QString helpMarkdown(const LintRuleInfo &rule);
    static ReportRule reportRule(const LintRuleInfo &rule);
    static QList<ReportRule> reportRules(const QList<LintRuleInfo> &rules);

    // The whole docs/rules.md: one "## id" section per rule, in the order given.
    static QString markdownPage(const QList<LintRuleInfo> &rules);

private:
    static QString profilesText(const LintRuleInfo &rule);
};

} // namespace Specwright
