// The version-control state a CI report records (SARIF versionControlProvenance): the
// repository holding a folder, its remote URL without credentials, HEAD and its branch.
#pragma once

#include "report_run.h"

namespace Specwright {

class VersionControlProbe
{
public:
    // Empty when the path is not inside a git work tree. `workTree` receives the work tree's
    // absolute path without a trailing slash.
    static std::optional<VersionControlState> probe(const QString &path,
                                                    QString *workTree = nullptr);
    // A remote URL as an absolute URI without user name or password: scp-like
    // "git@host:owner/repo.git" becomes "ssh://host/owner/repo.git".
    static QString publicRepositoryUri(const QString &remoteUrl);
};

} // namespace Specwright
