// Autosaves unsaved editor text to a recovery file, so a crash loses at most a few seconds of
// work; on the next start the IDE offers what it finds. A clean save or close removes the file.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Specwright {

class RecoveryStore : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString recoveryFile; // where the text was saved
        QString originalPath; // the spec it belongs to (empty for an unsaved buffer)
        QDateTime savedAt;
    };

    // Recovery files live in `directory` (default: <app data>/recovery).
    explicit RecoveryStore(const QString &directory = {}, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // The text to save and the path it belongs to, asked for on each autosave tick.
    void setSource(std::function<QString()> text, std::function<QString()> path);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Marks the buffer dirty (starts the timer) or clean (removes the recovery file).
    void markDirty();
    void markClean();

    // Writes now; returns the recovery file path (empty on failure).
    QString saveNow();
    QList<Entry> entries() const;
    static QString readText(const Entry &entry);
    static void discard(const Entry &entry);

private:
    QString fileFor(const QString &path) const;

    QString m_directory;
    QTimer m_timer;
    std::function<QString()> m_text;
    std::function<QString()> m_path;
    QString m_current; // recovery file of the current buffer
};

} // namespace Specwright
