// The terms/ lint family: a term written in one module in a form its defining module does not
// use (case of a code-like name, hyphenation, spacing), a term defined but used nowhere, and a
// name used as a defined name (an EARS sentence's system) that no module defines.
#pragma once

#include "lint_engine.h"

#include <QCoreApplication>

namespace Specwright {

class LintContext;

class TermRules
{
    Q_DECLARE_TR_FUNCTIONS(TermRules)

public:
    static void create(LintRuleList &rules);

private:
    static void variantForm(const LintRule &rule, LintContext &context);
    static void unusedTerm(const LintRule &rule, LintContext &context);
    static void undefinedName(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
