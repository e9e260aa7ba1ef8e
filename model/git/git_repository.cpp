#include "git_repository.h"

#include "git_commit.h"
#include "git_internal.h"
#include "git_library.h"
#include "git_signature.h"
#include "loose_object_check.h"

#include <QDir>
#include <QFileInfo>
#include <vector>

namespace Specwright {

void GitRepository::Deleter::operator()(git_repository *r) const
{
    git_repository_free(r);
}

GitResult<GitRepository> GitRepository::discover(const QString &path)
{
    GitLibrary::ensureInitialized();
    QFileInfo info(path);
    // Start at the folder of a file, or the nearest existing ancestor of a missing one.
    QString start = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!start.isEmpty() && !QFileInfo::exists(start) && start != QDir::rootPath())
        start = QFileInfo(start).absolutePath();
    GitInternal::Buffer buf;
    const int rc = git_repository_discover(
        buf.get(), QDir::toNativeSeparators(start).toUtf8().constData(), 0, nullptr);
    if (rc < 0)
        return GitError{
            GitError::Code::NoRepository,
            tr("%1 is not inside a git repository").arg(QDir::toNativeSeparators(path))};
    return open(buf.toString());
}

GitResult<GitRepository> GitRepository::open(const QString &path)
{
    GitLibrary::ensureInitialized();
    git_repository *repo = nullptr;
    const int rc = git_repository_open(&repo, path.toUtf8().constData());
    if (rc < 0) {
        GitError e = GitLibrary::lastError(tr("Cannot open the repository at %1").arg(path), rc);
        e.code = GitError::Code::NoRepository;
        return e;
    }
    GitRepository out;
    out.m_repo.reset(repo, Deleter());
    // Before libgit2 reads any object: a corrupt loose object hangs or crashes libgit2 1.9.
    if (const QString corrupt = LooseObjectCheck::check(out.gitDir()); !corrupt.isEmpty())
        return GitError{GitError::Code::Failed, corrupt};
    return out;
}

GitResult<GitRepository> GitRepository::init(const QString &path, bool bare)
{
    GitLibrary::ensureInitialized();
    git_repository *repo = nullptr;
    const int rc = git_repository_init(&repo, path.toUtf8().constData(), bare ? 1 : 0);
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot create a repository at %1").arg(path), rc);
    GitRepository out;
    out.m_repo.reset(repo, Deleter());
    return out;
}

bool GitRepository::isBare() const
{
    return git_repository_is_bare(handle()) == 1;
}
bool GitRepository::isEmpty() const
{
    return git_repository_is_empty(handle()) == 1;
}
bool GitRepository::isHeadUnborn() const
{
    return git_repository_head_unborn(handle()) == 1;
}
bool GitRepository::isHeadDetached() const
{
    return git_repository_head_detached(handle()) == 1;
}
bool GitRepository::isMergeInProgress() const
{
    return git_repository_state(handle()) != GIT_REPOSITORY_STATE_NONE;
}

QString GitRepository::workDir() const
{
    const char *w = git_repository_workdir(handle());
    return w ? QString::fromUtf8(w) : QString();
}

QString GitRepository::gitDir() const
{
    return QString::fromUtf8(git_repository_path(handle()));
}

QString GitRepository::relativePath(const QString &absolutePath) const
{
    const QString work = workDir();
    if (work.isEmpty())
        return {};
    const QString canonicalWork = QFileInfo(work).canonicalFilePath();
    QFileInfo info(absolutePath);
    // Canonicalise the folder (the file itself may be deleted) so symlinked temp paths match.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString full = (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    const QString rel = QDir(canonicalWork.isEmpty() ? work : canonicalWork).relativeFilePath(full);
    if (rel.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(rel))
        return {};
    return QDir::fromNativeSeparators(rel);
}

GitResult<GitOid> GitRepository::headId() const
{
    git_oid oid;
    const int rc = git_reference_name_to_id(&oid, handle(), "HEAD");
    if (rc < 0) {
        if (isHeadUnborn() || isEmpty())
            return GitError{GitError::Code::Unborn, tr("The repository has no commits yet")};
        return GitLibrary::lastError(tr("Cannot resolve HEAD"), rc);
    }
    return GitInternal::fromOid(&oid);
}

GitResult<GitOid> GitRepository::resolve(const QString &revision) const
{
    GitInternal::ObjectHandle object;
    int rc = git_revparse_single(GitInternal::out(object), handle(), revision.toUtf8().constData());
    if (rc < 0) {
        if (isHeadUnborn())
            return GitError{GitError::Code::Unborn, tr("The repository has no commits yet")};
        GitError e = GitLibrary::lastError(tr("Unknown revision \"%1\"").arg(revision), rc);
        e.code = GitError::Code::InvalidRevision;
        return e;
    }
    GitInternal::ObjectHandle commit;
    rc = git_object_peel(GitInternal::out(commit), object.get(), GIT_OBJECT_COMMIT);
    if (rc < 0)
        return GitError{GitError::Code::InvalidRevision,
                        tr("\"%1\" does not name a commit").arg(revision)};
    return GitInternal::fromOid(git_object_id(commit.get()));
}

