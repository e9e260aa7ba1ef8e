#include "loaded_buffer.h"

#include "bounded_file_reader.h"

#include <QFileInfo>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>

namespace Specwright {

LoadedBuffer::LoadedBuffer() = default;
LoadedBuffer::LoadedBuffer(LoadedBuffer &&) noexcept = default;
LoadedBuffer &LoadedBuffer::operator=(LoadedBuffer &&) noexcept = default;
// A buffer never adopted has no thread affinity: it may go in whichever thread drops it.
LoadedBuffer::~LoadedBuffer() = default;

LoadedBuffer LoadedBuffer::read(const QString &path, const QFont &font, const QTextOption &option)
{
    LoadedBuffer loaded;
    loaded.m_path = QFileInfo(path).absoluteFilePath();
    BoundedFileReader::Result read = BoundedFileReader::read(path);
    if (!read.ok) {
        loaded.m_error = read.error;
        return loaded;
    }
    const TextFileCodec::Decoded decoded = TextFileCodec::decode(read.bytes);
    loaded.m_bytes = std::move(read.bytes);
    loaded.m_encoding = decoded.encoding;
    loaded.m_lossy = decoded.lossy;
    // No parent and no layout: QTextDocument holds text and formats only until adopted.
    auto buffer = std::make_unique<QTextDocument>();
    buffer->setUndoRedoEnabled(false);
    buffer->setDefaultFont(font);         // the editor's: showing it needs no second pass
    buffer->setDefaultTextOption(option); // its tab stops, likewise
    loaded.m_convention = BufferText::load(buffer.get(), decoded.text);
    buffer->setUndoRedoEnabled(true); // an empty history: opening is not an edit
    buffer->setModified(false);
    // Each block's QTextLayout is only made here, empty (text and formats, no line, no glyph):
    // making 100,000 of them when the editor first shows the buffer took 100 ms of the UI
    // thread at 5 MB. Laying out and shaping happen in the UI thread, lines on screen only.
    for (QTextBlock block = buffer->firstBlock(); block.isValid(); block = block.next())
        block.layout();
    buffer->moveToThread(nullptr); // the UI thread pulls it in adopt()
    loaded.m_buffer = std::move(buffer);
    return loaded;
}

QTextDocument *LoadedBuffer::adopt(QObject *parent)
{
    if (!m_buffer)
        return nullptr;
    QTextDocument *buffer = m_buffer.release();
    buffer->moveToThread(QThread::currentThread());
    buffer->setParent(parent);
    return buffer;
}

} // namespace Specwright
