#include "document_session.h"

#include "bounded_file_reader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStringDecoder>
#include <QTextDocument>
#include <QTimer>
#include <cerrno>

namespace Specwright {

namespace {
QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}
const QString recentKey = QStringLiteral("session/recentFiles");
} // namespace

DocumentSession::DocumentSession(QTextDocument *buffer, QObject *parent)
    : QObject(parent)
    , m_buffer(buffer)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentSession::onFileChanged);
}

bool DocumentSession::isModified() const
{
    return m_buffer->isModified();
}

QString DocumentSession::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool DocumentSession::load(const QString &path, QString *error)
{
    const BoundedFileReader::Result read = BoundedFileReader::read(path);
    if (!read.ok) {
        if (error)
            *error = read.error;
        return false;
    }
    const QByteArray &bytes = read.bytes;
    BufferText::Convention convention;
    convention.byteOrderMark = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(convention.byteOrderMark ? bytes.mid(3) : bytes);
    if (decoder.hasError() && error)
        *error =
            tr("%1 is not valid UTF-8; invalid bytes are shown as \uFFFD. Saving will write UTF-8.")
                .arg(QDir::toNativeSeparators(path));
    const bool bom = convention.byteOrderMark;
    m_convention = BufferText::load(m_buffer, text);
    m_convention.byteOrderMark = bom;
    m_buffer->setModified(false);
    m_diskHash = hashOf(bytes);
    setPath(QFileInfo(path).absoluteFilePath());
    addRecent(m_path);
    return true;
}

QString DocumentSession::text() const
{
    return BufferText::text(m_buffer, m_convention);
}

bool DocumentSession::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The document has no file name yet.");
        return false;
    }
    return saveAs(m_path, error);
}

bool DocumentSession::saveAs(const QString &path, QString *error)
{
    const QByteArray bytes = BufferText::encode(text(), m_convention);
    // Our own write must not look like an external change.
    if (!m_path.isEmpty())
        m_watcher.removePath(m_path);
    QSaveFile out(path);
    errno = 0;
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        // errno says "disk full" where QSaveFile may only say "Unknown error".
        const int cause = errno;
        if (error)
            *error =
                tr("Cannot save %1: %2")
                    .arg(QDir::toNativeSeparators(path),
                         cause != 0 ? BoundedFileReader::describeErrno(cause) : out.errorString());
        watch(m_path);
        return false;
    }
    m_diskHash = hashOf(bytes);
    m_buffer->setModified(false);
    setPath(QFileInfo(path).absoluteFilePath());
    addRecent(m_path);
    Q_EMIT saved(m_path);
    return true;
}

bool DocumentSession::reload(QString *error)
{
    if (m_path.isEmpty())
        return false;
    return load(m_path, error);
}

void DocumentSession::clear()
{
    m_buffer->clear();
    m_convention = {};
    m_buffer->setModified(false);
    m_diskHash.clear();
    setPath({});
}

void DocumentSession::setPath(const QString &path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    const bool changed = path != m_path;
    m_path = path;
    watch(path);
    if (changed)
        Q_EMIT filePathChanged(path);
}

void DocumentSession::watch(const QString &path)
{
    if (!path.isEmpty() && QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

void DocumentSession::onFileChanged(const QString &path)
{
    if (path != m_path)
        return;
    QFile file(path);
    if (!file.exists()) {
        // Editors that save by rename remove the file for a moment: look again shortly.
        QTimer::singleShot(300, this, [this, path] {
            if (path != m_path)
                return;
            if (QFileInfo::exists(path)) {
                watch(path);
                onFileChanged(path);
            } else {
                Q_EMIT externallyRemoved(path);
            }
        });
        return;
    }
    watch(path);
    const BoundedFileReader::Result read = BoundedFileReader::read(path);
    if (!read.ok)
        return;
    const QByteArray hash = hashOf(read.bytes);
    if (hash == m_diskHash)
        return;        // touched, not changed
    m_diskHash = hash; // ask once per distinct content
    Q_EMIT externallyModified(path);
}

QStringList DocumentSession::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void DocumentSession::addRecent(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentKey, files);
    Q_EMIT recentFilesChanged();
}

} // namespace Specwright
