#include "git_index.h"

#include "git_internal.h"
#include "git_library.h"
#include "git_repository.h"
#include "git_signature.h"

namespace Specwright {

void GitIndex::Deleter::operator()(git_index *i) const
{
    git_index_free(i);
}

GitResult<GitIndex> GitIndex::of(const GitRepository &repository)
{
    git_index *index = nullptr;
    const int rc = git_repository_index(&index, repository.handle());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot open the index"), rc);
    GitIndex out;
    out.m_index.reset(index, Deleter{repository.m_repo});
    return out;
}

GitResult<GitDone> GitIndex::addPath(const QString &relativePath)
{
    const int rc = git_index_add_bypath(m_index.get(), relativePath.toUtf8().constData());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot stage %1").arg(relativePath), rc);
    return GitDone{};
}

GitResult<GitDone> GitIndex::removePath(const QString &relativePath)
{
    const int rc = git_index_remove_bypath(m_index.get(), relativePath.toUtf8().constData());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot unstage %1").arg(relativePath), rc);
    return GitDone{};
}

GitResult<GitDone> GitIndex::write()
{
    const int rc = git_index_write(m_index.get());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot write the index"), rc);
    return GitDone{};
}

GitResult<GitOid> GitIndex::writeTree()
{
    git_oid oid;
    const int rc = git_index_write_tree(&oid, m_index.get());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot write a tree from the index"), rc);
    return GitInternal::fromOid(&oid);
}

GitResult<GitOid> GitIndex::commit(GitRepository &repository, const QString &message,
                                   const QList<GitOid> &parents, const GitSignature &signature)
{
    if (GitResult<GitDone> written = write(); !written)
        return written.error();
    GitResult<GitOid> tree = writeTree();
    if (!tree)
        return tree.error();
    return repository.createCommit(message, tree.value(), parents, signature, signature);
}

bool GitIndex::hasConflicts() const
{
    return git_index_has_conflicts(m_index.get()) == 1;
}

} // namespace Specwright
