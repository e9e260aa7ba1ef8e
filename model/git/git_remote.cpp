#include "git_remote.h"

#include "git_library.h"
#include "git_repository.h"

#include <git2.h>

namespace Specwright {

void GitRemote::Deleter::operator()(git_remote *r) const
{
    git_remote_free(r);
}

GitResult<GitRemote> GitRemote::lookup(const GitRepository &repository, const QString &name)
{
    git_remote *remote = nullptr;
    const int rc = git_remote_lookup(&remote, repository.handle(), name.toUtf8().constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
        return GitError{GitError::Code::NotFound,
                        tr("The repository has no remote \"%1\"").arg(name)};
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot read the remote \"%1\"").arg(name), rc);
    GitRemote out;
    out.m_remote.reset(remote);
    return out;
}

QString GitRemote::name() const
{
    return QString::fromUtf8(git_remote_name(m_remote.get()));
}

QString GitRemote::url() const
{
    const char *url = git_remote_url(m_remote.get());
    return url ? QString::fromUtf8(url) : QString();
}

} // namespace Specwright
