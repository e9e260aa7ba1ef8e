#include "git_blob.h"

#include "git_internal.h"
#include "git_library.h"
#include "git_repository.h"

namespace Specwright {

void GitBlob::Deleter::operator()(git_blob *b) const
{
    git_blob_free(b);
}

GitResult<GitBlob> GitBlob::lookup(const GitRepository &repository, const GitOid &id)
{
    git_blob *blob = nullptr;
    const git_oid oid = GitInternal::toOid(id);
    const int rc = git_blob_lookup(&blob, repository.handle(), &oid);
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot read blob %1").arg(id.shortHex()), rc);
    GitBlob out;
    out.m_blob.reset(blob, Deleter{repository.m_repo});
    return out;
}

GitOid GitBlob::id() const
{
    return GitInternal::fromOid(git_blob_id(m_blob.get()));
}
qint64 GitBlob::size() const
{
    return qint64(git_blob_rawsize(m_blob.get()));
}
bool GitBlob::isBinary() const
{
    return git_blob_is_binary(m_blob.get()) == 1;
}

QByteArray GitBlob::content() const
{
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(m_blob.get())),
                      qsizetype(git_blob_rawsize(m_blob.get())));
}

} // namespace Specwright
