// Rules on normative statements: BCP 14 keyword forms and boilerplate (rfc profile), weak
// modals in requirement items, overlong normative sentences and EARS conformance (ears profile).
#pragma once

#include "lint_engine.h"

#include <QCoreApplication>

namespace Specwright {

class LintContext;

class NormativeRules
{
    Q_DECLARE_TR_FUNCTIONS(NormativeRules)

public:
    static void create(LintRuleList &rules);
    // The RFC 8174 paragraph the boilerplate fix inserts.
    static QString boilerplate();

private:
    static void lowercaseKeywords(const LintRule &rule, LintContext &context);
    static void unknownKeywordForms(const LintRule &rule, LintContext &context);
    static void missingBoilerplate(const LintRule &rule, LintContext &context);
    static void weakModals(const LintRule &rule, LintContext &context);
    static void overlongSentences(const LintRule &rule, LintContext &context);
    static void earsPattern(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
