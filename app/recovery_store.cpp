#include "recovery_store.h"

#include "bounded_file_reader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <cerrno>

namespace Specwright {

namespace {
constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions privateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Recovery file names are <path hash>-<instance>.md; the instance holds <instance>.lock.
QString instanceOf(const QString &fileName)
{
    const qsizetype dash = fileName.indexOf(u'-');
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dash < 0 || dot < dash ? QString() : fileName.mid(dash + 1, dot - dash - 1);
}

QString lockPath(const QString &directory, const QString &instance)
{
    return directory + QLatin1Char('/') + instance + QStringLiteral(".lock");
}

// Writes bytes with owner-only permissions; returns the reason on failure.
QString writePrivate(const QString &file, const QByteArray &bytes)
{
    QSaveFile out(file);
    errno = 0;
    if (out.open(QIODevice::WriteOnly) && out.setPermissions(privateFile) &&
        out.write(bytes) == bytes.size() && out.commit())
        return {};
    const int cause = errno;
    return cause != 0 ? BoundedFileReader::describeErrno(cause) : out.errorString();
}

// The text and its metadata into `file` (any thread); returns the sentence for the user on
// failure.
QString writeRecovery(const QString &file, const QString &text, const QString &path)
{
    if (const QString why = writePrivate(file, text.toUtf8()); !why.isEmpty())
        return RecoveryStore::tr("Autosave failed: cannot write %1: %2")
            .arg(QDir::toNativeSeparators(file), why);
    const QJsonObject meta{
        {QStringLiteral("path"), path},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QString json = file + QStringLiteral(".json");
    if (const QString why = writePrivate(json, QJsonDocument(meta).toJson()); !why.isEmpty())
        return RecoveryStore::tr("Autosave failed: cannot write %1: %2")
            .arg(QDir::toNativeSeparators(json), why);
    return {};
}
} // namespace

QString RecoveryStore::defaultDirectory()
{
    // AppLocalDataLocation is <data>/<organization>/<application>, which is
    // Specwright/Specwright here: the data folder is named once, after the application.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' +
           QCoreApplication::applicationName() + QStringLiteral("/recovery");
}

RecoveryStore::RecoveryStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_instance(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/recovery");
    if (directory.isEmpty() && legacy != m_directory)
        m_legacyDirectory = legacy;
    m_timer.setSingleShot(true);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryStore::saveInBackground);
}

RecoveryStore::~RecoveryStore() = default;

void RecoveryStore::setSource(std::function<QString()> text, std::function<QString()> path)
{
    m_text = std::move(text);
    m_path = std::move(path);
}

void RecoveryStore::markDirty()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void RecoveryStore::markClean()
{
    m_timer.stop();
    // A background save still writing removes its file itself, or it is removed here.
    m_writes->cleans.fetch_add(1);
    m_background.cancel();
    if (!m_writing.isEmpty()) {
        QFile::remove(m_writing);
        QFile::remove(m_writing + QStringLiteral(".json"));
        m_writing.clear();
    }
    if (!m_current.isEmpty()) {
        QFile::remove(m_current);
        QFile::remove(m_current + QStringLiteral(".json"));
        m_current.clear();
    }
}

QString RecoveryStore::fileFor(const QString &path) const
{
    const QByteArray key = path.isEmpty() ? QByteArrayLiteral("untitled") : path.toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return m_directory + QLatin1Char('/') + hash + QLatin1Char('-') + m_instance +
           QStringLiteral(".md");
}

bool RecoveryStore::ensureDirectory(QString *error)
{
    if (!QDir().mkpath(m_directory) || !QFile::setPermissions(m_directory, privateDir)) {
        *error = tr("Cannot create the recovery folder %1: %2")
                     .arg(QDir::toNativeSeparators(m_directory),
                          BoundedFileReader::describeErrno(errno));
        return false;
    }
    if (!m_lock) {
        auto lock = std::make_unique<QLockFile>(lockPath(m_directory, m_instance));
        lock->setStaleLockTime(0); // stale only when its process is gone, however old
        if (!lock->tryLock(0)) {
            *error = tr("Cannot lock the recovery folder %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
            return false;
        }
        m_lock = std::move(lock);
    }
    return true;
}

QString RecoveryStore::fail(const QString &message)
{
    Q_EMIT autosaveFailed(message);
    return {};
}

QString RecoveryStore::prepare()
{
    if (!m_text)
        return {};
    const QString file = fileFor(m_path ? m_path() : QString());
    if (!m_current.isEmpty() && m_current != file)
        markClean(); // the buffer now belongs to another file
    QString error;
    if (!ensureDirectory(&error))
        return fail(tr("Autosave failed: %1").arg(error));
    return file;
}

QString RecoveryStore::saveNow()
{
    const QString file = prepare();
    if (file.isEmpty())
        return {};
    // An older text must not land after this one: a background save not yet writing skips,
    // one writing finishes first (rare: recovery and tests save now).
    m_writes->saves.fetch_add(1);
    m_background.cancel();
    m_writing.clear();
    const std::lock_guard lock(m_writes->mutex);
    const QString failure = writeRecovery(file, m_text(), m_path ? m_path() : QString());
    if (!failure.isEmpty())
        return fail(failure);
    m_current = file;
    return file;
}

void RecoveryStore::saveInBackground()
{
    const QString file = prepare();
    if (file.isEmpty())
        return;
    m_writing = file;
    const int cleans = m_writes->cleans.load();
    const int saves = m_writes->saves.load();
    m_background.start(
        [file, text = m_text(), path = m_path ? m_path() : QString(), cleans, saves,
         writes = m_writes](const BackgroundTask &) {
            const std::lock_guard lock(writes->mutex);
            if (writes->saves.load() != saves || writes->cleans.load() != cleans)
                return QString(); // superseded before it began
            const QString failure = writeRecovery(file, text, path);
            if (writes->cleans.load() != cleans) { // cleaned meanwhile: nothing to recover
                QFile::remove(file);
                QFile::remove(file + QStringLiteral(".json"));
            }
            return failure;
        },
        [this, file](const QString &failure) {
            m_writing.clear();
            if (!failure.isEmpty())
                fail(failure);
            else
                m_current = file;
        });
}

bool RecoveryStore::ownedByLiveInstance(const QString &directory, const QString &instance) const
{
    if (instance.isEmpty() || instance == m_instance)
        return false;
    QLockFile probe(lockPath(directory, instance));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) { // its owner is gone
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> result;
    QFileInfoList files;
    for (const QString &directory : {m_directory, m_legacyDirectory}) {
        if (directory.isEmpty())
            continue;
        for (const QFileInfo &info :
             QDir(directory).entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Time))
            if (!ownedByLiveInstance(directory, instanceOf(info.fileName())))
                files.append(info);
    }
    for (const QFileInfo &info : std::as_const(files)) {
        Entry e;
        e.recoveryFile = info.absoluteFilePath();
        e.savedAt = info.lastModified();
        const BoundedFileReader::Result meta =
            BoundedFileReader::read(e.recoveryFile + QStringLiteral(".json"));
        if (meta.ok) {
            const QJsonObject object = QJsonDocument::fromJson(meta.bytes).object();
            e.originalPath = object.value(QStringLiteral("path")).toString();
            e.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(),
                                              Qt::ISODate);
        }
        result.append(e);
    }
    return result;
}

QString RecoveryStore::readText(const Entry &entry)
{
    const BoundedFileReader::Result read = BoundedFileReader::read(entry.recoveryFile);
    return read.ok ? QString::fromUtf8(read.bytes) : QString();
}

void RecoveryStore::discard(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(entry.recoveryFile + QStringLiteral(".json"));
}

} // namespace Specwright
