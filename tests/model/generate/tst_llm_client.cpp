// The OpenAI-compatible client against a real HTTP server on 127.0.0.1 started by the test:
// it streams server-sent events, stalls, drops the connection, answers 401/404/429/500 and
// garbage. The request's "model" picks the server's behaviour.
#include "generation_job.h"
#include "llm_client.h"
#include "llm_generator.h"
#include "scripted_chat_server.h"

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
using namespace Qt::StringLiterals;

namespace {

// On the thread pool, so this thread's event loop serves the fake server meanwhile.
GenerationResult runJob(GenerationJob &job)
{
    QSignalSpy finished(&job, &GenerationJob::finished);
    job.start();
    finished.wait(60000);
    return job.result();
}

LlmSettings settingsFor(const ScriptedChatServer &server, const QString &model)
{
    LlmSettings s;
    s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
    s.model = model;
    s.timeoutMs = 5000;
    s.maxRetries = 2;
    s.backoffMs = 10;
    return s;
}

// Starts the request and runs the test's event loop (which also serves the fake server) until
// the client finishes.
LlmClient::Result complete(LlmClient &client, const QList<LlmMessage> &messages = {
                                                  {QStringLiteral("user"), QStringLiteral("hi")}})
{
    QSignalSpy finished(&client, &LlmClient::finished);
    client.start(messages);
    if (finished.isEmpty())
        finished.wait(60000);
    return client.result();
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private:
    ScriptedChatServer m_server;

    LlmClient::Result ask(const QString &model, int timeoutMs = 5000, int *deltas = nullptr)
    {
        LlmSettings s = settingsFor(m_server, model);
        s.timeoutMs = timeoutMs;
        LlmClient client(s);
        QSignalSpy spy(&client, &LlmClient::delta);
        const LlmClient::Result r = complete(client);
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
        const LlmClient::Result r = complete(client);
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
        const LlmClient::Result r = complete(client);
        QCOMPARE(r.error, LlmClient::Error::ConnectionRefused);
        QCOMPARE(r.attempts, 3);
        QVERIFY2(r.message.contains(QLatin1String("is the server running")), qPrintable(r.message));
    }

    void cancelStops()
    {
        LlmClient client(settingsFor(m_server, QStringLiteral("stall")));
        QTimer::singleShot(100, &client, &LlmClient::cancel);
        const LlmClient::Result r = complete(client);
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
        r.llm = settingsFor(m_server, QStringLiteral("code"));
        r.workspaceTrusted = true;
        GenerationJob job(d, r);
        QSignalSpy streamed(&job, &GenerationJob::streamText);
        const GenerationResult result = runJob(job);
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
        const GenerationResult bad = runJob(failing);
        QVERIFY(!bad.ok);
        QVERIFY(bad.error.contains(QLatin1String("HTTP 401")));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("llm/other.ts"))));
    }

    void redirectToAnotherOriginIsRefused()
    {
        ScriptedChatServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        m_server.redirectTarget =
            QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(other.serverPort());
        qputenv("SPECWRIGHT_LLM_API_KEY", "secret-redirect-key");
        const LlmClient::Result r = ask(QStringLiteral("redirect"));
        qunsetenv("SPECWRIGHT_LLM_API_KEY");
        QCOMPARE(r.error, LlmClient::Error::RedirectRefused);
        QVERIFY2(r.message.contains(QLatin1String("another origin")), qPrintable(r.message));
        QCOMPARE(other.requests, 0); // neither the key nor the prompt went there
        QCOMPARE(m_server.requests, 1);
    }

    void redirectWithinTheOriginIsFollowed()
    {
        qputenv("SPECWRIGHT_LLM_API_KEY", "same-origin-key");
        const LlmClient::Result r = ask(QStringLiteral("redirect-same"));
        qunsetenv("SPECWRIGHT_LLM_API_KEY");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.text, QStringLiteral("Hello, world"));
        QCOMPARE(m_server.requests, 2);
        QCOMPARE(m_server.lastPath, QByteArray("/v2/chat/completions"));
        QCOMPARE(m_server.authorizations.last(), QByteArray("Bearer same-origin-key"));
    }

    void plainHttpToAnotherHostIsRefused()
    {
        LlmSettings s = settingsFor(m_server, QStringLiteral("sse"));
        s.baseUrl = QUrl(QStringLiteral("http://192.0.2.1:%1/v1").arg(m_server.serverPort()));
        LlmClient client(s);
        const LlmClient::Result r = complete(client);
        QCOMPARE(r.error, LlmClient::Error::InvalidSettings);
        QVERIFY2(r.message.contains(QLatin1String("plain http://")), qPrintable(r.message));
        QCOMPARE(r.attempts, 0);
        QVERIFY(LlmSettings::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(LlmSettings::isLoopbackHost(QStringLiteral("127.0.0.2")));
        QVERIFY(LlmSettings::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!LlmSettings::isLoopbackHost(QStringLiteral("192.0.2.1")));
        QVERIFY(!LlmSettings::isLoopbackHost(QStringLiteral("localhost.example.com")));
        s.allowInsecureHttp = true;
        QVERIFY(s.validate().isEmpty());
        s.baseUrl = QUrl(QStringLiteral("https://192.0.2.1/v1"));
        s.allowInsecureHttp = false;
        QVERIFY(s.validate().isEmpty());
        s.baseUrl = QUrl(QStringLiteral("file:///etc/passwd"));
        QVERIFY(!s.validate().isEmpty());
    }

    void responseSizeIsCapped()
    {
        LlmSettings s = settingsFor(m_server, QStringLiteral("huge"));
        s.maxResponseBytes = 64 * 1024;
        LlmClient client(s);
        const LlmClient::Result r = complete(client);
        QCOMPARE(r.error, LlmClient::Error::ResponseTooLarge);
        QVERIFY(r.text.size() <= 64 * 1024);
        QCOMPARE(r.attempts, 1);
        s.maxResponseBytes = 1 << 20;
        LlmClient roomy(s);
        QVERIFY2(complete(roomy).ok(), qPrintable(roomy.result().message));
    }

    void keepAlivesDoNotExtendTheTotalTimeout()
    {
        LlmSettings s = settingsFor(m_server, QStringLiteral("keepalive"));
        s.timeoutMs = 200;      // each comment resets this one...
        s.totalTimeoutMs = 700; // ...but not this one
        LlmClient client(s);
        const LlmClient::Result r = complete(client);
        QCOMPARE(r.error, LlmClient::Error::Timeout);
        QVERIFY2(r.message.contains(QLatin1String("in total")), qPrintable(r.message));
        QCOMPARE(r.attempts, 1);
    }

    void absurdSettingsAreRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("negative timeout") << u"timeout_ms"_s << QVariant(qlonglong(-5));
        QTest::newRow("zero timeout") << u"timeout_ms"_s << QVariant(qlonglong(0));
        QTest::newRow("absurd timeout") << u"timeout_ms"_s << QVariant(qlonglong(1e12));
        QTest::newRow("string timeout") << u"timeout_ms"_s << QVariant(u"fast"_s);
        QTest::newRow("float retries") << u"retries"_s << QVariant(2.5);
        QTest::newRow("negative retries") << u"retries"_s << QVariant(qlonglong(-1));
        QTest::newRow("huge backoff") << u"backoff_ms"_s << QVariant(qlonglong(1) << 40);
        QTest::newRow("total") << u"total_timeout_ms"_s << QVariant(qlonglong(-1));
        QTest::newRow("temperature") << u"temperature"_s << QVariant(9.0);
    }

    void absurdSettingsAreRejected()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        LlmSettings s;
        const LlmSettings before = s;
        QStringList errors;
        s.applyWorkspaceOptions({{key, value}}, nullptr, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(key), qPrintable(errors.first()));
        QCOMPARE(s.timeoutMs, before.timeoutMs);
        QCOMPARE(s.maxRetries, before.maxRetries);
        QCOMPARE(s.backoffMs, before.backoffMs);
        QCOMPARE(s.totalTimeoutMs, before.totalTimeoutMs);
        // Set directly (a flag, a bug) they stop the request before anything is sent.
        LlmSettings direct = settingsFor(m_server, QStringLiteral("sse"));
        direct.timeoutMs = -1;
        LlmClient client(direct);
        QCOMPARE(complete(client).error, LlmClient::Error::InvalidSettings);
        QCOMPARE(m_server.requests, 0);
    }

    void retryAfterIsClamped()
    {
        QCOMPARE(LlmClient::parseRetryAfter("2", 60000), 2000);
        QCOMPARE(LlmClient::parseRetryAfter("99999999", 60000), 60000);
        QCOMPARE(LlmClient::parseRetryAfter("999999999999999999999999", 60000), 60000);
        QCOMPARE(LlmClient::parseRetryAfter("-5", 60000), -1);
        QCOMPARE(LlmClient::parseRetryAfter("soon", 60000), -1);
        QCOMPARE(LlmClient::parseRetryAfter("", 60000), -1);
        const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QCOMPARE(LlmClient::parseRetryAfter("Thu, 01 Jan 2026 00:00:03 GMT", 60000, now), 3000);
        QCOMPARE(LlmClient::parseRetryAfter("Wed, 31 Dec 2025 00:00:00 GMT", 60000, now), 0);

        // A real 429 asking for 99999999 s waits the (test's small) cap, not an overflow.
        LlmSettings s = settingsFor(m_server, QStringLiteral("429long"));
        s.maxRetries = 1;
        s.maxRetryAfterMs = 30;
        LlmClient client(s);
        QSignalSpy retrying(&client, &LlmClient::retrying);
        const LlmClient::Result r = complete(client);
        QCOMPARE(r.error, LlmClient::Error::RateLimited);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 30);
        QCOMPARE(r.attempts, 2);
    }

    void usageAndJsonSchemaAreSent()
    {
        LlmSettings s = settingsFor(m_server, QStringLiteral("json"));
        s.stream = false;
        s.jsonSchemaName = QStringLiteral("grade");
        s.jsonSchema = {{QStringLiteral("type"), QStringLiteral("object")}};
        LlmClient client(s);
        QVERIFY(complete(client).ok());
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastBody).object();
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(true), false);
        const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
        QCOMPARE(format.value(QStringLiteral("json_schema"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("grade"));
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
