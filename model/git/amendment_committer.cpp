#include "amendment_committer.h"

#include "git_index.h"
#include "git_repository.h"
#include "git_signature.h"

namespace Specwright {

QString AmendmentCommitter::messageTemplate(const QString &fileName, const QString &summary,
                                            const QStringList &changedSectionIds)
{
    QString message =
        tr("Amend %1: %2")
            .arg(fileName, summary.trimmed().isEmpty() ? tr("update") : summary.trimmed());
    if (!changedSectionIds.isEmpty()) {
        message += QStringLiteral("\n\n") + tr("Changed sections:") + u'\n';
        for (const QString &id : changedSectionIds)
            message += QStringLiteral("- ") + id + u'\n';
    } else {
        message += u'\n';
    }
    return message;
}

GitResult<GitDone> AmendmentCommitter::check(const GitRepository &repository,
                                             bool allowDetachedHead)
{
    if (repository.isBare())
        return GitError{GitError::Code::Bare,
                        tr("The repository is bare: there is no working file to commit.")};
    if (repository.isMergeInProgress())
        return GitError{GitError::Code::MergeInProgress,
                        tr("A merge (or another git operation) is in progress. Finish or abort it "
                           "before committing an amendment.")};
    if (repository.isHeadDetached() && !allowDetachedHead)
        return GitError{GitError::Code::DetachedHead,
                        tr("HEAD is detached: the commit would not be on any branch. Check out a "
                           "branch first, or confirm that you want to commit on a detached HEAD.")};
    GitResult<GitSignature> identity = GitSignature::defaultFor(repository);
    if (!identity)
        return identity.error();
    return GitDone{};
}

GitResult<GitOid> AmendmentCommitter::commit(GitRepository &repository, const QString &filePath,
                                             const QString &message, bool allowDetachedHead)
{
    GitResult<GitDone> ok = check(repository, allowDetachedHead);
    if (!ok)
        return ok.error();
    const QString rel = repository.relativePath(filePath);
    if (rel.isEmpty())
        return GitError{GitError::Code::NotFound,
                        tr("%1 is not inside the repository's working folder").arg(filePath)};
    GitResult<GitIndex> index = GitIndex::of(repository);
    if (!index)
        return index.error();
    if (GitResult<GitDone> added = index->addPath(rel); !added)
        return added.error();
    QList<GitOid> parents;
    if (!repository.isHeadUnborn()) {
        GitResult<GitOid> head = repository.headId();
        if (!head)
            return head.error();
        parents.append(head.value());
    }
    GitResult<GitSignature> me = GitSignature::defaultFor(repository);
    if (!me)
        return me.error();
    return index->commit(repository, message, parents, me.value());
}

} // namespace Specwright
