// A chat-completions server on 127.0.0.1 for the LLM client tests, written on a bare QTcpServer
// so it can misbehave at the byte level: stall, drop, redirect, stream for ever. The request's
// "model" picks the behaviour; it records every request's path and Authorization header.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray chunk(const QString &text, const QString &finish = {})
{
    QJsonObject choice{{QStringLiteral("index"), 0},
                       {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}}}};
    choice.insert(QStringLiteral("finish_reason"),
                  finish.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finish));
    const QJsonObject o{{QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                        {QStringLiteral("choices"), QJsonArray{choice}}};
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

class FakeLlmServer : public QTcpServer
{
public:
    int requests = 0;
    QByteArray lastBody;
    QByteArray lastAuthorization;
    QByteArray lastPath;
    QList<QByteArray> authorizations; // of every request, in order
    QString redirectTarget;           // Location for the "redirect" mode
    QList<QPointer<QTcpSocket>> open; // stalled sockets stay open until the test ends

    FakeLlmServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        const QByteArray l = line.trimmed();
                        if (l.toLower().startsWith("content-length:"))
                            length = l.mid(15).trimmed().toLongLong();
                        if (l.toLower().startsWith("authorization:"))
                            lastAuthorization = l.mid(14).trimmed();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    lastPath = buffer->left(buffer->indexOf('\n')).split(' ').value(1);
                    authorizations.append(buffer->left(end).contains("uthorization:")
                                              ? lastAuthorization
                                              : QByteArray());
                    lastBody = buffer->mid(end + 4, length);
                    buffer->clear();
                    ++requests;
                    const QString model = QJsonDocument::fromJson(lastBody)
                                              .object()
                                              .value(QStringLiteral("model"))
                                              .toString();
                    respond(s, lastPath.startsWith("/v2/") ? QStringLiteral("sse") : model);
                });
            }
        });
    }

    void respond(QTcpSocket *s, const QString &mode)
    {
        auto status = [s](int code, const QByteArray &reason, const QByteArray &type,
                          const QByteArray &body, const QByteArray &extra = {}) {
            s->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason + "\r\nContent-Type: " +
                     type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n" + extra + "\r\n" + body);
            s->disconnectFromHost();
        };
        auto streamHeaders = [s] {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                     "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
        };
        const QByteArray error = R"({"error":{"message":"server says no","type":"x"}})";
        if (mode == u"sse" || mode == u"code" || (mode == u"flaky" && requests > 1)) {
            streamHeaders();
            QList<QByteArray> parts;
            if (mode == u"code")
                parts = {chunk(QStringLiteral("Here:\n```ts\n")),
                         chunk(QStringLiteral("export const x = 1;\n")),
                         chunk(QStringLiteral("```\n"), QStringLiteral("stop"))};
            else
                parts = {": keep-alive\n\n", chunk(QStringLiteral("Hel")),
                         chunk(QStringLiteral("lo")).replace("\n", "\r\n"),
                         chunk(QStringLiteral(", world"), QStringLiteral("stop"))};
            parts.append("data: [DONE]\n\n");
            // One piece per event-loop turn, so the client really sees a stream.
            for (int i = 0; i < parts.size(); ++i)
                QTimer::singleShot(10 * (i + 1), s,
                                   [s, p = parts.at(i), last = i + 1 == parts.size()] {
                                       s->write(p);
                                       if (last)
                                           s->disconnectFromHost();
                                   });
        } else if (mode == u"json") {
            status(
                200, "OK", "application/json",
                R"({"choices":[{"index":0,"message":{"role":"assistant","content":"whole answer"},"finish_reason":"stop"}]})");
        } else if (mode == u"stall") {
            streamHeaders();
            s->write(chunk(QStringLiteral("partial")));
            open.append(s);
        } else if (mode == u"silent") {
            open.append(s);
        } else if (mode == u"drop") {
            streamHeaders();
            s->write(chunk(QStringLiteral("partial")));
            s->flush();
            QTimer::singleShot(20, s, [s] { s->abort(); });
        } else if (mode == u"dropearly") {
            s->abort();
        } else if (mode == u"redirect" || mode == u"redirect-same") {
            const QByteArray location =
                mode == u"redirect" ? redirectTarget.toUtf8() : QByteArray("/v2/chat/completions");
            status(307, "Temporary Redirect", "text/plain", "moved",
                   "Location: " + location + "\r\n");
        } else if (mode == u"huge") {
            streamHeaders();
            const QByteArray piece = chunk(QString(1000, u'x'));
            for (int i = 0; i < 200; ++i)
                s->write(piece);
            s->write(chunk(QString(), QStringLiteral("stop")) + "data: [DONE]\n\n");
            s->disconnectFromHost();
        } else if (mode == u"keepalive") {
            // A comment every 50 ms for ever: the stall timer never fires, the total one must.
            streamHeaders();
            auto *beat = new QTimer(s);
            QObject::connect(beat, &QTimer::timeout, s, [s] { s->write(": keep-alive\n\n"); });
            beat->start(50);
        } else if (mode == u"429long") {
            status(429, "Too Many Requests", "application/json", error,
                   "Retry-After: 99999999\r\n");
        } else if (mode == u"401") {
            status(401, "Unauthorized", "application/json", error);
        } else if (mode == u"404") {
            status(404, "Not Found", "application/json", R"({"error":"model 'x' not found"})");
        } else if (mode == u"429") {
            status(429, "Too Many Requests", "application/json", error, "Retry-After: 0\r\n");
        } else if (mode == u"500" || mode == u"flaky") {
            status(mode == u"flaky" ? 503 : 500, "Server Error", "text/plain", "boom");
        } else if (mode == u"garbage") {
            streamHeaders();
            s->write("data: {this is not json\n\n");
        } else if (mode == u"garbagebody") {
            status(200, "OK", "text/html", "<html>hello</html>");
        } else {
            status(400, "Bad Request", "application/json", error);
        }
    }
};

} // namespace
