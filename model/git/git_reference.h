// RAII wrapper of a libgit2 reference (a branch, a tag, HEAD), for the names CI reports carry.
#pragma once

#include "git_result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

struct git_reference;

namespace Specwright {

class GitRepository;

class GitReference
{
    Q_DECLARE_TR_FUNCTIONS(GitReference)

public:
    // What HEAD points at; fails on an unborn HEAD.
    static GitResult<GitReference> head(const GitRepository &repository);

    QString name() const;      // full, e.g. "refs/heads/main"; "HEAD" when detached
    QString shorthand() const; // e.g. "main"
    bool isBranch() const;

private:
    struct Deleter
    {
        void operator()(git_reference *r) const;
    };
    std::unique_ptr<git_reference, Deleter> m_ref;
};

} // namespace Specwright
