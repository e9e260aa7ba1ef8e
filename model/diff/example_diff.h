// Compares the examples of two matched sections as examples: added, removed, and inside an
// example its answers: a flipped GOOD/BAD/OK label, a changed rationale, answers added or
// removed, other edits of the turns.
#pragma once

#include "diff_types.h"

#include <QCoreApplication>

namespace Specwright {

class ExampleDiff
{
    Q_DECLARE_TR_FUNCTIONS(ExampleDiff)

public:
    static QList<ExampleChange> compute(const SpecDocument &oldDoc, const QList<int> &oldExamples,
                                        const SpecDocument &newDoc, const QList<int> &newExamples);
    static QString labelName(AnswerLabel label);
    // For each turn of `newExample` the matching turn of `oldExample`, or -1: answers by
    // decision point and text (then position), other turns by role and order.
    static QList<int> matchTurns(const Example &oldExample, const Example &newExample);
    // The first words of an answer, to name it in a change.
    static QString excerpt(const QString &text, int maxChars = 60);
};

} // namespace Specwright
