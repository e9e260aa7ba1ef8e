// One chat completion for a caller that has to wait for it (a generator on a pool thread, the
// generate command): the LlmClient runs in an EventThreadCall (model/concurrency), and the
// streamed text and retry notes reach the callbacks in the caller's thread. A cancel flag is
// honoured while waiting.
#pragma once

#include "llm_client.h"

#include <atomic>
#include <functional>

namespace Specwright {

class BlockingLlmCall
{
public:
    std::function<void(const QString &)> onDelta;
    std::function<void(int attempt, int delayMs, const QString &reason)> onRetry;

    LlmClient::Result run(const LlmSettings &settings, const QList<LlmMessage> &messages,
                          const std::atomic_bool *canceled = nullptr);
};

} // namespace Specwright
