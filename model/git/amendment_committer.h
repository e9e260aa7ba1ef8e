// Commits an amendment of one spec file: stage it and commit with a message that lists the
// changed sections. Refuses clearly when committing would surprise the writer.
#pragma once

#include "git_oid.h"
#include "git_result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Specwright {

class GitRepository;

class AmendmentCommitter
{
    Q_DECLARE_TR_FUNCTIONS(AmendmentCommitter)

public:
    // "Amend <file>: <summary>" + a blank line + one "- <section id>" line per changed section.
    static QString messageTemplate(const QString &fileName, const QString &summary,
                                   const QStringList &changedSectionIds);
    // Why a commit cannot be made now (no identity, merge in progress, detached HEAD, bare).
    static GitResult<GitDone> check(const GitRepository &repository,
                                    bool allowDetachedHead = false);
    // Stages `filePath` (absolute) and commits it on HEAD.
    static GitResult<GitOid> commit(GitRepository &repository, const QString &filePath,
                                    const QString &message, bool allowDetachedHead = false);
};

} // namespace Specwright
