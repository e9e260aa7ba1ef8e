// One executable check of a spec: the conversation up to a decision point of an example (or an
// eval prompt file's example), the labelled answers at that point, and where it comes from.
// Its id is stable across amendments: a hash of the section id and the normalised inputs, so a
// case whose inputs did not change keeps its id and two runs can be compared.
#pragma once

#include "llm_client.h"
#include "spec_elements.h"

#include <QList>
#include <QString>

namespace Specwright {

struct EvalReference
{
    AnswerLabel label = AnswerLabel::None;
    QString text;
    QString rationale;
    QString violatedSection;
};

struct LinkedSection
{
    QString id;
    QString title;
    QString text;
};

struct EvalCase
{
    QString id;
    QString title;    // the example's title
    QString specFile; // relative to the workspace root
    QString sectionId;
    QString sectionTitle;
    QString authority;
    QString sectionText; // the section's own prose (what the grader is given)
    QList<LinkedSection> linkedSections;
    SourceRange range;  // the example in the spec (for eval prompts: the footnote tag)
    QString sourceFile; // examples/<tag>.md for eval prompts; empty for inline examples
    QString evalTag;
    int comparison = -1;        // the decision point; -1 for an example without one
    QList<LlmMessage> messages; // what the target model is sent
    QList<EvalReference> references;

    // SHA-256 (hex) of the messages exactly as sent: the key for reusing an answer.
    QString promptHash() const;
    // The id's hash input: section id and the whitespace-normalised messages.
    static QString stableId(const QString &sectionId, const QList<LlmMessage> &messages);
};

} // namespace Specwright
