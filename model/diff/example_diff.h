// Compares the examples of two matched sections as examples: added, removed, a changed
// GOOD/BAD/OK answer label, or other edits of the turns.
#pragma once

#include "diff_types.h"
#include "spec_document.h"

#include <QCoreApplication>

namespace Specwright {

class ExampleDiff
{
    Q_DECLARE_TR_FUNCTIONS(ExampleDiff)

public:
    static QList<ExampleChange> compute(const SpecDocument &oldDoc, const QList<int> &oldExamples,
                                        const SpecDocument &newDoc, const QList<int> &newExamples);
    static QString labelName(AnswerLabel label);
};

} // namespace Specwright
