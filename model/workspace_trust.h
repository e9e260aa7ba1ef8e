// Which workspaces the user trusts, as editors do it: a workspace someone else wrote may hold
// a specwright.toml that runs models, evals and templates. Until the user trusts its folder
// (or a parent folder), Specwright runs no LLM generator, no eval and no user template there.
// The list lives in the user's own settings (key "trust/workspaces"), never in a workspace.
#pragma once

#include <QStringList>

class QSettings;

namespace Specwright {

class WorkspaceTrust
{
public:
    // Reads and writes `settings`, which must outlive this object.
    explicit WorkspaceTrust(QSettings &settings);

    // Trusted when the folder, or a folder above it, is in the list (after symlinks).
    bool isTrusted(const QString &workspaceRoot) const;
    // Whether the user was already asked about this folder (and said no): ask only once.
    bool wasDeclined(const QString &workspaceRoot) const;
    void trust(const QString &workspaceRoot);
    void decline(const QString &workspaceRoot);
    void revoke(const QString &workspaceRoot);
    QStringList trustedFolders() const;

    // The canonical form a folder is stored in: absolute, symlinks resolved.
    static QString canonicalFolder(const QString &path);

private:
    QStringList list(const char *key) const;
    void setList(const char *key, const QStringList &folders);

    QSettings &m_settings;
};

} // namespace Specwright
