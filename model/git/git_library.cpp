#include "git_library.h"

#include <git2.h>
#include <mutex>

namespace Specwright {

void GitLibrary::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

GitError GitLibrary::lastError(const QString &context, int code)
{
    const git_error *e = git_error_last();
    QString detail = e && e->message ? QString::fromUtf8(e->message).trimmed() : QString();
    GitError error;
    switch (code) {
    case GIT_ENOTFOUND:
        error.code = GitError::Code::NotFound;
        break;
    case GIT_EUNBORNBRANCH:
        error.code = GitError::Code::Unborn;
        break;
    case GIT_EBAREREPO:
        error.code = GitError::Code::Bare;
        break;
    case GIT_EINVALIDSPEC:
    case GIT_EAMBIGUOUS:
        error.code = GitError::Code::InvalidRevision;
        break;
    default:
        error.code = GitError::Code::Failed;
    }
    if (detail.isEmpty())
        detail = tr("git error %1").arg(code);
    error.message = context.isEmpty() ? detail : tr("%1: %2").arg(context, detail);
    return error;
}

void GitLibrary::setConfigSearchPath(const QString &folder)
{
    ensureInitialized();
    const QByteArray path = folder.toUtf8();
    for (int level : {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL,
                      GIT_CONFIG_LEVEL_PROGRAMDATA})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path.constData());
}

} // namespace Specwright
