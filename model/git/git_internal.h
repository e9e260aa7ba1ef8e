// Conversions between libgit2 structs and Qt values; included only by the wrappers' .cpp files.
#pragma once

#include "git_oid.h"

#include <git2.h>
#include <memory>

namespace Specwright::GitInternal {

// Owning handles for the libgit2 objects a wrapper uses only inside one function; the classes
// that outlive a call (GitCommit, GitTree...) own theirs with a shared_ptr.
template<typename T, void (*FreeFn)(T *)> struct Deleter
{
    void operator()(T *p) const { FreeFn(p); }
};
template<typename T, void (*FreeFn)(T *)> using Handle = std::unique_ptr<T, Deleter<T, FreeFn>>;
using BlameHandle = Handle<git_blame, git_blame_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using ConfigHandle = Handle<git_config, git_config_free>;
using DiffHandle = Handle<git_diff, git_diff_free>;
using ObjectHandle = Handle<git_object, git_object_free>;
using RevwalkHandle = Handle<git_revwalk, git_revwalk_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;

// Passes a handle to a libgit2 out-parameter: `git_x_lookup(out(handle), ...)`; the handle
// owns what was written when the statement ends.
template<typename H> class OutParam
{
public:
    explicit OutParam(H &handle)
        : m_handle(handle)
    {
    }
    OutParam(const OutParam &) = delete;
    ~OutParam() { m_handle.reset(m_raw); }
    operator typename H::pointer *() { return &m_raw; }

private:
    H &m_handle;
    typename H::pointer m_raw = nullptr;
};
template<typename H> OutParam<H> out(H &handle)
{
    return OutParam<H>(handle);
}

// A git_buf that is disposed of on every path.
class Buffer
{
public:
    Buffer() = default;
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    ~Buffer() { git_buf_dispose(&m_buf); }
    git_buf *get() { return &m_buf; }
    QString toString() const { return QString::fromUtf8(m_buf.ptr, qsizetype(m_buf.size)); }

private:
    git_buf m_buf = GIT_BUF_INIT;
};

inline GitOid fromOid(const git_oid *oid)
{
    return oid ? GitOid(QByteArray(reinterpret_cast<const char *>(oid->id), GIT_OID_SHA1_SIZE))
               : GitOid();
}

inline git_oid toOid(const GitOid &oid)
{
    git_oid out{};
    memcpy(out.id, oid.raw().constData(), qMin<qsizetype>(oid.raw().size(), GIT_OID_SHA1_SIZE));
    return out;
}

} // namespace Specwright::GitInternal
