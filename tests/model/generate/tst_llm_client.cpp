// The OpenAI-compatible client against a real HTTP server on 127.0.0.1 started by the test:
// it streams server-sent events, stalls, drops the connection, answers 401/404/429/500 and
// garbage. The request's "model" picks the server's behaviour.
#include "generation_job.h"
#include "llm_client.h"
#include "llm_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Specwright;

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
                    lastBody = buffer->mid(end + 4, length);
                    buffer->clear();
                    ++requests;
                    respond(s, QJsonDocument::fromJson(lastBody)
                                   .object()
                                   .value(QStringLiteral("model"))
                                   .toString());
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

LlmSettings settingsFor(const FakeLlmServer &server, const QString &model)
{
    LlmSettings s;
    s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
    s.model = model;
    s.timeoutMs = 5000;
    s.maxRetries = 2;
    s.backoffMs = 10;
    return s;
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private:
    FakeLlmServer m_server;

    LlmClient::Result ask(const QString &model, int timeoutMs = 5000, int *deltas = nullptr)
    {
        LlmSettings s = settingsFor(m_server, model);
        s.timeoutMs = timeoutMs;
        LlmClient client(s);
        QSignalSpy spy(&client, &LlmClient::delta);
        const LlmClient::Result r =
            client.complete({{QStringLiteral("user"), QStringLiteral("hi")}});
        if (deltas)
            *deltas = int(spy.size());
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen(QHostAddress::LocalHost)); }
    void init() { m_server.requests = 0; }

    void streamsServerSentEvents()
    {
        qputenv("SPECWRIGHT_LLM_API_KEY", "test-key");
        int deltas = 0;
        const LlmClient::Result r = ask(QStringLiteral("sse"), 5000, &deltas);
        qunsetenv("SPECWRIGHT_LLM_API_KEY");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.text, QStringLiteral("Hello, world"));
        QCOMPARE(r.finishReason, QStringLiteral("stop"));
        QCOMPARE(deltas, 3);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(m_server.lastAuthorization, QByteArray("Bearer test-key"));
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastBody).object();
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 1);
    }

    void plainJsonAnswer()
    {
        const LlmClient::Result r = ask(QStringLiteral("json"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.text, QStringLiteral("whole answer"));
    }

    void stallTimesOut()
    {
        // Text already arrived, so the client must not retry (it would duplicate the stream).
        const LlmClient::Result r = ask(QStringLiteral("stall"), 300);
        QCOMPARE(r.error, LlmClient::Error::Timeout);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.text, QStringLiteral("partial"));
        QVERIFY(r.message.contains(QLatin1String("300 ms")));
    }

    void silentServerIsRetriedThenTimesOut()
    {
        const LlmClient::Result r = ask(QStringLiteral("silent"), 200);
        QCOMPARE(r.error, LlmClient::Error::Timeout);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_server.requests, 3);
    }

    void droppedConnection()
    {
        const LlmClient::Result r = ask(QStringLiteral("drop"));
        QCOMPARE(r.error, LlmClient::Error::Truncated);
        QVERIFY2(r.message.contains(QLatin1String("before the answer was complete")),
                 qPrintable(r.message));
        const LlmClient::Result early = ask(QStringLiteral("dropearly"));
        QCOMPARE(early.error, LlmClient::Error::Network);
        QCOMPARE(early.attempts, 3);
    }

    void httpErrors_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<LlmClient::Error>("error");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("text");
        QTest::newRow("401") << QStringLiteral("401") << LlmClient::Error::Authentication << 1
                             << QStringLiteral("SPECWRIGHT_LLM_API_KEY");
        QTest::newRow("404") << QStringLiteral("404") << LlmClient::Error::NotFound << 1
                             << QStringLiteral("model name \"404\"");
        QTest::newRow("429") << QStringLiteral("429") << LlmClient::Error::RateLimited << 3
                             << QStringLiteral("rate limited");
        QTest::newRow("500") << QStringLiteral("500") << LlmClient::Error::Server << 3
                             << QStringLiteral("HTTP 500");
        QTest::newRow("400") << QStringLiteral("other") << LlmClient::Error::BadRequest << 1
                             << QStringLiteral("server says no");
        QTest::newRow("garbage") << QStringLiteral("garbage") << LlmClient::Error::MalformedStream
                                 << 1 << QStringLiteral("malformed");
        QTest::newRow("garbagebody")
            << QStringLiteral("garbagebody") << LlmClient::Error::MalformedStream << 1
            << QStringLiteral("not an OpenAI-compatible");
    }

    void httpErrors()
    {
        QFETCH(QString, mode);
        QFETCH(LlmClient::Error, error);
        QFETCH(int, attempts);
        QFETCH(QString, text);
        const LlmClient::Result r = ask(mode);
        QCOMPARE(r.error, error);
        QCOMPARE(r.attempts, attempts);
        QCOMPARE(m_server.requests, attempts);
        QVERIFY2(r.message.contains(text), qPrintable(r.message));
    }

    void retriesThenSucceeds()
    {
        LlmClient client(settingsFor(m_server, QStringLiteral("flaky")));
        QSignalSpy retrying(&client, &LlmClient::retrying);
        const LlmClient::Result r =
            client.complete({{QStringLiteral("user"), QStringLiteral("x")}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 10); // the first backoff
        QCOMPARE(r.text, QStringLiteral("Hello, world"));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        LlmSettings s = settingsFor(m_server, QStringLiteral("sse"));
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        LlmClient client(s);
        const LlmClient::Result r =
            client.complete({{QStringLiteral("user"), QStringLiteral("x")}});
        QCOMPARE(r.error, LlmClient::Error::ConnectionRefused);
        QCOMPARE(r.attempts, 3);
        QVERIFY2(r.message.contains(QLatin1String("is the server running")), qPrintable(r.message));
    }

    void cancelStops()
    {
        LlmClient client(settingsFor(m_server, QStringLiteral("stall")));
        std::atomic_bool canceled{false};
        QTimer::singleShot(100, this, [&canceled] { canceled = true; });
        const LlmClient::Result r =
            client.complete({{QStringLiteral("user"), QStringLiteral("x")}}, &canceled);
        QCOMPARE(r.error, LlmClient::Error::Canceled);
        QCOMPARE(r.attempts, 1);
    }

    void noModelIsAClearError()
    {
        const LlmClient::Result r = ask(QString());
        QCOMPARE(r.error, LlmClient::Error::NoModel);
        QCOMPARE(m_server.requests, 0);
    }

    void endpointUrl()
    {
        LlmSettings s;
        s.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1/"));
        QCOMPARE(s.endpoint().toString(),
                 QStringLiteral("http://localhost:8080/v1/chat/completions"));
        s.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1/chat/completions"));
        QCOMPARE(s.endpoint().toString(),
                 QStringLiteral("https://api.example.com/v1/chat/completions"));
    }

    void generatorWritesTheAnswer()
    {
        QTemporaryDir out;
        GenerationRequest r;
        r.workspace = Workspace::load(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"));
        r.document = r.workspace->document(QStringLiteral("spec.md"));
        r.sectionId = QStringLiteral("protect_the_grower");
        r.outputDir = out.path();
        GeneratorDefinition d;
        d.name = QStringLiteral("llm-typescript");
        d.kind = QStringLiteral("llm");
        d.outputPattern = QStringLiteral("llm/{section}.ts");
        d.templatePath = QStringLiteral(":/specwright/templates/prompts/implement-typescript.md");
        d.options = {{QStringLiteral("base_url"),
                      QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())},
                     {QStringLiteral("model"), QStringLiteral("code")}};
        GenerationJob job(d, r);
        QSignalSpy streamed(&job, &GenerationJob::streamText);
        const GenerationResult result = job.run();
        QVERIFY2(result.ok, qPrintable(result.log.join(u'\n')));
        QVERIFY(streamed.size() >= 3);
        QFile f(out.filePath(QStringLiteral("llm/protect_the_grower.ts")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.endsWith("\nexport const x = 1;\n"), text.constData());
        QVERIFY(text.startsWith("// specwright-provenance: "));
        // The prompt carried the section's text, its examples and the system message.
        const QJsonArray messages = QJsonDocument::fromJson(m_server.lastBody)
                                        .object()
                                        .value(QStringLiteral("messages"))
                                        .toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("system"));
        const QString user = messages.at(1).toObject().value(QStringLiteral("content")).toString();
        QVERIFY2(user.contains(QLatin1String("must not recommend pesticides")), qPrintable(user));
        QVERIFY(user.contains(QLatin1String("[BAD: recommends a banned product]")));

        // Errors reach the job's result, and nothing is written.
        d.options.insert(QStringLiteral("model"), QStringLiteral("401"));
        d.outputPattern = QStringLiteral("llm/other.ts");
        GenerationJob failing(d, r);
        const GenerationResult bad = failing.run();
        QVERIFY(!bad.ok);
        QVERIFY(bad.error.contains(QLatin1String("HTTP 401")));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("llm/other.ts"))));
    }

    void extractCode()
    {
        QCOMPARE(LlmGenerator::extractCode(QStringLiteral("a\n~~~py\nx = 1\n~~~\nb")),
                 QStringLiteral("x = 1\n"));
        QCOMPARE(LlmGenerator::extractCode(QStringLiteral("no code")), QStringLiteral("no code"));
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llm_client.moc"
