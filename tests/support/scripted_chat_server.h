// The one chat-completions test server on 127.0.0.1 (a bare QTcpServer, so it can misbehave at
// the byte level: stall, drop, redirect, stream for ever). The request's "model" picks what it
// plays; it records every request's path, body and Authorization header.
//   Client behaviours (the LLM client tests): "sse" (also any path under /v2/), "code",
//     "json", "stall", "silent", "drop", "dropearly", "redirect" (to redirectTarget),
//     "redirect-same", "huge", "keepalive", "429" (Retry-After: 0), "429long", "401", "404",
//     "500", "flaky" (503 first, then a stream), "garbage", "garbagebody", "other" (400).
//   A scripted target (the eval tests), any other model: "target-good" / "target-bad" answer
//     with goodAnswers / badAnswers[last user message], else a plain answer, streamed as
//     server-sent events ("target-json" or stream false: one JSON completion), after
//     answerDelayMs (a model's latency, for the figures). A user message starting "[stall]"
//     stalls, "[drop]" drops the connection, "[429]" / "[500]" fail the first attempt (at the
//     start of the message only, so a prompt quoting the whole spec is answered).
//   A scripted grader, models "grader...": fails a candidate equal to a BAD reference of its
//     prompt and passes the rest; "grader-invalid" answers prose, "grader-schema" a wrong schema.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

class ScriptedChatServer : public QTcpServer
{
public:
    int requests = 0;
    QByteArray lastBody;
    QByteArray lastAuthorization;
    QByteArray lastPath;
    QList<QByteArray> authorizations;    // of every request, in order (empty: none sent)
    QList<QByteArray> bodies;            // of every request, in order
    QString redirectTarget;              // Location for the "redirect" behaviour
    QList<QPointer<QTcpSocket>> open;    // stalled sockets stay open until the test ends
    QHash<QString, QString> goodAnswers; // last user message -> answer
    QHash<QString, QString> badAnswers;
    QHash<QString, int> requestsByModel;
    QHash<QString, int> attemptsByPrompt; // for the fail-once behaviours
    int answerDelayMs = 0;

    ScriptedChatServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] { read(s, buffer); });
            }
        });
    }

    static QByteArray sseChunk(const QString &text, const QString &finish = {}, bool usage = false)
    {
        QJsonObject choice{
            {QStringLiteral("index"), 0},
            {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}}},
            {QStringLiteral("finish_reason"),
             finish.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finish)}};
        QJsonObject o{{QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                      {QStringLiteral("choices"), QJsonArray{choice}}};
        if (usage)
            o.insert(QStringLiteral("usage"),
                     QJsonObject{{QStringLiteral("prompt_tokens"), 11},
                                 {QStringLiteral("completion_tokens"), 7}});
        return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
    }

    // The last user message of every request, in order.
    QStringList userMessages() const
    {
        QStringList out;
        for (const QByteArray &body : bodies)
            out.append(lastUserOf(QJsonDocument::fromJson(body).object()));
        return out;
    }

