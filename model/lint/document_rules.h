// Rules on the structure of a document: parse problems, ids, headings, references, footnote
// eval tags, examples and placeholders. Deterministic: they fire exactly when the model says so.
#pragma once

#include "lint_engine.h"

#include <QCoreApplication>

namespace Specwright {

class LintContext;

class DocumentRules
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRules)

public:
    static void create(LintRuleList &rules);

private:
    static void parseProblems(const LintRule &rule, LintContext &context, ProblemKind kind);
    static void headingJump(const LintRule &rule, LintContext &context);
    static void brokenReference(const LintRule &rule, LintContext &context);
    static void crossFileReference(const LintRule &rule, LintContext &context);
    static void footnoteWithoutExamples(const LintRule &rule, LintContext &context);
    static void unusedExampleFiles(const LintRule &rule, LintContext &context);
    static void missingExamples(const LintRule &rule, LintContext &context);
    static void unlabelledAnswers(const LintRule &rule, LintContext &context);
    static void malformedLabels(const LintRule &rule, LintContext &context);
    static void onlyBadAnswers(const LintRule &rule, LintContext &context);
    // A comment that looks like an answer label, wherever the parser could not read it.
    struct LabelMatch
    {
        int start = -1; // within the line
        int end = -1;
        QString label; // GOOD, BAD or OK
        QString reason;
        bool isValid() const { return start >= 0; }
    };
    static LabelMatch malformedLabel(QStringView line);
    static bool isLinkOrCitation(const QString &text, const SourceRange &range);
    static void placeholders(const LintRule &rule, LintContext &context, QList<MarkerKind> kinds);
    // A fix that replaces the #id of a reference with the nearest existing id.
    // `nearest`, when given, remembers the nearest id of each target id already looked up.
    static QList<Fix> nearestIdFix(const SpecDocument &from, const Reference &reference,
                                   const SpecDocument &target,
                                   QHash<QString, QString> *nearest = nullptr);
};

} // namespace Specwright
