// Which generated outputs of a spec are stale, section by section: every file below an output
// folder whose provenance names the spec, with its state against the spec's current text and
// the ids of the changed sections it was made from. Reads and hashes files: run it off the UI
// thread.
#pragma once

#include "provenance.h"

#include <QList>
#include <QStringList>

namespace Specwright {

class SpecDocument;

struct OutputStatus
{
    QString path; // absolute
    QString generator;
    OutputState state = OutputState::Current;
    QStringList changedSections;
};

class OutputStaleness
{
public:
    // `specPath` as outputs record it (relative to the workspace root).
    static QList<OutputStatus> scan(const QString &outputDir, const QString &specPath,
                                    const SpecDocument &current);
};

} // namespace Specwright
