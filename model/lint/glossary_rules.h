// Rules on terms: acronyms used without a definition, and the same term written in different
// forms (e-mail / email / e mail) across the files of a workspace. A glossary file set in
// specwright.toml ([lint] glossary = "glossary.md") defines acronyms and preferred forms.
#pragma once

#include "lint_engine.h"

#include <QCoreApplication>

namespace Specwright {

class LintContext;

class GlossaryRules
{
    Q_DECLARE_TR_FUNCTIONS(GlossaryRules)

public:
    static void create(LintRuleList &rules);

    // The text of the glossary file the config names, or empty.
    static QString glossaryText(const LintContext &context);

private:
    static void undefinedAcronyms(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
