// RAII wrapper of a git signature (name, e-mail, time).
#pragma once

#include "git_result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>

struct git_signature;

namespace Specwright {

class GitRepository;

class GitSignature
{
    Q_DECLARE_TR_FUNCTIONS(GitSignature)

public:
    // user.name / user.email from the repository's configuration.
    static GitResult<GitSignature> defaultFor(const GitRepository &repository);
    static GitResult<GitSignature> create(const QString &name, const QString &email,
                                          const QDateTime &when = QDateTime::currentDateTime());

    QString name() const;
    QString email() const;
    QDateTime when() const;

private:
    friend class GitRepository;
    struct Deleter
    {
        void operator()(git_signature *s) const;
    };
    GitSignature() = default;
    std::shared_ptr<git_signature> m_sig;
};

} // namespace Specwright
