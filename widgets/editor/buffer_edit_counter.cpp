#include "buffer_edit_counter.h"

#include <QTextDocument>

namespace Specwright {

BufferEditCounter *BufferEditCounter::of(QTextDocument *buffer)
{
    if (!buffer)
        return nullptr;
    if (auto *counter =
            buffer->findChild<BufferEditCounter *>(QString(), Qt::FindDirectChildrenOnly))
        return counter;
    return new BufferEditCounter(buffer);
}

BufferEditCounter::BufferEditCounter(QTextDocument *buffer)
    : QObject(buffer)
    , m_buffer(buffer)
    , m_seenUndoSteps(buffer->availableUndoSteps())
{
    connect(buffer, &QTextDocument::contentsChange, this, &BufferEditCounter::onContentsChange);
}

void BufferEditCounter::onContentsChange(int position, int removed, int added)
{
    // A format change reports as many characters added as removed; so does a replacement of
    // the same length, but that one is a step the undo stack records (or takes back).
    const int undoSteps = m_buffer->availableUndoSteps();
    if (removed == added && undoSteps == m_seenUndoSteps)
        return;
    m_seenUndoSteps = undoSteps;
    ++m_edits;
    Q_EMIT edited(position, removed, added);
}

} // namespace Specwright
