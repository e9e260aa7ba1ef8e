#include "recovery_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Specwright {

RecoveryStore::RecoveryStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                            QStringLiteral("/recovery")
                      : directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
}

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
    return m_directory + QLatin1Char('/') + hash + QStringLiteral(".md");
}

QString RecoveryStore::saveNow()
{
    if (!m_text)
        return {};
    const QString path = m_path ? m_path() : QString();
    const QString file = fileFor(path);
    if (!m_current.isEmpty() && m_current != file)
        markClean(); // the buffer now belongs to another file
    if (!QDir().mkpath(m_directory))
        return {};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_text().toUtf8()) < 0 || !out.commit())
        return {};
    QJsonObject meta{
        {QStringLiteral("path"), path},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile metaFile(file + QStringLiteral(".json"));
    if (metaFile.open(QIODevice::WriteOnly)) {
        metaFile.write(QJsonDocument(meta).toJson());
        metaFile.commit();
    }
    m_current = file;
    return file;
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> result;
    const QDir dir(m_directory);
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Time)) {
        Entry e;
        e.recoveryFile = info.absoluteFilePath();
        e.savedAt = info.lastModified();
        QFile metaFile(e.recoveryFile + QStringLiteral(".json"));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            e.originalPath = meta.value(QStringLiteral("path")).toString();
            e.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(),
                                              Qt::ISODate);
        }
        result.append(e);
    }
    return result;
}

QString RecoveryStore::readText(const Entry &entry)
{
    QFile f(entry.recoveryFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void RecoveryStore::discard(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(entry.recoveryFile + QStringLiteral(".json"));
}

} // namespace Specwright
