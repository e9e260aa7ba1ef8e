#include "workspace_trust.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Specwright {

namespace {
constexpr const char *trustedKey = "trust/workspaces";
constexpr const char *declinedKey = "trust/declined";

bool isInside(const QString &folder, const QString &parent)
{
    return folder == parent || folder.startsWith(parent.endsWith(u'/') ? parent : parent + u'/');
}
} // namespace

WorkspaceTrust::WorkspaceTrust(QSettings &settings)
    : m_settings(settings)
{
}

QString WorkspaceTrust::canonicalFolder(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

QStringList WorkspaceTrust::list(const char *key) const
{
    return m_settings.value(QLatin1String(key)).toStringList();
}

void WorkspaceTrust::setList(const char *key, const QStringList &folders)
{
    m_settings.setValue(QLatin1String(key), folders);
    m_settings.sync();
}

bool WorkspaceTrust::isTrusted(const QString &root) const
{
    const QString folder = canonicalFolder(root);
    if (folder.isEmpty())
        return false;
    for (const QString &trusted : list(trustedKey))
        if (!trusted.isEmpty() && isInside(folder, trusted))
            return true;
    return false;
}

bool WorkspaceTrust::wasDeclined(const QString &root) const
{
    return list(declinedKey).contains(canonicalFolder(root));
}

void WorkspaceTrust::trust(const QString &root)
{
    const QString folder = canonicalFolder(root);
    if (folder.isEmpty())
        return;
    QStringList trusted = list(trustedKey);
    if (!trusted.contains(folder))
        trusted.append(folder);
    setList(trustedKey, trusted);
    QStringList declined = list(declinedKey);
    declined.removeAll(folder);
    setList(declinedKey, declined);
}

void WorkspaceTrust::decline(const QString &root)
{
    const QString folder = canonicalFolder(root);
    QStringList declined = list(declinedKey);
    if (!folder.isEmpty() && !declined.contains(folder))
        declined.append(folder);
    setList(declinedKey, declined);
}

void WorkspaceTrust::revoke(const QString &root)
{
    QStringList trusted = list(trustedKey);
    trusted.removeAll(canonicalFolder(root));
    setList(trustedKey, trusted);
}

QStringList WorkspaceTrust::trustedFolders() const
{
    return list(trustedKey);
}

} // namespace Specwright
