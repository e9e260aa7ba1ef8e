// RAII wrapper of a git blob: the bytes of one file version.
#pragma once

#include "git_oid.h"
#include "git_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>

struct git_blob;
struct git_repository;

namespace Specwright {

class GitRepository;

class GitBlob
{
    Q_DECLARE_TR_FUNCTIONS(GitBlob)

public:
    static GitResult<GitBlob> lookup(const GitRepository &repository, const GitOid &id);

    GitOid id() const;
    qint64 size() const;
    // libgit2's heuristic: a NUL byte or too many non-text bytes in the first 8000.
    bool isBinary() const;
    QByteArray content() const;

private:
    // Holds the repository: libgit2 objects must not outlive the repository they came from.
    struct Deleter
    {
        std::shared_ptr<git_repository> repository;
        void operator()(git_blob *b) const;
    };
    std::shared_ptr<git_blob> m_blob;
};

} // namespace Specwright
