#include "llm_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Specwright {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == u"https" ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

} // namespace

LlmClient::LlmClient(LlmSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_stallTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_totalTimer(new QTimer(this))
{
    // Redirects are checked one by one (onRedirected): same origin only.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_stallTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    m_totalTimer->setSingleShot(true);
    connect(m_stallTimer, &QTimer::timeout, this, &LlmClient::onStall);
    connect(m_retryTimer, &QTimer::timeout, this, &LlmClient::sendRequest);
    connect(m_totalTimer, &QTimer::timeout, this, &LlmClient::onTotalTimeout);
}

LlmClient::~LlmClient()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

qint64 LlmClient::parseRetryAfter(const QByteArray &value, qint64 capMs, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool allDigits = true;
    for (char c : v)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        // Many digits would overflow any integer: anything beyond the cap is the cap.
        if (v.size() > 9)
            return capMs;
        return qBound<qint64>(0, v.toLongLong() * 1000, capMs);
    }
    // An HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT"); Qt reads RFC 2822 with a numeric zone.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qBound<qint64>(0, now.msecsTo(when), capMs);
}

void LlmClient::start(const QList<LlmMessage> &messages)
{
    m_result = Result();
    m_receivedText = false;
    m_clock.start();
    if (m_settings.model.isEmpty()) {
        m_result.error = Error::NoModel;
        m_result.message = tr("no model is set: choose one in the settings, with --target or "
                              "SPECWRIGHT_LLM_MODEL, or name one in specwright.toml");
        Q_EMIT finished();
        return;
    }
    if (const QString problem = m_settings.validate(); !problem.isEmpty()) {
        m_result.error = Error::InvalidSettings;
        m_result.message = problem;
        Q_EMIT finished();
        return;
    }
    QJsonArray list;
    for (const LlmMessage &m : messages)
        list.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject body{{QStringLiteral("model"), m_settings.model},
                     {QStringLiteral("messages"), list},
                     {QStringLiteral("stream"), m_settings.stream}};
    if (m_settings.stream)
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    if (m_settings.temperature >= 0)
        body.insert(QStringLiteral("temperature"), m_settings.temperature);
    if (!m_settings.jsonSchema.isEmpty())
        body.insert(
            QStringLiteral("response_format"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                        {QStringLiteral("json_schema"),
                         QJsonObject{{QStringLiteral("name"), m_settings.jsonSchemaName},
                                     {QStringLiteral("strict"), true},
                                     {QStringLiteral("schema"),
                                      QJsonObject::fromVariantMap(m_settings.jsonSchema)}}}});
    m_requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_running = true;
    m_totalTimer->start(int(qMin<qint64>(m_settings.totalTimeoutMs, INT_MAX)));
    sendRequest();
}

void LlmClient::cancel()
{
    if (!m_running)
        return;
    m_retryTimer->stop();
    m_receivedText = true; // never retry a cancel
    fail(Error::Canceled, tr("canceled"));
}

