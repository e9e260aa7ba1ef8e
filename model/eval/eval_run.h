// A run read back from its JSONL file: the header, the graded cases in case order, and whether it
// reached its end marker (else it was interrupted and can resume).
#pragma once

#include "eval_record.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <optional>

namespace Specwright {

struct EvalSectionRate
{
    QString section;
    QString title;
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int total() const { return passed + failed + errors; }
    double rate() const { return total() ? double(passed) / total() : 0; }
};

class EvalRun
{
    Q_DECLARE_TR_FUNCTIONS(EvalRun)

public:
    QString path;
    EvalRunHeader header;
    QList<EvalRecord> records; // in case order; the last record of a case wins
    bool complete = false;
    int skippedLines = 0; // a line cut off by an interruption, or not JSON

    static std::optional<EvalRun> read(const QString &path, QString *error);

    const EvalRecord *record(const QString &caseId) const;
    int passed() const;
    int errors() const;
    double passRate() const; // errors count as not passed
    // Per section, in the order sections first appear.
    QList<EvalSectionRate> sectionRates() const;
};

} // namespace Specwright
