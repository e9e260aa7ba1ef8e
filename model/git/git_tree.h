// RAII wrapper of a git tree (a directory snapshot of one commit).
#pragma once

#include "git_oid.h"
#include "git_result.h"

#include <QCoreApplication>
#include <memory>

struct git_tree;
struct git_repository;

namespace Specwright {

class GitRepository;

class GitTree
{
    Q_DECLARE_TR_FUNCTIONS(GitTree)

public:
    static GitResult<GitTree> lookup(const GitRepository &repository, const GitOid &id);

    GitOid id() const;
    // The blob id at a repository-relative path; null when the path is absent or not a file.
    GitOid blobAt(const QString &path) const;
    // Runs rename detection (diff find_similar) between a parent tree and this one and returns
    // the old path of `path` when it was renamed or copied here; empty otherwise.
    QString renamedFrom(const GitRepository &repository, const GitTree &parent,
                        const QString &path) const;

private:
    friend class GitRepository;
    friend class GitCommit;
    // Holds the repository: libgit2 objects must not outlive the repository they came from.
    struct Deleter
    {
        std::shared_ptr<git_repository> repository;
        void operator()(git_tree *t) const;
    };
    std::shared_ptr<git_tree> m_tree;
};

} // namespace Specwright
