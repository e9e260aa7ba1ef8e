// RAII wrapper of a libgit2 remote, read-only: the URL a CI report names the repository by.
#pragma once

#include "git_result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

struct git_remote;

namespace Specwright {

class GitRepository;

class GitRemote
{
    Q_DECLARE_TR_FUNCTIONS(GitRemote)

public:
    static GitResult<GitRemote> lookup(const GitRepository &repository, const QString &name);

    QString name() const;
    QString url() const;

private:
    struct Deleter
    {
        void operator()(git_remote *r) const;
    };
    std::unique_ptr<git_remote, Deleter> m_remote;
};

} // namespace Specwright