GitResult<QList<GitOid>> GitRepository::walk(const GitOid &start) const
{
    GitInternal::RevwalkHandle walker;
    int rc = git_revwalk_new(GitInternal::out(walker), handle());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot walk the history"), rc);
    git_revwalk_sorting(walker.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (start.isNull()) {
        rc = git_revwalk_push_head(walker.get());
    } else {
        const git_oid oid = GitInternal::toOid(start);
        rc = git_revwalk_push(walker.get(), &oid);
    }
    QList<GitOid> ids;
    if (rc < 0) {
        if (isHeadUnborn() || isEmpty())
            return ids; // an empty history, not an error
        return GitLibrary::lastError(tr("Cannot walk the history"), rc);
    }
    git_oid oid;
    while (git_revwalk_next(&oid, walker.get()) == 0)
        ids.append(GitInternal::fromOid(&oid));
    return ids;
}

GitFileStates GitRepository::fileStatus(const QString &relativePath) const
{
    if (relativePath.isEmpty() || isBare())
        return GitFileState::NotInRepository;
    unsigned int flags = 0;
    if (git_status_file(&flags, handle(), relativePath.toUtf8().constData()) < 0)
        return GitFileState::NotInRepository;
    GitFileStates states;
    if (flags & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_DELETED |
                 GIT_STATUS_INDEX_RENAMED | GIT_STATUS_INDEX_TYPECHANGE))
        states |= GitFileState::Staged;
    if (flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_TYPECHANGE | GIT_STATUS_WT_RENAMED))
        states |= GitFileState::Modified;
    if (flags & GIT_STATUS_WT_NEW)
        states |= GitFileState::Untracked;
    if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
        states |= GitFileState::Deleted;
    if (flags & GIT_STATUS_IGNORED)
        states |= GitFileState::Ignored;
    if (flags & GIT_STATUS_CONFLICTED)
        states |= GitFileState::Conflicted;
    return states;
}

GitResult<QList<GitBlameHunk>> GitRepository::blame(const QString &relativePath) const
{
    GitInternal::BlameHandle result;
    git_blame_options options = GIT_BLAME_OPTIONS_INIT;
    const int rc = git_blame_file(GitInternal::out(result), handle(),
                                  relativePath.toUtf8().constData(), &options);
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot blame %1").arg(relativePath), rc);
    QList<GitBlameHunk> hunks;
    for (uint32_t i = 0, n = git_blame_get_hunk_count(result.get()); i < n; ++i) {
        const git_blame_hunk *h = git_blame_get_hunk_byindex(result.get(), i);
        GitBlameHunk hunk;
        hunk.startLine = int(h->final_start_line_number);
        hunk.lineCount = int(h->lines_in_hunk);
        hunk.commit = GitInternal::fromOid(&h->final_commit_id);
        if (h->final_signature) {
            hunk.author = QString::fromUtf8(h->final_signature->name);
            hunk.email = QString::fromUtf8(h->final_signature->email);
            hunk.time = h->final_signature->when.time;
        }
        hunk.summary = h->summary ? QString::fromUtf8(h->summary) : QString();
        hunks.append(hunk);
    }
    return hunks;
}

GitResult<GitOid> GitRepository::createCommit(const QString &message, const GitOid &tree,
                                              const QList<GitOid> &parents,
                                              const GitSignature &author,
                                              const GitSignature &committer)
{
    const git_oid treeOid = GitInternal::toOid(tree);
    GitInternal::TreeHandle treeObject;
    int rc = git_tree_lookup(GitInternal::out(treeObject), handle(), &treeOid);
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot read the tree to commit"), rc);
    std::vector<GitInternal::CommitHandle> parentCommits;
    std::vector<const git_commit *> constParents;
    for (const GitOid &p : parents) {
        const git_oid po = GitInternal::toOid(p);
        GitInternal::CommitHandle c;
        if ((rc = git_commit_lookup(GitInternal::out(c), handle(), &po)) < 0)
            return GitLibrary::lastError(tr("Cannot create the commit"), rc);
        constParents.push_back(c.get());
        parentCommits.push_back(std::move(c));
    }
    git_oid out;
    rc = git_commit_create(&out, handle(), "HEAD", author.m_sig.get(), committer.m_sig.get(),
                           nullptr, message.toUtf8().constData(), treeObject.get(),
                           constParents.size(), constParents.data());
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot create the commit"), rc);
    return GitInternal::fromOid(&out);
}

GitResult<GitDone> GitRepository::setConfig(const QString &key, const QString &value)
{
    GitInternal::ConfigHandle config;
    int rc = git_repository_config(GitInternal::out(config), handle());
    if (rc >= 0) {
        GitInternal::ConfigHandle local;
        rc = git_config_open_level(GitInternal::out(local), config.get(), GIT_CONFIG_LEVEL_LOCAL);
        if (rc >= 0)
            rc = git_config_set_string(local.get(), key.toUtf8().constData(),
                                       value.toUtf8().constData());
    }
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot set %1").arg(key), rc);
    return GitDone{};
}

GitResult<GitDone> GitRepository::detachHead(const GitOid &commit)
{
    const git_oid oid = GitInternal::toOid(commit);
    const int rc = git_repository_set_head_detached(handle(), &oid);
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot detach HEAD"), rc);
    return GitDone{};
}

} // namespace Specwright
