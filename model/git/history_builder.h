// Builds a new git repository whose commits are given snapshots of a folder, oldest first:
// the bundled sample gets its amendments this way, so a new user sees review and history.
#pragma once

#include "git_result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace Specwright {

class HistoryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(HistoryBuilder)

public:
    struct Snapshot
    {
        QString message;
        QDateTime when;
        QMap<QString, QByteArray> files; // '/'-separated path inside the folder -> contents
    };

    // `folder` must not exist yet (or be empty). Each snapshot replaces the previous one's
    // files; the working folder ends as the last snapshot, with a clean status.
    static GitResult<GitDone> build(const QString &folder, const QList<Snapshot> &snapshots,
                                    const QString &authorName, const QString &authorEmail);
};

} // namespace Specwright