void LlmClient::sendRequest()
{
    ++m_result.attempts;
    m_buffer.clear();
    m_received = 0;
    m_streaming = false;
    m_done = false;
    QNetworkRequest request(m_settings.endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", m_settings.stream ? "text/event-stream" : "application/json");
    if (const QString key = m_settings.apiKey(); !key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    m_reply = m_network->post(request, m_requestBody);
    connect(m_reply, &QNetworkReply::readyRead, this, &LlmClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LlmClient::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &LlmClient::onRedirected);
    m_stallTimer->start(m_settings.timeoutMs);
}

void LlmClient::onRedirected(const QUrl &url)
{
    if (!m_reply)
        return;
    const QUrl target = m_reply->url().resolved(url);
    if (sameOrigin(target, m_settings.endpoint())) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_receivedText = true; // a retry would be redirected again
    fail(Error::RedirectRefused,
         tr("the server at %1 redirected to %2, another origin; not followed, so neither the "
            "prompt nor the key were sent there")
             .arg(m_settings.endpoint().toDisplayString(), target.toDisplayString()));
}

void LlmClient::onReadyRead()
{
    if (!m_reply)
        return;
    m_stallTimer->start(m_settings.timeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_streaming = m_reply->header(QNetworkRequest::ContentTypeHeader)
                      .toString()
                      .contains(QLatin1String("text/event-stream"));
    const QByteArray bytes = m_reply->readAll();
    m_received += bytes.size();
    if (m_received > m_settings.maxResponseBytes) {
        m_receivedText = true; // the same answer would be as large again
        fail(Error::ResponseTooLarge,
             tr("the answer of %1 is larger than %2 bytes; stopped reading")
                 .arg(m_settings.endpoint().toDisplayString())
                 .arg(m_settings.maxResponseBytes));
        return;
    }
    m_buffer += bytes;
    if (status < 400 && m_streaming)
        consumeEvents(false);
}

bool LlmClient::readUsage(const QJsonObject &o)
{
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    if (usage.isEmpty())
        return false;
    m_result.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt(-1);
    m_result.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt(-1);
    return true;
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
        readUsage(o);
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
                     "SPECWRIGHT_LLM_API_KEY or OPENAI_API_KEY environment variable")
                      .arg(url)
                      .arg(status);
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
    m_stallTimer->stop();
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray rest = reply->readAll();
    m_received += rest.size();
    if (m_received > m_settings.maxResponseBytes) {
        m_receivedText = true;
        fail(Error::ResponseTooLarge, tr("the answer of %1 is larger than %2 bytes")
                                          .arg(m_settings.endpoint().toDisplayString())
                                          .arg(m_settings.maxResponseBytes));
        return;
    }
    m_buffer += rest;
    const QString url = m_settings.endpoint().toDisplayString();
    if (status >= 400) {
        m_retryAfterMs = -1;
        if ((status == 429 || status >= 500) && reply->hasRawHeader("Retry-After"))
            m_retryAfterMs =
                parseRetryAfter(reply->rawHeader("Retry-After"), m_settings.maxRetryAfterMs);
        const Error kind = status == 401 || status == 403 ? Error::Authentication
                           : status == 404                ? Error::NotFound
                           : status == 429                ? Error::RateLimited
                           : status >= 500                ? Error::Server
                                                          : Error::BadRequest;
        fail(kind, describeHttpError(status, m_buffer), status);
        return;
    }
    if (status >= 300 && status < 400) {
        fail(Error::RedirectRefused, tr("the server at %1 answered with a redirect (HTTP %2) that "
                                        "was not followed")
                                         .arg(url)
                                         .arg(status));
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
        // One JSON completion (asked for, or a server that ignores "stream").
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
        readUsage(doc.object());
        m_result.text = content.toString();
        m_result.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        m_receivedText = true;
        Q_EMIT delta(m_result.text);
    }
    m_result.httpStatus = status;
    dropReply();
    finish();
}

void LlmClient::onStall()
{
    fail(Error::Timeout, tr("no answer from %1 for %2 ms")
                             .arg(m_settings.endpoint().toDisplayString())
                             .arg(m_settings.timeoutMs));
}

void LlmClient::onTotalTimeout()
{
    if (!m_running)
        return;
    m_retryTimer->stop();
    m_receivedText = true; // the time is up: no retry
    fail(Error::Timeout, tr("no complete answer from %1 within %2 ms in total")
                             .arg(m_settings.endpoint().toDisplayString())
                             .arg(m_settings.totalTimeoutMs));
}

void LlmClient::dropReply()
{
    if (!m_reply)
        return;
    disconnect(m_reply, nullptr, this, nullptr);
    if (m_reply->isRunning())
        m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void LlmClient::fail(Error error, const QString &message, int status)
{
    m_stallTimer->stop();
    dropReply();
    const bool retryable = error == Error::RateLimited || error == Error::Server ||
                           error == Error::ConnectionRefused || error == Error::Timeout ||
                           error == Error::Network;
    if (retryable && !m_receivedText && m_result.attempts <= m_settings.maxRetries) {
        const qint64 backoff = qint64(m_settings.backoffMs)
                               << qMin(10, qMax(0, m_result.attempts - 1));
        const int delay =
            int(m_retryAfterMs >= 0 ? m_retryAfterMs : qMin<qint64>(backoff, 10LL * 60 * 1000));
        m_retryAfterMs = -1;
        Q_EMIT retrying(m_result.attempts + 1, delay, message);
        m_retryTimer->start(delay);
        return;
    }
    m_result.error = error;
    m_result.message = message;
    m_result.httpStatus = status;
    finish();
}

void LlmClient::finish()
{
    m_totalTimer->stop();
    m_result.latencyMs = m_clock.elapsed();
    m_running = false;
    Q_EMIT finished();
}

} // namespace Specwright
