// A file read, decoded and put into an editor buffer off the UI thread: filling a
// QTextDocument with 5 MB of text takes a quarter of a second or more, a stall while opening.
// read() runs on a worker (through LatestResult) and makes a QTextDocument of its own with no
// layout and no thread affinity; nothing lays it out, colours it or measures a font there.
// The UI thread takes it with adopt() and only then gives it a layout and a highlighter.
#pragma once

#include "buffer_text.h"
#include "text_file_codec.h"

#include <QByteArray>
#include <QFont>
#include <QString>
#include <QTextOption>
#include <memory>

class QObject;
class QTextDocument;

namespace Specwright {

class LoadedBuffer
{
public:
    LoadedBuffer();
    LoadedBuffer(LoadedBuffer &&) noexcept;
    LoadedBuffer &operator=(LoadedBuffer &&) noexcept;
    ~LoadedBuffer();

    // On a worker: reads `path` (BoundedFileReader's limits), decodes it (TextFileCodec) and
    // fills a new buffer whose default font and text option are the editor's (so showing it
    // does not go over every block again).
    static LoadedBuffer read(const QString &path, const QFont &font, const QTextOption &option);

    bool ok() const { return m_buffer != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_path; } // absolute
    const QByteArray &bytes() const { return m_bytes; }
    TextFileCodec::Encoding encoding() const { return m_encoding; }
    bool lossy() const { return m_lossy; }
    BufferText::Convention convention() const { return m_convention; }

    // In the UI thread: the buffer, now of this thread and a child of `parent`, unmodified
    // and without undo history; null when reading failed or it was adopted before.
    QTextDocument *adopt(QObject *parent);

private:
    QString m_path;
    QString m_error;
    QByteArray m_bytes;
    TextFileCodec::Encoding m_encoding;
    bool m_lossy = false;
    BufferText::Convention m_convention;
    std::unique_ptr<QTextDocument> m_buffer;
};

} // namespace Specwright
