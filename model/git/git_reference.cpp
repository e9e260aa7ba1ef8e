#include "git_reference.h"

#include "git_library.h"
#include "git_repository.h"

#include <git2.h>

namespace Specwright {

void GitReference::Deleter::operator()(git_reference *r) const
{
    git_reference_free(r);
}

GitResult<GitReference> GitReference::head(const GitRepository &repository)
{
    git_reference *ref = nullptr;
    const int rc = git_repository_head(&ref, repository.handle());
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND)
        return GitError{GitError::Code::Unborn, tr("The repository has no commits yet")};
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot read HEAD"), rc);
    GitReference out;
    out.m_ref.reset(ref);
    return out;
}

QString GitReference::name() const
{
    return QString::fromUtf8(git_reference_name(m_ref.get()));
}

QString GitReference::shorthand() const
{
    return QString::fromUtf8(git_reference_shorthand(m_ref.get()));
}

bool GitReference::isBranch() const
{
    return git_reference_is_branch(m_ref.get()) == 1;
}

} // namespace Specwright
