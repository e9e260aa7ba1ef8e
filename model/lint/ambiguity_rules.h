// Lexical rules on wording: vague terms, escape clauses, open-ended lists, comparatives without
// a baseline, superlatives, temporal vagueness, "and/or", unmeasurable qualities, repeated words
// and "in order to". They run on normative statements by default (rule option
// scope = "prose" widens them to every prose paragraph).
#pragma once

#include "lint_engine.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Specwright {

class LintContext;

class AmbiguityRules
{
    Q_DECLARE_TR_FUNCTIONS(AmbiguityRules)

public:
    static void create(LintRuleList &rules);

private:
    enum class Filter
    {
        None,
        NoNumber,
        NoThan
    };
    using Message = QString (*)(const QString &match);
    static void scan(const LintRule &rule, LintContext &context, const QRegularExpression &re,
                     Filter filter, Message message, bool proseByDefault = false);
    static void repeatedWords(const LintRule &rule, LintContext &context);
    static void superfluousInfinitive(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
