// The LLM API key in the desktop's secret store (QtKeychain: Secret Service, KWallet, ...),
// held in this process's memory once read. It is never written to a settings file, the
// workspace, the results or a log: without a secret store the key comes from the environment
// only (QtKeychain's insecure plain-file fallback stays off). One per main window; the
// generators and the evals read key() when they start.
#pragma once

#include <QObject>
#include <QString>

namespace Specwright {

class ApiKeyStore : public QObject
{
    Q_OBJECT

public:
    explicit ApiKeyStore(QObject *parent = nullptr);
    // Creates the window's store and starts reading the key.
    static ApiKeyStore *install(QObject *window);
    // The store of the window `w` belongs to (nullptr when none).
    static ApiKeyStore *of(const QObject *w);

    // The key read from or given to the store; empty when there is none (yet).
    QString key() const { return m_key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    bool isBusy() const { return m_busy > 0; }
    // What went wrong at the last read, write or delete (no secret store, access denied...).
    QString lastError() const { return m_error; }

    void load();
    // Keeps the key in memory at once and writes it to the secret store.
    void store(const QString &key);
    void forget();

    // The secret store's entry (service = the application's organisation name).
    static QString serviceName();
    static QString entryName() { return QStringLiteral("llm-api-key"); }

Q_SIGNALS:
    // After every read, write or delete; ok false with lastError().
    void changed(bool ok);

private:
    void finishJob(bool ok, const QString &error);

    QString m_key;
    QString m_error;
    int m_busy = 0;
};

} // namespace Specwright
