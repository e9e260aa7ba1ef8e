// A chat-completions server on 127.0.0.1 that plays a scripted target and grader for the eval
// tests (a bare QTcpServer, so it can also stall and drop connections):
//   target models  "target-good" / "target-bad": answer with the GOOD (or BAD) reference of
//                  the case whose last user message matches (answers[...] set by the test),
//                  else a plain answer; streamed as server-sent events. "target-json": one JSON
//                  completion. A user message holding "[stall]" stalls, "[drop]" drops the
//                  connection, "[429]" / "[500]" fail the first attempt (429 with Retry-After).
//   grader models  "grader": fails a candidate equal to a BAD reference in its prompt, passes
//                  the rest; "grader-invalid": not JSON; "grader-schema": a wrong schema.
// It counts requests per model and records every Authorization header it receives.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

class ScriptedChatServer : public QTcpServer
{
public:
    QHash<QString, QString> goodAnswers; // last user message -> answer
    QHash<QString, QString> badAnswers;
    QHash<QString, int> requestsByModel;
    QHash<QString, int> attemptsByPrompt; // for the fail-once behaviours
    QList<QByteArray> authorizations;
    QList<QPointer<QTcpSocket>> stalled;
    int requests = 0;

    ScriptedChatServer()
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
                    const QByteArray body = buffer->mid(end + 4, length);
                    buffer->remove(0, end + 4 + length);
                    authorizations.append(authorization);
                    ++requests;
                    respond(s, QJsonDocument::fromJson(body).object());
                });
            }
        });
    }

    static QByteArray sseChunk(const QString &text, bool last)
    {
        QJsonObject choice{
            {QStringLiteral("index"), 0},
            {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}}},
            {QStringLiteral("finish_reason"),
             last ? QJsonValue(QStringLiteral("stop")) : QJsonValue(QJsonValue::Null)}};
        QJsonObject o{{QStringLiteral("choices"), QJsonArray{choice}}};
        if (last)
            o.insert(QStringLiteral("usage"),
                     QJsonObject{{QStringLiteral("prompt_tokens"), 11},
                                 {QStringLiteral("completion_tokens"), 7}});
        return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
    }

private:
    void plain(QTcpSocket *s, int code, const QByteArray &type, const QByteArray &body,
               const QByteArray &extra = {})
    {
        s->write("HTTP/1.1 " + QByteArray::number(code) + " X\r\nContent-Type: " + type +
                 "\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        s->disconnectFromHost();
    }

    void completion(QTcpSocket *s, const QString &content)
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

    void stream(QTcpSocket *s, const QString &text)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
        const qsizetype half = text.size() / 2;
        s->write(": keep-alive\n\n");
        s->write(sseChunk(text.left(half), false));
        s->write(sseChunk(text.mid(half), true));
        s->write("data: [DONE]\n\n");
        s->disconnectFromHost();
    }

    void respond(QTcpSocket *s, const QJsonObject &request)
    {
        const QString model = request.value(QStringLiteral("model")).toString();
        ++requestsByModel[model];
        const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
        QString lastUser;
        for (const QJsonValue &m : messages)
            if (m.toObject().value(QStringLiteral("role")).toString() == u"user")
                lastUser = m.toObject().value(QStringLiteral("content")).toString();
        if (model.startsWith(u"grader")) {
            grade(s, model, lastUser);
            return;
        }
        const int attempt = ++attemptsByPrompt[model + lastUser];
        if (lastUser.contains(u"[stall]")) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n");
            s->write(sseChunk(QStringLiteral("Let me think"), false));
            stalled.append(s);
            return;
        }
        if (lastUser.contains(u"[drop]")) {
            s->abort();
            return;
        }
        if (lastUser.contains(u"[429]") && attempt == 1) {
            plain(s, 429, "application/json", R"({"error":{"message":"slow down"}})",
                  "Retry-After: 1\r\n");
            return;
        }
        if (lastUser.contains(u"[500]") && attempt == 1) {
            plain(s, 500, "text/plain", "boom");
            return;
        }
        const QHash<QString, QString> &answers = model == u"target-bad" ? badAnswers : goodAnswers;
        const QString answer = answers.value(lastUser, QStringLiteral("A careful, plain answer."));
        if (model == u"target-json" || !request.value(QStringLiteral("stream")).toBool())
            completion(s, answer);
        else
            stream(s, answer);
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
