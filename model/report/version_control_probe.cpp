#include "version_control_probe.h"

#include "git_reference.h"
#include "git_remote.h"
#include "git_repository.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace Specwright {

QString VersionControlProbe::publicRepositoryUri(const QString &remoteUrl)
{
    const QString trimmed = remoteUrl.trimmed();
    // scp-like syntax: [user@]host:path, with no scheme.
    static const QRegularExpression scpLike(QStringLiteral("^(?:[^@/:]+@)?([^/:]+):(?!//)(.+)$"));
    if (!trimmed.contains(QLatin1String("://"))) {
        const QRegularExpressionMatch m = scpLike.match(trimmed);
        if (m.hasMatch() && m.captured(1).size() > 1)
            return QStringLiteral("ssh://%1/%2").arg(m.captured(1), m.captured(2));
        if (trimmed.startsWith(u'/'))
            return QUrl::fromLocalFile(trimmed).toString(QUrl::FullyEncoded);
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return {};
    url.setUserInfo({});
    return url.toString(QUrl::FullyEncoded);
}

std::optional<VersionControlState> VersionControlProbe::probe(const QString &path,
                                                              QString *workTree)
{
    GitResult<GitRepository> repo = GitRepository::discover(path);
    if (!repo || repo->isBare() || repo->workDir().isEmpty())
        return std::nullopt;
    VersionControlState state;
    const QString work = QDir::cleanPath(repo->workDir());
    if (workTree)
        *workTree = work;
    GitResult<GitRemote> origin = GitRemote::lookup(repo.value(), QStringLiteral("origin"));
    if (origin)
        state.repositoryUri = publicRepositoryUri(origin->url());
    if (state.repositoryUri.isEmpty())
        state.repositoryUri = QUrl::fromLocalFile(work + u'/').toString(QUrl::FullyEncoded);
    if (GitResult<GitOid> head = repo->headId())
        state.revision = head->hex();
    if (GitResult<GitReference> ref = GitReference::head(repo.value()); ref && ref->isBranch())
        state.branch = ref->shorthand();
    return state;
}

} // namespace Specwright
