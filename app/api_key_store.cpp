#include "api_key_store.h"

#include <QCoreApplication>
#include <QWidget>
#include <qt6keychain/keychain.h>

namespace Specwright {

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("apiKeyStore"));
}

ApiKeyStore *ApiKeyStore::install(QObject *window)
{
    auto *store = new ApiKeyStore(window);
    store->load();
    return store;
}

ApiKeyStore *ApiKeyStore::of(const QObject *w)
{
    const QObject *top = w;
    if (const auto *widget = qobject_cast<const QWidget *>(w); widget && widget->window())
        top = widget->window();
    for (; top; top = top->parent())
        if (auto *store = top->findChild<ApiKeyStore *>(QString(), Qt::FindDirectChildrenOnly))
            return store;
    return nullptr;
}

QString ApiKeyStore::serviceName()
{
    const QString org = QCoreApplication::organizationName();
    return org.isEmpty() ? QStringLiteral("Specwright") : org;
}

void ApiKeyStore::finishJob(bool ok, const QString &error)
{
    --m_busy;
    m_error = ok ? QString() : error;
    Q_EMIT changed(ok);
}

void ApiKeyStore::load()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(entryName());
    ++m_busy;
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool found = job->error() == QKeychain::NoError;
        // A key given meanwhile (store()) wins over the one read.
        if (found && m_key.isEmpty())
            m_key = job->textData();
        const bool ok = found || job->error() == QKeychain::EntryNotFound;
        finishJob(ok, ok ? QString()
                         : tr("the secret store cannot be read (%1)").arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::store(const QString &key)
{
    m_key = key.trimmed();
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(entryName());
    job->setTextData(m_key);
    ++m_busy;
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool ok = job->error() == QKeychain::NoError;
        finishJob(ok, ok ? QString()
                         : tr("the key is kept for this session only: the secret store cannot "
                              "save it (%1)")
                               .arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::forget()
{
    m_key.clear();
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(entryName());
    ++m_busy;
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool ok =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        finishJob(ok,
                  ok ? QString()
                     : tr("the secret store cannot delete the key (%1)").arg(job->errorString()));
    });
    job->start();
}

} // namespace Specwright
