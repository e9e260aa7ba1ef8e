// One generated input size: version 1 and version 2 of a Model-Spec-shaped spec, as bytes and
// as text, loaded once before any timing.
#pragma once

#include "result_table.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Specwright::Bench {

struct BenchInput
{
    InputSize size;
    QString path;
    QString pathV2;
    QString workspaceDir; // spec.md and its examples/ folder
    QByteArray bytes;
    QByteArray bytesV2;
    QString text;
    QString textV2;
};

// Loads spec-<size>/spec.md and spec-<size>-v2.md for each size name found in the folder.
QList<BenchInput> loadInputs(const QString &folder, const QStringList &sizeNames);

// Median-of-N run counts: more runs for small inputs, at least 3.
int runsFor(const BenchInput &input, double scale);

} // namespace Specwright::Bench
