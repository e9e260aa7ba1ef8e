// The bundled sample workspace (resources/sample/v1..vN, one folder per amendment): copied
// once into the user's data folder as a git repository whose commits are those amendments,
// so review and history have something to show; an existing copy is never overwritten.
#pragma once

#include "history_builder.h"

#include <QList>
#include <QString>

namespace Specwright {

class SampleWorkspace
{
public:
    // The folder, made on first use; empty when it cannot be written.
    static QString provide(const QString &folder);
    // The amendments in the program's resources, oldest first.
    static QList<HistoryBuilder::Snapshot> bundledAmendments();
};

} // namespace Specwright
