#include "git_commit.h"

#include "git_internal.h"
#include "git_library.h"
#include "git_repository.h"

#include <QTimeZone>

namespace Specwright {

void GitCommit::Deleter::operator()(git_commit *c) const
{
    git_commit_free(c);
}

GitResult<GitCommit> GitCommit::lookup(const GitRepository &repository, const GitOid &id)
{
    git_commit *commit = nullptr;
    const git_oid oid = GitInternal::toOid(id);
    const int rc = git_commit_lookup(&commit, repository.handle(), &oid);
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot read commit %1").arg(id.shortHex()), rc);
    GitCommit out;
    out.m_commit.reset(commit, Deleter{repository.m_repo});
    return out;
}

GitOid GitCommit::id() const
{
    return GitInternal::fromOid(git_commit_id(m_commit.get()));
}

QString GitCommit::summary() const
{
    const char *s = git_commit_summary(m_commit.get());
    return s ? QString::fromUtf8(s) : QString();
}

QString GitCommit::message() const
{
    return QString::fromUtf8(git_commit_message(m_commit.get()));
}

QString GitCommit::authorName() const
{
    const git_signature *a = git_commit_author(m_commit.get());
    return a ? QString::fromUtf8(a->name) : QString();
}

QString GitCommit::authorEmail() const
{
    const git_signature *a = git_commit_author(m_commit.get());
    return a ? QString::fromUtf8(a->email) : QString();
}

QDateTime GitCommit::time() const
{
    const git_signature *a = git_commit_author(m_commit.get());
    if (!a)
        return {};
    return QDateTime::fromSecsSinceEpoch(a->when.time,
                                         QTimeZone::fromSecondsAheadOfUtc(a->when.offset * 60));
}

QList<GitOid> GitCommit::parentIds() const
{
    QList<GitOid> ids;
    for (unsigned i = 0, n = git_commit_parentcount(m_commit.get()); i < n; ++i)
        ids.append(GitInternal::fromOid(git_commit_parent_id(m_commit.get(), i)));
    return ids;
}

GitResult<GitTree> GitCommit::tree() const
{
    git_tree *tree = nullptr;
    const int rc = git_commit_tree(&tree, m_commit.get());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot read the tree of commit %1").arg(id().shortHex()),
                                     rc);
    GitTree out;
    out.m_tree.reset(tree, GitTree::Deleter{std::get_deleter<Deleter>(m_commit)->repository});
    return out;
}

} // namespace Specwright
