// Lexical rules on wording: vague terms, escape clauses, open-ended lists, comparatives without
// a baseline, superlatives, temporal vagueness, "and/or", unmeasurable qualities, repeated words
// and "in order to". They run where LintScope says: normative statements by default, never in
// quotes, code, link texts, headings or asides (configurable per rule).
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
        Predicative, // NoNumber, and only where the word is not in front of a noun
        NoThan
    };
    using Message = QString (*)(const QString &match);
    static void scan(const LintRule &rule, LintContext &context, const QRegularExpression &re,
                     Filter filter, Message message, bool proseByDefault = false);
    static void repeatedWords(const LintRule &rule, LintContext &context);
    static void superfluousInfinitive(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
