// A client for OpenAI-compatible chat completions (OpenAI, Ollama, llama.cpp's server, vLLM):
// streams the answer over server-sent events (or takes one JSON completion), cancels, times out
// when the server stalls and after a total time no keep-alive can extend, retries refused
// connections, 429 and 5xx with exponential backoff honouring a clamped Retry-After, caps the
// response size, follows redirects only within the same origin (so neither the key nor the
// prompt reach another host) and turns every failure into a clear message. Asynchronous only:
// start(), then finished(); it never spins an event loop of its own.
#pragma once

#include "llm_settings.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Specwright {

struct LlmMessage
{
    QString role;
    QString content;
};

class LlmClient : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        NoModel,
        InvalidSettings, // a bad URL, plain http:// to another host, out-of-range timeouts
        Authentication,
        NotFound,
        RateLimited,
        Server,
        BadRequest,
        ConnectionRefused,
        Network,
        Timeout,
        MalformedStream,
        Truncated,
        RedirectRefused,
        ResponseTooLarge,
        Canceled
    };
    Q_ENUM(Error)

    struct Result
    {
        QString text;
        Error error = Error::None;
        QString message; // for the user; never holds the key
        int httpStatus = 0;
        int attempts = 0;
        QString finishReason;
        int promptTokens = -1; // -1: the server did not say
        int completionTokens = -1;
        qint64 latencyMs = 0;
        bool ok() const { return error == Error::None; }
    };

    explicit LlmClient(LlmSettings settings, QObject *parent = nullptr);
    ~LlmClient() override;

    const LlmSettings &settings() const { return m_settings; }
    // delta() while the answer streams, retrying() before a new attempt, then finished() once.
    void start(const QList<LlmMessage> &messages);
    void cancel();
    bool isRunning() const { return m_running; }
    Result result() const { return m_result; }

    // Seconds or an HTTP date, in ms, clamped to 0..capMs; -1 when absent or unreadable.
    static qint64 parseRetryAfter(const QByteArray &value, qint64 capMs,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void delta(const QString &text);
    void retrying(int attempt, int delayMs, const QString &reason);
    void finished();

private:
    void sendRequest();
    void onReadyRead();
    void onReplyFinished();
    void onRedirected(const QUrl &url);
    void onStall();
    void onTotalTimeout();
    bool consumeEvents(bool atEnd);
    bool readUsage(const QJsonObject &object);
    void fail(Error error, const QString &message, int status = 0);
    void dropReply();
    void finish();
    QString describeHttpError(int status, const QByteArray &body) const;

    LlmSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_stallTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_totalTimer = nullptr;
    QElapsedTimer m_clock;
    QByteArray m_requestBody;
    QByteArray m_buffer;
    qint64 m_received = 0; // bytes of this attempt
    bool m_running = false;
    bool m_streaming = false; // the answer is server-sent events
    bool m_done = false;      // [DONE] or a finish_reason arrived
    bool m_receivedText = false;
    qint64 m_retryAfterMs = -1; // from a 429's or 5xx's Retry-After
    Result m_result;
};

} // namespace Specwright
