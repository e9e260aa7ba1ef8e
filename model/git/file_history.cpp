#include "file_history.h"

#include "git_blob.h"
#include "git_commit.h"
#include "git_tree.h"

#include <QStringDecoder>

namespace Specwright {

GitResult<QList<FileRevision>> FileHistory::log(const GitRepository &repository,
                                                const QString &relativePath, int maxCount)
{
    GitResult<QList<GitOid>> walk = repository.walk();
    if (!walk)
        return walk.error();
    QList<FileRevision> revisions;
    QString path = relativePath;
    bool created = false; // passed the commit that created the file: stop
    for (const GitOid &id : walk.value()) {
        if (created || (maxCount >= 0 && revisions.size() >= maxCount))
            break;
        GitResult<GitCommit> commit = GitCommit::lookup(repository, id);
        if (!commit)
            return commit.error();
        GitResult<GitTree> tree = commit->tree();
        if (!tree)
            return tree.error();
        const QList<GitOid> parents = commit->parentIds();
        GitTree parentTree;
        bool hasParentTree = false;
        if (!parents.isEmpty()) {
            GitResult<GitCommit> parent = GitCommit::lookup(repository, parents.first());
            if (!parent)
                return parent.error();
            GitResult<GitTree> pt = parent->tree();
            if (!pt)
                return pt.error();
            parentTree = pt.take();
            hasParentTree = true;
        }
        const GitOid now = tree->blobAt(path);
        const GitOid before = hasParentTree ? parentTree.blobAt(path) : GitOid();
        if (now == before)
            continue;
        FileRevision rev;
        rev.commit = id;
        rev.parent = parents.isEmpty() ? GitOid() : parents.first();
        rev.path = path;
        rev.summary = commit->summary();
        rev.author = commit->authorName();
        rev.email = commit->authorEmail();
        rev.time = commit->time();
        if (now.isNull()) {
            rev.deleted = true;
        } else if (before.isNull()) {
            const QString from =
                hasParentTree ? tree->renamedFrom(repository, parentTree, path) : QString();
            if (from.isEmpty()) {
                rev.added = true;
                created = true;
            } else {
                rev.renamedFrom = from;
                path = from;
            }
        }
        revisions.append(rev);
    }
    return revisions;
}

FileText FileHistory::decode(const QByteArray &bytes)
{
    FileText out;
    out.exists = true;
    out.size = bytes.size();
    out.bytes = bytes;
    if (bytes.size() > hugeLimit()) {
        out.huge = true;
        return out;
    }
    if (bytes.left(8000).contains('\0')) {
        out.binary = true;
        return out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    out.text = decoder.decode(bytes);
    out.invalidUtf8 = decoder.hasError();
    return out;
}

GitResult<FileText> FileHistory::textAt(const GitRepository &repository, const GitOid &commitId,
                                        const QString &relativePath)
{
    GitResult<GitCommit> commit = GitCommit::lookup(repository, commitId);
    if (!commit)
        return commit.error();
    GitResult<GitTree> tree = commit->tree();
    if (!tree)
        return tree.error();
    const GitOid blobId = tree->blobAt(relativePath);
    if (blobId.isNull())
        return FileText{};
    GitResult<GitBlob> blob = GitBlob::lookup(repository, blobId);
    if (!blob)
        return blob.error();
    if (blob->size() > hugeLimit()) {
        FileText huge;
        huge.exists = true;
        huge.huge = true;
        huge.size = blob->size();
        huge.blob = blobId;
        return huge;
    }
    FileText text = decode(blob->content());
    text.binary = text.binary || blob->isBinary();
    if (text.binary)
        text.text.clear();
    text.blob = blobId;
    return text;
}

QString FileHistory::pathAt(const GitRepository &repository, const QString &relativePath,
                            const GitOid &commit)
{
    GitResult<GitCommit> c = GitCommit::lookup(repository, commit);
    if (!c)
        return {};
    GitResult<GitTree> tree = c->tree();
    if (!tree)
        return {};
    if (!tree->blobAt(relativePath).isNull())
        return relativePath;
    GitResult<QList<FileRevision>> revisions = log(repository, relativePath);
    if (!revisions)
        return {};
    for (const FileRevision &r : revisions.value())
        if (!r.renamedFrom.isEmpty() && !tree->blobAt(r.renamedFrom).isNull())
            return r.renamedFrom;
    return {};
}

GitResult<FileText> FileHistory::textAtRevision(const GitRepository &repository,
                                                const QString &relativePath,
                                                const QString &revision)
{
    GitResult<GitOid> commit = repository.resolve(revision);
    if (!commit)
        return commit.error();
    const QString path = pathAt(repository, relativePath, commit.value());
    if (path.isEmpty())
        return GitError{GitError::Code::NotFound,
                        tr("%1 does not exist at revision %2").arg(relativePath, revision)};
    return textAt(repository, commit.value(), path);
}

GitOid FileHistory::lastChange(const GitRepository &repository, const QString &relativePath,
                               GitOid *previous)
{
    GitResult<QList<FileRevision>> revisions = log(repository, relativePath, 2);
    if (previous)
        *previous = revisions && revisions->size() > 1 ? revisions->at(1).commit : GitOid();
    return revisions && !revisions->isEmpty() ? revisions->first().commit : GitOid();
}

} // namespace Specwright
