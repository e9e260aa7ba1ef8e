// RAII wrapper of a repository's index (the staging area).
#pragma once

#include "git_oid.h"
#include "git_result.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

struct git_index;
struct git_repository;

namespace Specwright {

class GitRepository;
class GitSignature;

class GitIndex
{
    Q_DECLARE_TR_FUNCTIONS(GitIndex)

public:
    static GitResult<GitIndex> of(const GitRepository &repository);

    // Stages the working-tree file at a repository-relative path.
    GitResult<GitDone> addPath(const QString &relativePath);
    // Removes a path from the index (the file was deleted or renamed).
    GitResult<GitDone> removePath(const QString &relativePath);
    GitResult<GitDone> write();
    GitResult<GitOid> writeTree();
    // Writes the index and commits its tree on HEAD with `parents`, by `signature`.
    GitResult<GitOid> commit(GitRepository &repository, const QString &message,
                             const QList<GitOid> &parents, const GitSignature &signature);
    bool hasConflicts() const;

private:
    // Holds the repository: libgit2 objects must not outlive the repository they came from.
    struct Deleter
    {
        std::shared_ptr<git_repository> repository;
        void operator()(git_index *i) const;
    };
    std::shared_ptr<git_index> m_index;
};

} // namespace Specwright
