// The trace/ lint family over the workspace's TraceIndex: references to missing requirements,
// ids defined twice, requirements no task, test or example covers, tasks that cite nothing,
// and versioned documents (constitutions) amended without a version bump.
#pragma once

#include "lint_engine.h"
#include "trace_index.h"

#include <QCoreApplication>

namespace Specwright {

class LintContext;

class TraceRules
{
    Q_DECLARE_TR_FUNCTIONS(TraceRules)

public:
    static void create(LintRuleList &rules);
    // The workspace's trace index (with this document) and the document's path in it, for the
    // trace/ and terms/ rules; null without a workspace.
    static TraceIndex::Ptr indexFor(const LintContext &context, QString &relativePath);

private:
    static void brokenReference(const LintRule &rule, LintContext &context);
    static void duplicateId(const LintRule &rule, LintContext &context);
    static void uncoveredRequirement(const LintRule &rule, LintContext &context);
    static void uncitedTask(const LintRule &rule, LintContext &context);
    static void unbumpedVersion(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
