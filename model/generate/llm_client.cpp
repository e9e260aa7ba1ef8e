#include "llm_client.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Specwright {

LlmSettings LlmSettings::fromOptions(const QVariantMap &o)
{
    LlmSettings s;
    const QString envUrl = qEnvironmentVariable("SPECWRIGHT_LLM_BASE_URL");
    const QString url = o.value(QStringLiteral("base_url"), envUrl).toString();
    if (!url.isEmpty())
        s.baseUrl = QUrl(url);
    s.model =
        o.value(QStringLiteral("model"), qEnvironmentVariable("SPECWRIGHT_LLM_MODEL")).toString();
    s.apiKeyVariable = o.value(QStringLiteral("api_key_env"), s.apiKeyVariable).toString();
    s.timeoutMs = o.value(QStringLiteral("timeout_ms"), s.timeoutMs).toInt();
    s.maxRetries = o.value(QStringLiteral("retries"), s.maxRetries).toInt();
    s.backoffMs = o.value(QStringLiteral("backoff_ms"), s.backoffMs).toInt();
    s.temperature = o.value(QStringLiteral("temperature"), s.temperature).toDouble();
    return s;
}

QString LlmSettings::apiKey() const
{
    QString key = qEnvironmentVariable(apiKeyVariable.toLocal8Bit().constData());
    if (key.isEmpty())
        key = qEnvironmentVariable("OPENAI_API_KEY");
    return key;
}

QUrl LlmSettings::endpoint() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1String("/chat/completions"))) {
        if (!path.endsWith(u'/'))
            path += u'/';
        path += QStringLiteral("chat/completions");
    }
    url.setPath(path);
    return url;
}

LlmClient::LlmClient(LlmSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{
    m_stallTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &LlmClient::onStall);
    connect(&m_retryTimer, &QTimer::timeout, this, &LlmClient::sendRequest);
}

LlmClient::~LlmClient()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void LlmClient::start(const QList<LlmMessage> &messages)
{
    m_result = Result();
    m_receivedText = false;
    if (m_settings.model.isEmpty()) {
        m_result.error = Error::NoModel;
        m_result.message = tr("no model is set: give the generator a \"model\" option or set "
                              "SPECWRIGHT_LLM_MODEL");
        Q_EMIT finished();
        return;
    }
    QJsonArray list;
    for (const LlmMessage &m : messages)
        list.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject body{{QStringLiteral("model"), m_settings.model},
                     {QStringLiteral("messages"), list},
                     {QStringLiteral("stream"), true}};
    if (m_settings.temperature >= 0)
        body.insert(QStringLiteral("temperature"), m_settings.temperature);
    m_requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_running = true;
    sendRequest();
}

void LlmClient::cancel()
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    m_receivedText = true; // never retry a cancel
    fail(Error::Canceled, tr("canceled"));
}

