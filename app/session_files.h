// What the session remembers about files across runs: which documents were open (in tab
// order) and, per file, where the cursor and the scroll bar stood, so reopening a file puts
// the user back where they were. Kept in QSettings under session/; at most maxPositions files.
#pragma once

#include <QStringList>

namespace Specwright {

class SessionFiles
{
public:
    struct Position
    {
        int cursor = 0;
        int scroll = 0;
        bool known = false;
    };
    static constexpr int maxPositions = 100;

    static Position position(const QString &path);
    static void savePosition(const QString &path, int cursor, int scroll);

    static QStringList openFiles();
    static void saveOpenFiles(const QStringList &paths);

    // Workspace folders opened, newest first (the start page lists them).
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &folder);
    static constexpr int maxRecentWorkspaces = 8;

    // Puts `entry` first in the most-recent-first list under `key`, keeping `maximum` entries.
    static void pushRecent(const QString &key, const QString &entry, int maximum);
};

} // namespace Specwright
