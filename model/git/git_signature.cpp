#include "git_signature.h"

#include "git_library.h"
#include "git_repository.h"

#include <QTimeZone>
#include <git2.h>

namespace Specwright {

void GitSignature::Deleter::operator()(git_signature *s) const
{
    git_signature_free(s);
}

GitResult<GitSignature> GitSignature::defaultFor(const GitRepository &repository)
{
    git_signature *sig = nullptr;
    const int rc = git_signature_default(&sig, repository.handle());
    if (rc < 0) {
        GitError e{GitError::Code::NoIdentity,
                   tr("No author identity is configured. Set user.name and user.email "
                      "in your git configuration before committing.")};
        return e;
    }
    GitSignature out;
    out.m_sig.reset(sig, Deleter());
    return out;
}

GitResult<GitSignature> GitSignature::create(const QString &name, const QString &email,
                                             const QDateTime &when)
{
    GitLibrary::ensureInitialized();
    git_signature *sig = nullptr;
    const int rc = git_signature_new(&sig, name.toUtf8().constData(), email.toUtf8().constData(),
                                     when.toSecsSinceEpoch(), when.offsetFromUtc() / 60);
    if (rc < 0)
        return GitLibrary::lastError(tr("Invalid signature"), rc);
    GitSignature out;
    out.m_sig.reset(sig, Deleter());
    return out;
}

QString GitSignature::name() const
{
    return m_sig ? QString::fromUtf8(m_sig->name) : QString();
}
QString GitSignature::email() const
{
    return m_sig ? QString::fromUtf8(m_sig->email) : QString();
}

QDateTime GitSignature::when() const
{
    if (!m_sig)
        return {};
    return QDateTime::fromSecsSinceEpoch(m_sig->when.time,
                                         QTimeZone::fromSecondsAheadOfUtc(m_sig->when.offset * 60));
}

} // namespace Specwright
