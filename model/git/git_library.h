// libgit2 set-up and error translation, shared by the RAII wrappers in this folder.
#pragma once

#include "git_result.h"

#include <QCoreApplication>

namespace Specwright {

class GitLibrary
{
    Q_DECLARE_TR_FUNCTIONS(GitLibrary)

public:
    // Initialises libgit2 once per process; safe to call from any thread.
    static void ensureInitialized();
    // The error of the last failed libgit2 call on this thread, with context in front.
    static GitError lastError(const QString &context, int code);
    // Points the global/XDG/system config search paths at a folder (tests use an empty
    // folder so the machine's identity does not leak in).
    static void setConfigSearchPath(const QString &folder);
};

} // namespace Specwright
