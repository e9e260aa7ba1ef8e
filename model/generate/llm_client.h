// A client for OpenAI-compatible chat completions (OpenAI, Ollama, llama.cpp's server, vLLM):
// streams the answer over server-sent events, cancels, times out when the server stalls,
// retries refused connections, 429 and 5xx with exponential backoff, and turns every failure
// into a clear message. The API key comes from the environment only and is never stored.
#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <atomic>

class QNetworkAccessManager;

namespace Specwright {

struct LlmSettings
{
    QUrl baseUrl{QStringLiteral("http://127.0.0.1:11434/v1")}; // ".../v1"; Ollama by default
    QString model;
    QString apiKeyVariable = QStringLiteral("SPECWRIGHT_LLM_API_KEY"); // then OPENAI_API_KEY
    int timeoutMs = 60000; // without any byte from the server
    int maxRetries = 2;
    int backoffMs = 500;     // doubled on every retry
    double temperature = -1; // < 0: the server's default

    // From generator options (base_url, model, api_key_env, timeout_ms, retries, backoff_ms,
    // temperature) over SPECWRIGHT_LLM_BASE_URL / SPECWRIGHT_LLM_MODEL.
    static LlmSettings fromOptions(const QVariantMap &options);
    QString apiKey() const;
    QUrl endpoint() const;
};

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
        Canceled
    };
    Q_ENUM(Error)

    struct Result
    {
        QString text;
        Error error = Error::None;
        QString message; // for the user
        int httpStatus = 0;
        int attempts = 0;
        QString finishReason;
        bool ok() const { return error == Error::None; }
    };

    explicit LlmClient(LlmSettings settings, QObject *parent = nullptr);
    ~LlmClient() override;

    const LlmSettings &settings() const { return m_settings; }
    // Asynchronous: delta() while the answer streams, then finished().
    void start(const QList<LlmMessage> &messages);
    void cancel();
    bool isRunning() const { return m_running; }
    Result result() const { return m_result; }

    // Blocking, with a local event loop (for worker threads and the CLI). `canceled` is polled.
    Result complete(const QList<LlmMessage> &messages, const std::atomic_bool *canceled = nullptr);

Q_SIGNALS:
    void delta(const QString &text);
    void retrying(int attempt, int delayMs, const QString &reason);
    void finished();

private:
    void sendRequest();
    void onReadyRead();
    void onReplyFinished();
    void onStall();
    bool consumeEvents(bool atEnd);
    void fail(Error error, const QString &message, int status = 0);
    void finish();
    QString describeHttpError(int status, const QByteArray &body) const;

    LlmSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QByteArray m_requestBody;
    QByteArray m_buffer;
    bool m_running = false;
    bool m_streaming = false; // the answer is server-sent events
    bool m_done = false;      // [DONE] or a finish_reason arrived
    bool m_receivedText = false;
    int m_retryAfterMs = -1; // from a 429's Retry-After
    Result m_result;
};

} // namespace Specwright
