// A rule whose texts and checks are functions: the families (DocumentRules, AmbiguityRules, ...)
// register their rules as FunctionRule instances with static member functions, so every
// translated string lives in the family's tr() context.
#pragma once

#include "lint_rule.h"

#include <climits>
#include <functional>

namespace Specwright {

class FunctionRule : public LintRule
{
public:
    using Text = QString (*)();
    using Check = std::function<void(const LintRule &, LintContext &)>;

    FunctionRule(const QString &id, Severity severity, QList<LintProfile> profiles, Text summary,
                 Text doc, Check check, Check workspaceCheck = {}, bool enabled = true)
        : LintRule(id, severity, std::move(profiles), enabled)
        , m_summary(summary)
        , m_doc(doc)
        , m_check(std::move(check))
        , m_workspaceCheck(std::move(workspaceCheck))
    {
    }

    QString summary() const override { return m_summary(); }
    QString doc() const override { return m_doc(); }
    void check(LintContext &context) const override
    {
        if (m_check)
            m_check(*this, context);
    }
    void checkWorkspace(LintContext &context) const override
    {
        if (m_workspaceCheck)
            m_workspaceCheck(*this, context);
    }

    // Levenshtein distance, for "did you mean" fixes; `limit` when it is `limit` or more.
    static int editDistance(QStringView a, QStringView b, int limit = INT_MAX);

private:
    Text m_summary;
    Text m_doc;
    Check m_check;
    Check m_workspaceCheck;
};

} // namespace Specwright