private:
    static QString lastUserOf(const QJsonObject &request)
    {
        QString last;
        for (const QJsonValue &m : request.value(QStringLiteral("messages")).toArray())
            if (m.toObject().value(QStringLiteral("role")).toString() == u"user")
                last = m.toObject().value(QStringLiteral("content")).toString();
        return last;
    }

    void read(QTcpSocket *s, QByteArray *buffer)
    {
        *buffer += s->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        QByteArray authorization;
        for (const QByteArray &line : buffer->left(end).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
            if (l.toLower().startsWith("authorization:"))
                authorization = l.mid(14).trimmed();
        }
        if (buffer->size() < end + 4 + length)
            return;
        lastPath = buffer->left(buffer->indexOf('\n')).split(' ').value(1);
        if (!authorization.isEmpty())
            lastAuthorization = authorization;
        authorizations.append(authorization);
        lastBody = buffer->mid(end + 4, length);
        bodies.append(lastBody);
        buffer->remove(0, end + 4 + length);
        ++requests;
        const QJsonObject request = QJsonDocument::fromJson(lastBody).object();
        const QString model = request.value(QStringLiteral("model")).toString();
        ++requestsByModel[model];
        if (lastPath.startsWith("/v2/"))
            behave(s, QStringLiteral("sse"));
        else if (model.startsWith(u"grader"))
            grade(s, model, lastUserOf(request));
        else if (behaviours().contains(model))
            behave(s, model);
        else
            target(s, model, request);
    }

    static const QSet<QString> &behaviours()
    {
        static const QSet<QString> names = {
            QStringLiteral("sse"),           QStringLiteral("code"),
            QStringLiteral("json"),          QStringLiteral("stall"),
            QStringLiteral("silent"),        QStringLiteral("drop"),
            QStringLiteral("dropearly"),     QStringLiteral("redirect"),
            QStringLiteral("redirect-same"), QStringLiteral("huge"),
            QStringLiteral("keepalive"),     QStringLiteral("429long"),
            QStringLiteral("401"),           QStringLiteral("404"),
            QStringLiteral("429"),           QStringLiteral("500"),
            QStringLiteral("flaky"),         QStringLiteral("garbage"),
            QStringLiteral("garbagebody"),   QStringLiteral("bad-request"),
            QStringLiteral("other"),         QString()};
        return names;
    }

    static void plain(QTcpSocket *s, int code, const QByteArray &type, const QByteArray &body,
                      const QByteArray &extra = {})
    {
        s->write("HTTP/1.1 " + QByteArray::number(code) + " X\r\nContent-Type: " + type +
                 "\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        s->disconnectFromHost();
    }

    static void streamHeaders(QTcpSocket *s)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                 "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
    }

    static void completion(QTcpSocket *s, const QString &content)
    {
        const QJsonObject o{
            {QStringLiteral("choices"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"),
                              QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                          {QStringLiteral("content"), content}}},
                             {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 100},
                                                  {QStringLiteral("completion_tokens"), 20}}}};
        plain(s, 200, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void behave(QTcpSocket *s, const QString &mode)
    {
        const QByteArray error = R"({"error":{"message":"server says no","type":"x"}})";
        if (mode == u"sse" || mode == u"code" || (mode == u"flaky" && requests > 1)) {
            streamHeaders(s);
            QList<QByteArray> parts;
            if (mode == u"code")
                parts = {sseChunk(QStringLiteral("Here:\n```ts\n")),
                         sseChunk(QStringLiteral("export const x = 1;\n")),
                         sseChunk(QStringLiteral("```\n"), QStringLiteral("stop"))};
            else
                parts = {": keep-alive\n\n", sseChunk(QStringLiteral("Hel")),
                         sseChunk(QStringLiteral("lo")).replace("\n", "\r\n"),
                         sseChunk(QStringLiteral(", world"), QStringLiteral("stop"))};
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
            plain(
                s, 200, "application/json",
                R"({"choices":[{"index":0,"message":{"role":"assistant","content":"whole answer"},"finish_reason":"stop"}]})");
        } else if (mode == u"stall") {
            streamHeaders(s);
            s->write(sseChunk(QStringLiteral("partial")));
            open.append(s);
        } else if (mode == u"silent") {
            open.append(s);
        } else if (mode == u"drop") {
            streamHeaders(s);
            s->write(sseChunk(QStringLiteral("partial")));
            s->flush();
            QTimer::singleShot(20, s, [s] { s->abort(); });
        } else if (mode == u"dropearly") {
            s->abort();
        } else if (mode == u"redirect" || mode == u"redirect-same") {
            const QByteArray location =
                mode == u"redirect" ? redirectTarget.toUtf8() : QByteArray("/v2/chat/completions");
            plain(s, 307, "text/plain", "moved", "Location: " + location + "\r\n");
        } else if (mode == u"huge") {
            streamHeaders(s);
            const QByteArray piece = sseChunk(QString(1000, u'x'));
            for (int i = 0; i < 200; ++i)
                s->write(piece);
            s->write(sseChunk(QString(), QStringLiteral("stop")) + "data: [DONE]\n\n");
            s->disconnectFromHost();
        } else if (mode == u"keepalive") {
            // A comment every 50 ms for ever: the stall timer never fires, the total one must.
            streamHeaders(s);
            auto *beat = new QTimer(s);
            QObject::connect(beat, &QTimer::timeout, s, [s] { s->write(": keep-alive\n\n"); });
            beat->start(50);
        } else if (mode == u"429long") {
            plain(s, 429, "application/json", error, "Retry-After: 99999999\r\n");
        } else if (mode == u"401") {
            plain(s, 401, "application/json", error);
        } else if (mode == u"404") {
            plain(s, 404, "application/json", R"({"error":"model 'x' not found"})");
        } else if (mode == u"429") {
            plain(s, 429, "application/json", error, "Retry-After: 0\r\n");
        } else if (mode == u"500" || mode == u"flaky") {
            plain(s, mode == u"flaky" ? 503 : 500, "text/plain", "boom");
        } else if (mode == u"garbage") {
            streamHeaders(s);
            s->write("data: {this is not json\n\n");
        } else if (mode == u"garbagebody") {
            plain(s, 200, "text/html", "<html>hello</html>");
        } else {
            plain(s, 400, "application/json", error);
        }
    }

    void target(QTcpSocket *s, const QString &model, const QJsonObject &request)
    {
        const QString lastUser = lastUserOf(request);
        const int attempt = ++attemptsByPrompt[model + lastUser];
        if (lastUser.startsWith(u"[stall]")) {
            streamHeaders(s);
            s->write(sseChunk(QStringLiteral("Let me think")));
            open.append(s);
            return;
        }
        if (lastUser.startsWith(u"[drop]")) {
            s->abort();
            return;
        }
        if (lastUser.startsWith(u"[429]") && attempt == 1) {
            plain(s, 429, "application/json", R"({"error":{"message":"slow down"}})",
                  "Retry-After: 1\r\n");
            return;
        }
        if (lastUser.startsWith(u"[500]") && attempt == 1) {
            plain(s, 500, "text/plain", "boom");
            return;
        }
        const QHash<QString, QString> &answers = model == u"target-bad" ? badAnswers : goodAnswers;
        const QString answer = answers.value(lastUser, QStringLiteral("A careful, plain answer."));
        const bool json =
            model == u"target-json" || !request.value(QStringLiteral("stream")).toBool();
        auto reply = [s, answer, json] {
            if (json) {
                completion(s, answer);
                return;
            }
            streamHeaders(s);
            const qsizetype half = answer.size() / 2;
            s->write(": keep-alive\n\n");
            s->write(sseChunk(answer.left(half)));
            s->write(sseChunk(answer.mid(half), QStringLiteral("stop"), true));
            s->write("data: [DONE]\n\n");
            s->disconnectFromHost();
        };
        if (answerDelayMs > 0)
            QTimer::singleShot(answerDelayMs, s, reply);
        else
            reply();
    }

    void grade(QTcpSocket *s, const QString &model, const QString &prompt)
    {
        if (model == u"grader-invalid") {
            completion(s, QStringLiteral("I think it passes, mostly."));
            return;
        }
        if (model == u"grader-schema") {
            completion(s, QStringLiteral(R"({"score": "high", "pass": "yes"})"));
            return;
        }
        const qsizetype at = prompt.indexOf(u"## The answer to grade");
        const QString candidate = prompt.mid(at).section(u'\n', 2).trimmed();
        static const QRegularExpression section(QStringLiteral(R"(\(#([A-Za-z0-9_-]+)\))"));
        const QString sectionId = section.match(prompt).captured(1);
        // Every BAD reference: "[BAD...]\n<text>\n" up to the next reference or heading.
        static const QRegularExpression bad(QStringLiteral(R"(\[BAD[^\]]*\]\n(.*?)\n(?=\[|\n|##))"),
                                            QRegularExpression::DotMatchesEverythingOption);
        bool isBad = false;
        for (auto it = bad.globalMatch(prompt); it.hasNext();)
            isBad = isBad || it.next().captured(1).trimmed() == candidate;
        const QJsonObject grade{
            {QStringLiteral("score"), isBad ? 0.1 : 0.9},
            {QStringLiteral("pass"), !isBad},
            {QStringLiteral("reason"), isBad ? QStringLiteral("matches a BAD reference")
                                             : QStringLiteral("complies with the section")},
            {QStringLiteral("violated_section"),
             isBad ? QJsonValue(sectionId) : QJsonValue(QJsonValue::Null)}};
        completion(s, QString::fromUtf8(QJsonDocument(grade).toJson(QJsonDocument::Compact)));
    }
};
