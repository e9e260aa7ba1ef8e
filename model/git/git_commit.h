// RAII wrapper of a git commit.
#pragma once

#include "git_oid.h"
#include "git_result.h"
#include "git_tree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <memory>

struct git_commit;
struct git_repository;

namespace Specwright {

class GitRepository;

class GitCommit
{
    Q_DECLARE_TR_FUNCTIONS(GitCommit)

public:
    static GitResult<GitCommit> lookup(const GitRepository &repository, const GitOid &id);

    GitOid id() const;
    QString summary() const;
    QString message() const;
    QString authorName() const;
    QString authorEmail() const;
    QDateTime time() const;
    QList<GitOid> parentIds() const;
    GitResult<GitTree> tree() const;

private:
    friend class GitRepository;
    // Holds the repository: libgit2 objects must not outlive the repository they came from.
    struct Deleter
    {
        std::shared_ptr<git_repository> repository;
        void operator()(git_commit *c) const;
    };
    std::shared_ptr<git_commit> m_commit;
};

} // namespace Specwright
