#include "blocking_llm_call.h"

#include <QThread>
#include <condition_variable>
#include <mutex>

namespace Specwright {

namespace {

// What the client's thread hands to the waiting caller.
struct Mailbox
{
    std::mutex mutex;
    std::condition_variable changed;
    QStringList deltas;
    QList<std::tuple<int, int, QString>> retries;
    bool done = false;
    LlmClient::Result result;
};

} // namespace

LlmClient::Result BlockingLlmCall::run(const LlmSettings &settings,
                                       const QList<LlmMessage> &messages,
                                       const std::atomic_bool *canceled)
{
    Mailbox box;
    QThread thread;
    thread.setObjectName(QStringLiteral("llm-call"));
    // Lives in the client's thread: the context of the calls made there; deleted there.
    auto *anchor = new QObject;
    anchor->moveToThread(&thread);
    thread.start();
    LlmClient *client = nullptr;
    QMetaObject::invokeMethod(anchor, [&] {
        client = new LlmClient(settings);
        QObject::connect(client, &LlmClient::delta, client, [&box](const QString &text) {
            const std::lock_guard lock(box.mutex);
            box.deltas.append(text);
            box.changed.notify_all();
        });
        QObject::connect(client, &LlmClient::retrying, client,
                         [&box](int attempt, int delay, const QString &reason) {
                             const std::lock_guard lock(box.mutex);
                             box.retries.append({attempt, delay, reason});
                             box.changed.notify_all();
                         });
        QObject::connect(client, &LlmClient::finished, client, [&box, &client] {
            const std::lock_guard lock(box.mutex);
            box.result = client->result();
            box.done = true;
            client->deleteLater();
            client = nullptr;
            box.changed.notify_all();
        });
        client->start(messages);
    });
    bool cancelSent = false;
    for (;;) {
        QStringList deltas;
        QList<std::tuple<int, int, QString>> retries;
        bool done = false;
        {
            std::unique_lock lock(box.mutex);
            // Woken by the client; the timeout only looks at the cancel flag again.
            box.changed.wait_for(lock, std::chrono::milliseconds(50), [&box] {
                return box.done || !box.deltas.isEmpty() || !box.retries.isEmpty();
            });
            deltas.swap(box.deltas);
            retries.swap(box.retries);
            done = box.done;
        }
        for (const QString &d : std::as_const(deltas))
            if (onDelta)
                onDelta(d);
        for (const auto &[attempt, delay, reason] : std::as_const(retries))
            if (onRetry)
                onRetry(attempt, delay, reason);
        if (done)
            break;
        if (!cancelSent && canceled && canceled->load()) {
            cancelSent = true;
            QMetaObject::invokeMethod(anchor, [&client] {
                if (client)
                    client->cancel();
            });
        }
    }
    QMetaObject::invokeMethod(anchor, [anchor] { anchor->deleteLater(); });
    thread.quit();
    thread.wait(); // deferred deletes run as the thread ends
    const std::lock_guard lock(box.mutex);
    return box.result;
}

} // namespace Specwright
