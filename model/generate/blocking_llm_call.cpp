#include "blocking_llm_call.h"

#include "event_thread_call.h"

namespace Specwright {

LlmClient::Result BlockingLlmCall::run(const LlmSettings &settings,
                                       const QList<LlmMessage> &messages,
                                       const std::atomic_bool *canceled)
{
    LlmClient::Result result;
    LlmClient *client = nullptr; // used only in the client's thread
    EventThreadCall::run(
        [&](QObject *context, const EventThreadCall::ToCaller &toCaller,
            std::function<void()> finish) {
            client = new LlmClient(settings, context);
            QObject::connect(client, &LlmClient::delta, context,
                             [this, toCaller](const QString &t) {
                                 toCaller([this, t] {
                                     if (onDelta)
                                         onDelta(t);
                                 });
                             });
            QObject::connect(client, &LlmClient::retrying, context,
                             [this, toCaller](int attempt, int delay, const QString &reason) {
                                 toCaller([this, attempt, delay, reason] {
                                     if (onRetry)
                                         onRetry(attempt, delay, reason);
                                 });
                             });
            QObject::connect(client, &LlmClient::finished, context,
                             [&result, toCaller, finish, c = client] {
                                 toCaller([&result, r = c->result()] { result = r; });
                                 finish();
                             });
            client->start(messages);
        },
        [&client] {
            if (client)
                client->cancel();
        },
        canceled);
    return result;
}

} // namespace Specwright
