// Where and how an OpenAI-compatible model is asked. The endpoint and the key are the user's
// own choice: they come from the user's settings (QSettings), the environment and command-line
// flags, never from a workspace file. A workspace may only name a model or one of the user's
// presets (and tune temperature and timeouts within bounds), because a cloned workspace must
// not decide where the spec's text or the key are sent.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

class QSettings;

namespace Specwright {

struct LlmSettings
{
    Q_DECLARE_TR_FUNCTIONS(LlmSettings)

public:
    QUrl baseUrl{QStringLiteral("http://127.0.0.1:11434/v1")}; // ".../v1"; Ollama by default
    QString model;
    int timeoutMs = 60000;              // without any byte from the server
    qint64 totalTimeoutMs = 10 * 60000; // the whole request with its retries, whatever arrives
    int maxRetries = 2;
    int backoffMs = 500;         // doubled on every retry
    int maxRetryAfterMs = 60000; // a server's Retry-After is honoured up to this
    qint64 maxResponseBytes = 8LL << 20;
    double temperature = -1;        // < 0: the server's default
    bool allowInsecureHttp = false; // plain http:// to a host that is not this machine
    QString jsonSchemaName;         // with jsonSchema: response_format json_schema
    QVariantMap jsonSchema;
    bool stream = true;
    // A key from the desktop secret store, held in memory only; else the environment's.
    QString secretStoreKey;

    // The fixed names of the key variables, in the order they are read.
    static QStringList apiKeyVariables();
    QString apiKey() const;
    QUrl endpoint() const;
    // Empty when usable, else what is wrong (negative or absurd timeouts, a bad URL...).
    QString validate() const;
    // Whether the host is this machine (127.0.0.0/8, ::1, localhost).
    static bool isLoopbackHost(const QString &host);

    // The user's settings: keys <group>/baseUrl, <group>/model, <group>/allowInsecureHttp
    // (group "llm" for the generators and the eval target, "eval/grader" for the grader).
    void applyUserSettings(const QSettings &settings, const QString &group = QStringLiteral("llm"));
    // SPECWRIGHT_LLM_BASE_URL, SPECWRIGHT_LLM_MODEL (for CI, where there are no settings).
    void applyEnvironment();
    // A workspace's generator or eval options: model, preset (a user preset in QSettings
    // under llm/presets/<name>/...), temperature, timeout_ms, total_timeout_ms, retries,
    // backoff_ms. Keys that would choose the server or the key (base_url, api_key_env,
    // endpoint...) are refused with an error and change nothing.
    void applyWorkspaceOptions(const QVariantMap &options, const QSettings *userSettings,
                               QStringList *errors);
    // The key names a workspace is refused, for the error message and the tests.
    static QStringList forbiddenWorkspaceKeys();

    // The user's settings, then the environment: what the generators and eval start from.
    static LlmSettings forUser(const QSettings &settings,
                               const QString &group = QStringLiteral("llm"));
};

} // namespace Specwright
