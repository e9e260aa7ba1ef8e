// Rules on consistency across a document, the problems real specs have and lexical rules miss:
// look-alike characters, double spaces, a lone upper-case keyword in a lower-case spec,
// capitalised names never defined, and normative statements that seem to contradict each other
// in different sections.
#pragma once

#include "lint_engine.h"

#include <QCoreApplication>

namespace Specwright {

class LintContext;

class ConsistencyRules
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyRules)

public:
    static void create(LintRuleList &rules);

private:
    static void lookAlikeCharacters(const LintRule &rule, LintContext &context);
    static void headingApostrophes(const LintRule &rule, LintContext &context);
    static void doubleSpaces(const LintRule &rule, LintContext &context);
    static void loneUpperCaseKeywords(const LintRule &rule, LintContext &context);
    static void undefinedNames(const LintRule &rule, LintContext &context);
    static void contradictions(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
