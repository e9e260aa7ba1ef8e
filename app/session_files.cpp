#include "session_files.h"

#include <QSettings>
#include <QVariantList>

namespace Specwright {

namespace {
const QString positionsKey = QStringLiteral("session/positions"); // path -> [cursor, scroll]
const QString positionOrderKey = QStringLiteral("session/positionOrder"); // newest first
const QString openFilesKey = QStringLiteral("session/openFiles");
const QString workspacesKey = QStringLiteral("session/recentWorkspaces");
} // namespace

SessionFiles::Position SessionFiles::position(const QString &path)
{
    const QVariantList value = QSettings().value(positionsKey).toMap().value(path).toList();
    if (value.size() != 2)
        return {};
    return {value[0].toInt(), value[1].toInt(), true};
}

void SessionFiles::savePosition(const QString &path, int cursor, int scroll)
{
    if (path.isEmpty())
        return;
    QSettings settings;
    QVariantMap positions = settings.value(positionsKey).toMap();
    QStringList order = settings.value(positionOrderKey).toStringList();
    positions.insert(path, QVariantList{cursor, scroll});
    order.removeAll(path);
    order.prepend(path);
    while (order.size() > maxPositions)
        positions.remove(order.takeLast());
    settings.setValue(positionsKey, positions);
    settings.setValue(positionOrderKey, order);
}

QStringList SessionFiles::openFiles()
{
    return QSettings().value(openFilesKey).toStringList();
}

void SessionFiles::saveOpenFiles(const QStringList &paths)
{
    QSettings().setValue(openFilesKey, paths);
}

QStringList SessionFiles::recentWorkspaces()
{
    return QSettings().value(workspacesKey).toStringList();
}

void SessionFiles::addRecentWorkspace(const QString &folder)
{
    pushRecent(workspacesKey, folder, maxRecentWorkspaces);
}

void SessionFiles::pushRecent(const QString &key, const QString &entry, int maximum)
{
    QSettings settings;
    QStringList entries = settings.value(key).toStringList();
    entries.removeAll(entry);
    entries.prepend(entry);
    while (entries.size() > maximum)
        entries.removeLast();
    settings.setValue(key, entries);
}

} // namespace Specwright
