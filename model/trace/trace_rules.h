// The trace/ lint family over the workspace's TraceIndex: references to missing requirements,
// ids defined twice, requirements no task, test or example covers, tasks that cite nothing,
// and versioned documents (constitutions) amended without a version bump.
#pragma once

#include "lint_engine.h"

#include <QCoreApplication>

namespace Specwright {

class LintContext;

class TraceRules
{
    Q_DECLARE_TR_FUNCTIONS(TraceRules)

public:
    static void create(LintRuleList &rules);

private:
    static void brokenReference(const LintRule &rule, LintContext &context);
    static void duplicateId(const LintRule &rule, LintContext &context);
    static void uncoveredRequirement(const LintRule &rule, LintContext &context);
    static void uncitedTask(const LintRule &rule, LintContext &context);
    static void unbumpedVersion(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
