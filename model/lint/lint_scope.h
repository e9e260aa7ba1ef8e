// Where a language rule looks. By default the ambiguity rules read normative sentences only and
// never text inside quotation marks, code spans, link texts, headings, example conversations or
// commentary blocks (quotes, admonitions, tables). Each rule can widen its scope in
// specwright.toml:
//
//     [lint.rules."ambiguity/vague-term"]
//     scope = "prose"                       # "statements" (default) or "prose"
//     include = ["quotes", "links", "headings", "asides", "idioms"]
//
// Idioms that are not vague ("best practice", "as much as possible") come from a phrase list
// kept as data (:/specwright/lint/idioms.txt) and are blanked before the rules look.
#pragma once

#include "lint_context.h"

namespace Specwright {

class LintScope
{
public:
    enum Part
    {
        Quotes = 1,
        Links = 2,
        Headings = 4,
        Idioms = 8,
        Asides = 16 // parentheses and "since/because" clauses of a statement
    };

    // The spans a rule sees, masked for its scope; `statementsByDefault` is the rule's own
    // default when its config names no scope.
    static QList<LintContext::Span> spans(const LintRule &rule, LintContext &context,
                                          bool statementsByDefault = true,
                                          int includedByDefault = 0);

    // A statement that states an obligation (must, shall, should, required, upper-case may)
    // rather than describing ("may sometimes", "can", "will"). In the rfc profile only
    // upper-case keywords are normative.
    static bool isNormative(const Statement &statement, LintProfile profile);
    // A glossary or definition bullet ("- **Term**: ...", a Definitions section): describes a
    // word, states no requirement.
    static bool isDefinition(const SpecDocument &document, const Statement &statement);
    // Prose under an "Example"/"Examples" heading narrates the example; it states no rule.
    static bool inExampleSection(const SpecDocument &document, const Statement &statement);
    // Headings such as Overview, Introduction, Scope, Terminology that describe, not decide.
    static bool isDescriptiveHeading(const QString &title);

    // Blank `"..."`, curly quotes and single curly quotes in place (same length).
    static void maskQuotations(QString &text);
    // Blank the visible text of [text](dest), [text][ref] links in place; `source` is the
    // unmasked text of the same span.
    static void maskLinkTexts(QString &text, QStringView source);
    // Blank inline HTML tags (<a name="x">, <br/>) in place.
    static void maskHtmlTags(QString &text);
    // Blank parenthesised asides and explanatory clauses ("since ...", "because ...").
    static void maskAsides(QString &text);
    // Blank every phrase of the idiom list (case-insensitive, whole words) in place.
    static void maskIdioms(QString &text);
    static const QStringList &idioms();
};

} // namespace Specwright
