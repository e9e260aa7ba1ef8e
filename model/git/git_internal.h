// Conversions between libgit2 structs and Qt values; included only by the wrappers' .cpp files.
#pragma once

#include "git_oid.h"

#include <git2.h>

namespace Specwright::GitInternal {

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
