#include "document_session.h"

#include "bounded_file_reader.h"
#include "loaded_buffer.h"
#include "session_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>
#include <cerrno>

namespace Specwright {

namespace {
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
    const TextFileCodec::Decoded decoded = TextFileCodec::decode(read.bytes);
    setText(path, read.bytes, decoded);
    return true;
}

bool DocumentSession::reloadWithEncoding(const QString &encodingName, QString *error)
{
    if (m_path.isEmpty())
        return false;
    const BoundedFileReader::Result read = BoundedFileReader::read(m_path);
    if (!read.ok) {
        if (error)
            *error = read.error;
        return false;
    }
    const TextFileCodec::Decoded decoded = TextFileCodec::decode(read.bytes, encodingName);
    if (decoded.lossy && error)
        *error = tr("%1 is not valid %2; invalid bytes are shown as \uFFFD.")
                     .arg(QDir::toNativeSeparators(m_path),
                          TextFileCodec::displayName(decoded.encoding));
    setText(m_path, read.bytes, decoded);
    return true;
}

void DocumentSession::setText(const QString &path, const QByteArray &bytes,
                              const TextFileCodec::Decoded &decoded)
{
    m_convention = BufferText::load(m_buffer, decoded.text);
    setFile(path, bytes, decoded.encoding, decoded.lossy);
}

void DocumentSession::loaded(const LoadedBuffer &file)
{
    m_convention = file.convention();
    setFile(file.path(), file.bytes(), file.encoding(), file.lossy());
}

void DocumentSession::setFile(const QString &path, const QByteArray &bytes,
                              TextFileCodec::Encoding encoding, bool lossy)
{
    m_encoding = encoding;
    m_readLossy = lossy;
    m_buffer->setModified(false);
    setDiskBytes(bytes);
    setPath(QFileInfo(path).absoluteFilePath());
    addRecent(m_path);
    Q_EMIT encodingChanged();
}

bool DocumentSession::confirmLoss(const QString &path, TextFileCodec::Encoded *encoded)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!encoded->lossless()) {
        const QString message =
            tr("%1 cannot be saved in %2: %n character(s) would be lost (%3). Save it as "
               "UTF-8 instead?",
               nullptr, encoded->unrepresentableCount)
                .arg(name, TextFileCodec::displayName(m_encoding),
                     encoded->unrepresentable.mid(0, 8).join(u' '));
        if (!m_confirmLoss || !m_confirmLoss(message, tr("Save as &UTF-8")))
            return false;
        m_encoding = {};
        *encoded = TextFileCodec::encode(text(), m_encoding);
        Q_EMIT encodingChanged();
    } else if (m_readLossy) {
        const QString message = tr("%1 was read as %2 with bytes that are not valid in it; "
                                   "saving writes \uFFFD in their place. Save anyway?")
                                    .arg(name, TextFileCodec::displayName(m_encoding));
        if (!m_confirmLoss || !m_confirmLoss(message, tr("&Save Anyway")))
            return false;
    }
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
    TextFileCodec::Encoded encoded = TextFileCodec::encode(text(), m_encoding);
    if (!encoded.lossless() || m_readLossy) {
        if (!confirmLoss(path, &encoded)) {
            if (error)
                error->clear(); // the user chose not to save: nothing to report
            return false;
        }
    }
    const QByteArray bytes = encoded.bytes;
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
    setDiskBytes(bytes);
    m_readLossy = false;
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
    m_encoding = {};
    m_readLossy = false;
    m_buffer->setModified(false);
    setDiskBytes({});
    setPath({});
    Q_EMIT encodingChanged();
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
    // Reading and comparing a big file would stall the UI thread: a worker does it.
    m_diskCheck.start(
        [path, known = m_diskBytes](const BackgroundTask &) -> std::optional<QByteArray> {
            BoundedFileReader::Result read = BoundedFileReader::read(path);
            if (!read.ok || read.bytes == known)
                return std::nullopt; // touched, not changed (or unreadable for now)
            return std::move(read.bytes);
        },
        [this, path](std::optional<QByteArray> changed) {
            if (!changed || path != m_path)
                return;
            m_diskBytes = std::move(*changed); // ask once per distinct content
            Q_EMIT externallyModified(path);
        });
}

void DocumentSession::setDiskBytes(const QByteArray &bytes)
{
    m_diskBytes = bytes;
    m_diskCheck.cancel(); // it compared against what was on disk before
}

QStringList DocumentSession::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void DocumentSession::addRecent(const QString &path)
{
    SessionFiles::pushRecent(recentKey, path, maxRecentFiles);
    Q_EMIT recentFilesChanged();
}

} // namespace Specwright
