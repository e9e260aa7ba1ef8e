// Autosaves unsaved editor text to a recovery file, so a crash loses at most a few seconds of
// work; on the next start the IDE offers what it finds. A clean save or close removes the file.
// The folder and its files are private to the user (0700 / 0600). Each running instance owns
// its files (named after the instance and held by a lock file), so two instances never
// overwrite or offer each other's work; files of an instance that died are offered. The
// timer's autosave takes the text on the UI thread and encodes and writes it on a worker
// (writing and syncing 5 MB stalled typing for 0.1 s); a clean that comes meanwhile wins.
#pragma once

#include "latest_result.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

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

    // Recovery files live in `directory` (default: defaultDirectory()).
    explicit RecoveryStore(const QString &directory = {}, QObject *parent = nullptr);
    // <user data>/Specwright/recovery, e.g. ~/.local/share/Specwright/recovery.
    static QString defaultDirectory();
    ~RecoveryStore() override;

    QString directory() const { return m_directory; }
    // The text to save and the path it belongs to, asked for on each autosave tick.
    void setSource(std::function<QString()> text, std::function<QString()> path);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Marks the buffer dirty (starts the timer) or clean (removes the recovery file).
    void markDirty();
    void markClean();

    // Writes now; returns the recovery file path (empty on failure, after autosaveFailed).
    QString saveNow();
    // What the timer does: the same, with the encoding and writing on a worker.
    void saveInBackground();
    // Recovery files of this instance and of instances no longer running; never those of
    // another running instance.
    QList<Entry> entries() const;
    static QString readText(const Entry &entry);
    static void discard(const Entry &entry);

Q_SIGNALS:
    // An autosave could not be written; message is a full sentence for the user.
    void autosaveFailed(const QString &message);

private:
    QString fileFor(const QString &path) const;
    bool ensureDirectory(QString *error);
    bool ownedByLiveInstance(const QString &directory, const QString &instance) const;
    QString fail(const QString &message);
    // Where the text goes now, after ensuring the folder; empty (after autosaveFailed) when
    // it cannot be written.
    QString prepare();

    QString m_directory;
    // Where earlier releases kept recovery files (<data>/Specwright/Specwright/recovery):
    // still read, so text saved there is offered too.
    QString m_legacyDirectory;
    QString m_instance; // this process's part of every recovery file name
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    std::function<QString()> m_text;
    std::function<QString()> m_path;
    QString m_current; // recovery file of the current buffer
    QString m_writing; // the file a background save is writing
    // Shared with background saves: one write at a time, and what came meanwhile.
    struct Writes
    {
        std::mutex mutex;
        std::atomic<int> cleans = 0; // a save that sees this change removes what it wrote
        std::atomic<int> saves = 0;  // a save that sees this change writes nothing
    };
    std::shared_ptr<Writes> m_writes = std::make_shared<Writes>();
    LatestResult<QString> m_background{this};
};

} // namespace Specwright
