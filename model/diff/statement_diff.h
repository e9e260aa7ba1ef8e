// The normative diff of one section: its must/should/may statements matched old <-> new and
// classified as added, removed, strengthened, weakened, negated or reworded with the same force.
#pragma once

#include "diff_types.h"

#include <QCoreApplication>

namespace Specwright {

class StatementDiff
{
    Q_DECLARE_TR_FUNCTIONS(StatementDiff)

public:
    // Either section index may be -1 (the section was added or removed). `blocks` (the
    // section's block diff) lets statements pair within their edited block first, which keeps
    // a section with thousands of rewritten sentences linear.
    static QList<StatementChange> compute(const SpecDocument &oldDoc, int oldSection,
                                          const SpecDocument &newDoc, int newSection,
                                          const QList<BlockChange> &blocks = {});
    // 1 may/optional, 2 should/recommended, 3 must/shall/required; 0 for none.
    static int force(Modality modality);
    static bool isNegative(Modality modality);
    // Statements with a modal keyword (normative and EARS sentences).
    static bool isNormative(const Statement &statement);
    // A short untranslated name: "must", "must not", "should", "may"...
    static QString modalityName(Modality modality);
    static QString kindName(StatementChange::Kind kind);
    static constexpr double pairingThreshold() { return 0.5; }
};

} // namespace Specwright
