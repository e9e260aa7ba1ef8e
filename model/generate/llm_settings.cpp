#include "llm_settings.h"

#include <QHostAddress>
#include <QSettings>
#include <functional>

namespace Specwright {

namespace {

// Bounds that keep a typo (or a hostile file) from hanging or overflowing anything.
constexpr qint64 maxStallMs = 60LL * 60 * 1000;      // 1 h without a byte
constexpr qint64 maxTotalMs = 24LL * 60 * 60 * 1000; // 1 day for one request
constexpr qint64 maxBackoffMs = 10LL * 60 * 1000;    // 10 min between attempts
constexpr int maxRetriesLimit = 20;
constexpr qint64 maxResponseLimit = 1LL << 30; // 1 GiB

bool toInteger(const QVariant &v, qint64 *out)
{
    bool ok = false;
    const qint64 value = v.toLongLong(&ok);
    if (!ok || v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Bool)
        return false;
    *out = value;
    return true;
}

} // namespace

QStringList LlmSettings::apiKeyVariables()
{
    return {QStringLiteral("SPECWRIGHT_LLM_API_KEY"), QStringLiteral("OPENAI_API_KEY")};
}

QString LlmSettings::apiKey() const
{
    if (!secretStoreKey.isEmpty())
        return secretStoreKey;
    for (const QString &name : apiKeyVariables()) {
        const QString key = qEnvironmentVariable(name.toLatin1().constData());
        if (!key.isEmpty())
            return key;
    }
    return {};
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

bool LlmSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString LlmSettings::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("the endpoint \"%1\" is not a URL").arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return tr("the endpoint \"%1\" must be http:// or https://").arg(baseUrl.toString());
    if (scheme == u"http" && !allowInsecureHttp && !isLoopbackHost(baseUrl.host()))
        return tr("refusing plain http:// to %1, which is not this machine: the key and the "
                  "spec would travel unencrypted (use https://, or allow insecure http in the "
                  "settings or with --allow-insecure-http)")
            .arg(baseUrl.host());
    if (timeoutMs <= 0 || timeoutMs > maxStallMs)
        return tr("the timeout %1 ms is out of range (1 ms to 1 hour)").arg(timeoutMs);
    if (totalTimeoutMs <= 0 || totalTimeoutMs > maxTotalMs)
        return tr("the total timeout %1 ms is out of range (1 ms to 1 day)").arg(totalTimeoutMs);
    if (maxRetries < 0 || maxRetries > maxRetriesLimit)
        return tr("%1 retries is out of range (0 to %2)").arg(maxRetries).arg(maxRetriesLimit);
    if (backoffMs < 0 || backoffMs > maxBackoffMs || maxRetryAfterMs < 0 ||
        maxRetryAfterMs > maxBackoffMs)
        return tr("the backoff is out of range (0 to 10 minutes)");
    if (maxResponseBytes <= 0 || maxResponseBytes > maxResponseLimit)
        return tr("the response size limit is out of range (1 byte to 1 GiB)");
    return {};
}

void LlmSettings::applyUserSettings(const QSettings &settings, const QString &group)
{
    const QString url = settings.value(group + QStringLiteral("/baseUrl")).toString().trimmed();
    if (!url.isEmpty())
        baseUrl = QUrl(url);
    const QString m = settings.value(group + QStringLiteral("/model")).toString().trimmed();
    if (!m.isEmpty())
        model = m;
    allowInsecureHttp =
        settings.value(group + QStringLiteral("/allowInsecureHttp"), allowInsecureHttp).toBool();
}

void LlmSettings::applyEnvironment()
{
    const QString url = qEnvironmentVariable("SPECWRIGHT_LLM_BASE_URL").trimmed();
    if (!url.isEmpty())
        baseUrl = QUrl(url);
    const QString m = qEnvironmentVariable("SPECWRIGHT_LLM_MODEL").trimmed();
    if (!m.isEmpty())
        model = m;
}

QStringList LlmSettings::forbiddenWorkspaceKeys()
{
    return {QStringLiteral("base_url"),
            QStringLiteral("api_key_env"),
            QStringLiteral("api_key"),
            QStringLiteral("endpoint"),
            QStringLiteral("url"),
            QStringLiteral("allow_insecure_http"),
            QStringLiteral("max_response_bytes")};
}

void LlmSettings::applyWorkspaceOptions(const QVariantMap &o, const QSettings *userSettings,
                                        QStringList *errors)
{
    auto error = [errors](const QString &message) {
        if (errors)
            errors->append(message);
    };
    for (const QString &key : forbiddenWorkspaceKeys())
        if (o.contains(key))
            error(tr("\"%1\" is ignored: a workspace cannot choose the model server or the key; "
                     "set the endpoint in the settings, SPECWRIGHT_LLM_BASE_URL or --endpoint")
                      .arg(key));
    const QString preset = o.value(QStringLiteral("preset")).toString();
    if (!preset.isEmpty()) {
        const QString group = QStringLiteral("llm/presets/") + preset;
        if (userSettings && userSettings->contains(group + QStringLiteral("/baseUrl")))
            applyUserSettings(*userSettings, group);
        else
            error(tr("no preset \"%1\" in the user's settings").arg(preset));
    }
    if (o.contains(QStringLiteral("model"))) {
        const QVariant v = o.value(QStringLiteral("model"));
        if (v.typeId() == QMetaType::QString && !v.toString().trimmed().isEmpty())
            model = v.toString().trimmed();
        else
            error(tr("\"model\" must be a non-empty string"));
    }
    if (o.contains(QStringLiteral("temperature"))) {
        bool ok = false;
        const double t = o.value(QStringLiteral("temperature")).toDouble(&ok);
        if (ok && t >= 0 && t <= 2)
            temperature = t;
        else
            error(tr("\"temperature\" must be a number from 0 to 2"));
    }
    struct Bound
    {
        const char *key;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> set;
    };
    const Bound bounds[] = {
        {"timeout_ms", 1, maxStallMs, [this](qint64 v) { timeoutMs = int(v); }},
        {"total_timeout_ms", 1, maxTotalMs, [this](qint64 v) { totalTimeoutMs = v; }},
        {"retries", 0, maxRetriesLimit, [this](qint64 v) { maxRetries = int(v); }},
        {"backoff_ms", 0, maxBackoffMs, [this](qint64 v) { backoffMs = int(v); }},
    };
    for (const Bound &b : bounds) {
        const QString key = QString::fromLatin1(b.key);
        if (!o.contains(key))
            continue;
        qint64 value = 0;
        if (!toInteger(o.value(key), &value) || value < b.min || value > b.max)
            error(tr("\"%1\" must be an integer from %2 to %3").arg(key).arg(b.min).arg(b.max));
        else
            b.set(value);
    }
}

LlmSettings LlmSettings::forUser(const QSettings &settings, const QString &group)
{
    LlmSettings s;
    s.applyUserSettings(settings, QStringLiteral("llm"));
    if (group != u"llm")
        s.applyUserSettings(settings, group);
    s.applyEnvironment();
    return s;
}

} // namespace Specwright