void LlmClient::sendRequest()
{
    ++m_result.attempts;
    m_buffer.clear();
    m_streaming = false;
    m_done = false;
    QNetworkRequest request(m_settings.endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    if (const QString key = m_settings.apiKey(); !key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    m_reply = m_network->post(request, m_requestBody);
    connect(m_reply, &QNetworkReply::readyRead, this, &LlmClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LlmClient::onReplyFinished);
    m_stallTimer.start(m_settings.timeoutMs);
}

void LlmClient::onReadyRead()
{
    if (!m_reply)
        return;
    m_stallTimer.start(m_settings.timeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_streaming = m_reply->header(QNetworkRequest::ContentTypeHeader)
                      .toString()
                      .contains(QLatin1String("text/event-stream"));
    m_buffer += m_reply->readAll();
    if (status < 400 && m_streaming)
        consumeEvents(false);
}

bool LlmClient::consumeEvents(bool atEnd)
{
    m_buffer.replace("\r\n", "\n");
    for (;;) {
        qsizetype end = m_buffer.indexOf("\n\n");
        if (end < 0) {
            if (!atEnd || m_buffer.trimmed().isEmpty())
                return true;
            end = m_buffer.size();
        }
        const QByteArray event = m_buffer.left(end);
        m_buffer.remove(0, qMin(m_buffer.size(), end + 2));
        QByteArray data;
        for (const QByteArray &line : event.split('\n')) {
            if (line.startsWith("data:"))
                data += (data.isEmpty() ? QByteArray() : QByteArray("\n")) + line.mid(5).trimmed();
        }
        if (data.isEmpty())
            continue; // comments (": keep-alive"), event names, retry hints
        if (data == "[DONE]") {
            m_done = true;
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (!doc.isObject()) {
            fail(Error::MalformedStream,
                 tr("the server sent a malformed stream event (%1): %2")
                     .arg(parseError.errorString(),
                          QString::fromUtf8(data.left(80)).toHtmlEscaped()));
            return false;
        }
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("error"))) {
            const QJsonValue e = o.value(QStringLiteral("error"));
            fail(Error::Server,
                 tr("the server reported an error: %1")
                     .arg(e.isObject() ? e.toObject().value(QStringLiteral("message")).toString()
                                       : e.toString()));
            return false;
        }
        const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().first().toObject();
        const QString text = choice.value(QStringLiteral("delta"))
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        if (!text.isEmpty()) {
            m_receivedText = true;
            m_result.text += text;
            Q_EMIT delta(text);
        }
        const QJsonValue reason = choice.value(QStringLiteral("finish_reason"));
        if (reason.isString()) {
            m_result.finishReason = reason.toString();
            m_done = true;
        }
    }
}

QString LlmClient::describeHttpError(int status, const QByteArray &body) const
{
    QString detail;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue e = doc.object().value(QStringLiteral("error"));
        detail =
            e.isObject() ? e.toObject().value(QStringLiteral("message")).toString() : e.toString();
    }
    if (detail.isEmpty())
        detail = QString::fromUtf8(body.left(200)).simplified();
    const QString url = m_settings.endpoint().toDisplayString();
    QString message;
    if (status == 401 || status == 403)
        message = tr("the server at %1 refused the credentials (HTTP %2): set the API key in the "
                     "%3 or OPENAI_API_KEY environment variable")
                      .arg(url)
                      .arg(status)
                      .arg(m_settings.apiKeyVariable);
    else if (status == 404)
        message = tr("not found (HTTP 404) at %1: check the base URL and the model name \"%2\"")
                      .arg(url, m_settings.model);
    else if (status == 429)
        message = tr("rate limited by %1 (HTTP 429): try again later").arg(url);
    else if (status >= 500)
        message = tr("server error at %1 (HTTP %2)").arg(url).arg(status);
    else
        message = tr("the server at %1 rejected the request (HTTP %2)").arg(url).arg(status);
    return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail;
}

void LlmClient::onReplyFinished()
{
    if (!m_reply)
        return;
    m_stallTimer.stop();
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_buffer += reply->readAll();
    const QString url = m_settings.endpoint().toDisplayString();
    if (status >= 400) {
        m_retryAfterMs = -1;
        if (status == 429 && reply->hasRawHeader("Retry-After"))
            m_retryAfterMs = qMin(60000, reply->rawHeader("Retry-After").trimmed().toInt() * 1000);
        const Error kind = status == 401 || status == 403 ? Error::Authentication
                           : status == 404                ? Error::NotFound
                           : status == 429                ? Error::RateLimited
                           : status >= 500                ? Error::Server
                                                          : Error::BadRequest;
        fail(kind, describeHttpError(status, m_buffer), status);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        if (reply->error() == QNetworkReply::ConnectionRefusedError)
            fail(Error::ConnectionRefused,
                 tr("cannot connect to %1: connection refused (is the server running?)").arg(url));
        else if (m_receivedText)
            fail(Error::Truncated,
                 tr("the connection to %1 broke before the answer was complete: %2")
                     .arg(url, reply->errorString()));
        else
            fail(Error::Network,
                 tr("network error talking to %1: %2").arg(url, reply->errorString()));
        return;
    }
    if (m_streaming) {
        if (!consumeEvents(true))
            return;
        if (!m_done) {
            fail(Error::Truncated,
                 tr("the server at %1 closed the stream before the answer was complete").arg(url));
            return;
        }
    } else {
        // A server that ignores "stream": one JSON completion.
        const QJsonDocument doc = QJsonDocument::fromJson(m_buffer);
        const QJsonObject choice =
            doc.object().value(QStringLiteral("choices")).toArray().first().toObject();
        const QJsonValue content =
            choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content"));
        if (!doc.isObject() || !content.isString()) {
            fail(Error::MalformedStream,
                 tr("the answer of %1 is not an OpenAI-compatible chat completion: %2")
                     .arg(url, QString::fromUtf8(m_buffer.left(80)).simplified()));
            return;
        }
        m_result.text = content.toString();
        m_result.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        m_receivedText = true;
        Q_EMIT delta(m_result.text);
    }
    m_result.httpStatus = status;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_reply = nullptr;
    finish();
}

void LlmClient::onStall()
{
    fail(Error::Timeout, tr("no answer from %1 for %2 ms")
                             .arg(m_settings.endpoint().toDisplayString())
                             .arg(m_settings.timeoutMs));
}

void LlmClient::fail(Error error, const QString &message, int status)
{
    m_stallTimer.stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    const bool retryable = error == Error::RateLimited || error == Error::Server ||
                           error == Error::ConnectionRefused || error == Error::Timeout ||
                           error == Error::Network;
    if (retryable && !m_receivedText && m_result.attempts <= m_settings.maxRetries) {
        const int delay = m_retryAfterMs >= 0
                              ? m_retryAfterMs
                              : m_settings.backoffMs * (1 << qMin(10, m_result.attempts - 1));
        m_retryAfterMs = -1;
        Q_EMIT retrying(m_result.attempts + 1, delay, message);
        m_retryTimer.start(delay);
        return;
    }
    m_result.error = error;
    m_result.message = message;
    m_result.httpStatus = status;
    finish();
}

void LlmClient::finish()
{
    m_running = false;
    Q_EMIT finished();
}

LlmClient::Result LlmClient::complete(const QList<LlmMessage> &messages,
                                      const std::atomic_bool *canceled)
{
    QEventLoop loop;
    connect(this, &LlmClient::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (canceled) {
        connect(&poll, &QTimer::timeout, this, [this, canceled] {
            if (canceled->load())
                cancel();
        });
        poll.start(50);
    }
    start(messages);
    if (m_running)
        loop.exec();
    return m_result;
}

} // namespace Specwright
