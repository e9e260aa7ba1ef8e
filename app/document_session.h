// The file behind the editor: load, save (atomically), save as, recent files, and detection of
// changes made by other programs (QFileSystemWatcher). Prompts are left to the window.
#pragma once

#include "buffer_text.h"
#include "latest_result.h"
#include "text_file_codec.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <functional>
#include <optional>

class QTextDocument;

namespace Specwright {

class LoadedBuffer;

class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QTextDocument *buffer, QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    bool isModified() const;
    QString displayName() const;

    // Replaces the buffer with the file; on failure the buffer is untouched and error is set.
    // Only regular files within BoundedFileReader's limit are opened.
    bool load(const QString &path, QString *error = nullptr);
    // The file's text was put into the buffer on a worker (LoadedBuffer, adopted as this
    // session's buffer): takes its path, bytes, encoding and line ends as load() would.
    void loaded(const LoadedBuffer &file);
    // The text a save writes: the buffer with the file's own line ends (not toPlainText(),
    // which rewrites U+00A0, U+2028, U+2029 and line ends).
    QString text() const;
    bool save(QString *error = nullptr);
    bool saveAs(const QString &path, QString *error = nullptr);
    // Re-reads the file after an external change (the buffer becomes the disk content).
    bool reload(QString *error = nullptr);
    // Empties the buffer and forgets the file.
    void clear();

    // The encoding the file was read in and is saved in (see TextFileCodec).
    TextFileCodec::Encoding encoding() const { return m_encoding; }
    // Re-reads the file decoded as `encodingName` (File > Reopen with Encoding).
    bool reloadWithEncoding(const QString &encodingName, QString *error = nullptr);
    // Asked before a save that would lose bytes (characters the encoding cannot hold, or
    // invalid bytes read as U+FFFD): `message` says what is lost, `proceed` names the way
    // out; true goes on. Without a handler such a save is refused.
    using LossHandler = std::function<bool(const QString &message, const QString &proceed)>;
    void setLossHandler(LossHandler handler) { m_confirmLoss = std::move(handler); }

    QStringList recentFiles() const;
    static constexpr int maxRecentFiles = 10;

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void saved(const QString &path);
    // The file on disk no longer matches what was loaded or saved.
    void externallyModified(const QString &path);
    void externallyRemoved(const QString &path);
    void recentFilesChanged();
    void encodingChanged();

private:
    void watch(const QString &path);
    void onFileChanged(const QString &path);
    void addRecent(const QString &path);
    void setPath(const QString &path);
    void setText(const QString &path, const QByteArray &bytes,
                 const TextFileCodec::Decoded &decoded);
    void setFile(const QString &path, const QByteArray &bytes, TextFileCodec::Encoding encoding,
                 bool lossy);
    void setDiskBytes(const QByteArray &bytes);
    bool confirmLoss(const QString &path, TextFileCodec::Encoded *encoded);

    QTextDocument *m_buffer;
    QFileSystemWatcher m_watcher;
    QString m_path;
    QByteArray m_diskBytes; // last loaded or saved: an external change differs from it
    LatestResult<std::optional<QByteArray>> m_diskCheck{this};
    BufferText::Convention m_convention;
    TextFileCodec::Encoding m_encoding;
    bool m_readLossy = false; // invalid bytes became U+FFFD on reading
    LossHandler m_confirmLoss;
};

} // namespace Specwright
