#include "rule_documentation.h"

#include "lint_config.h"
#include "sarif_writer.h"
#include "suppression_map.h"

namespace Specwright {

QString RuleDocumentation::pageUrl()
{
    return QLatin1String(repositoryUrl) + QStringLiteral("/blob/main/docs/rules.md");
}

QString RuleDocumentation::anchor(const QString &ruleId)
{
    QString out;
    for (const QChar c : ruleId.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (c == u' ')
            out += u'-';
    }
    return out;
}

QString RuleDocumentation::helpUri(const QString &ruleId)
{
    return pageUrl() + u'#' + anchor(ruleId);
}

QString RuleDocumentation::friendlyName(const QString &ruleId)
{
    QString out;
    bool upper = true;
    for (const QChar c : ruleId) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString RuleDocumentation::profilesText(const LintRuleInfo &rule)
{
    QStringList names;
    for (LintProfile p : rule.profiles)
        names.append(LintConfig::profileName(p));
    return names.isEmpty() ? tr("all profiles") : names.join(QStringLiteral(", "));
}

QString RuleDocumentation::helpText(const LintRuleInfo &rule)
{
    return SarifWriter::asSentence(rule.summary) + u' ' + rule.doc + QStringLiteral("\n\n") +
           tr("Default severity: %1 (%2)%3.")
               .arg(LintConfig::severityName(rule.defaultSeverity), profilesText(rule),
                    rule.enabledByDefault ? QString() : tr("; off unless enabled")) +
           u'\n' +
           tr("Configure it in specwright.toml under [lint.rules]: \"%1\" = \"off\" | \"error\" | "
              "\"warning\" | \"info\".")
               .arg(rule.id) +
           u'\n' +
           tr("Suppress one finding with %1 on the line before it.")
               .arg(SuppressionMap::nextLineComment(rule.id));
}

QString RuleDocumentation::helpMarkdown(const LintRuleInfo &rule)
{
    return QStringLiteral("**%1** %2\n\n").arg(SarifWriter::asSentence(rule.summary), rule.doc) +
           tr("Default severity: `%1` (%2)%3.")
               .arg(LintConfig::severityName(rule.defaultSeverity), profilesText(rule),
                    rule.enabledByDefault ? QString() : tr("; off unless enabled")) +
           QStringLiteral("\n\n") + tr("Configure it in `specwright.toml`:") +
           QStringLiteral("\n\n```toml\n[lint.rules]\n\"%1\" = \"off\"  # or \"error\", "
                          "\"warning\", \"info\"\n```\n\n")
               .arg(rule.id) +
           tr("Suppress one finding on the line before it:") +
           QStringLiteral("\n\n```markdown\n%1\n```\n")
               .arg(SuppressionMap::nextLineComment(rule.id));
}

ReportRule RuleDocumentation::reportRule(const LintRuleInfo &rule)
{
    ReportRule r;
    r.id = rule.id;
    r.name = friendlyName(rule.id);
    r.shortDescription = rule.summary;
    r.fullDescription = rule.doc;
    r.helpText = helpText(rule);
    r.helpMarkdown = helpMarkdown(rule);
    r.helpUri = helpUri(rule.id);
    r.defaultSeverity = rule.defaultSeverity;
    r.enabledByDefault = rule.enabledByDefault;
    return r;
}

QList<ReportRule> RuleDocumentation::reportRules(const QList<LintRuleInfo> &rules)
{
    QList<ReportRule> out;
    out.reserve(rules.size());
    for (const LintRuleInfo &r : rules)
        out.append(reportRule(r));
    return out;
}

QString RuleDocumentation::markdownPage(const QList<LintRuleInfo> &rules)
{
    QString page = QStringLiteral(
        "# Lint rules\n\n"
        "Every rule `specc lint` and the IDE apply, with the text `specc lint --rules` prints. "
        "Code scanning links each finding here (`helpUri` in `specc lint --format sarif`).\n\n"
        "This page is generated from the rules themselves: after changing a rule, run "
        "`SPECWRIGHT_UPDATE_DOCS=1 tst_rule_documentation` (see tests/model/report).\n");
    for (const LintRuleInfo &r : rules) {
        page += QStringLiteral("\n## %1\n\n").arg(r.id);
        page += helpMarkdown(r);
    }
    return page;
}

} // namespace Specwright
