#include "background_task.h"

#include <QMetaObject>

namespace Specwright {

void TaskChannel::post(const std::shared_ptr<TaskChannel> &channel, quint64 generation,
                       std::function<void()> fn)
{
    // Under the lock the receiver cannot be detached (and then destroyed) midway; the queued
    // call itself checks again in the receiver's thread, where the generation changes.
    QMutexLocker lock(&channel->m_mutex);
    if (!channel->m_receiver)
        return;
    QMetaObject::invokeMethod(
        channel->m_receiver,
        [channel, generation, fn = std::move(fn)] {
            if (channel->isCurrent(generation))
                fn();
        },
        Qt::QueuedConnection);
}

void TaskChannel::detach()
{
    QMutexLocker lock(&m_mutex);
    m_receiver = nullptr;
}

} // namespace Specwright
