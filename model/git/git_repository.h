// RAII wrapper of an open git repository. Everything the rest of Specwright needs from libgit2
// goes through this class and its siblings in model/git; no handle or error code leaks out.
#pragma once

#include "git_oid.h"
#include "git_result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

struct git_repository;

namespace Specwright {

class GitCommit;
class GitSignature;

// Status of one file, as flags (a file can be staged and modified again).
enum class GitFileState
{
    Unmodified = 0,
    Staged = 1,   // index differs from HEAD
    Modified = 2, // working tree differs from the index
    Untracked = 4,
    Deleted = 8, // deleted in the working tree or the index
    Ignored = 16,
    Conflicted = 32,
    NotInRepository = 64
};
Q_DECLARE_FLAGS(GitFileStates, GitFileState)
Q_DECLARE_OPERATORS_FOR_FLAGS(GitFileStates)

struct GitBlameHunk
{
    int startLine = 0; // 1-based, in the blamed version
    int lineCount = 0;
    GitOid commit;
    QString author;
    QString email;
    qint64 time = 0; // seconds since the epoch
    QString summary;
};

class GitRepository
{
    Q_DECLARE_TR_FUNCTIONS(GitRepository)

public:
    // The repository holding a file or folder (searching upwards).
    static GitResult<GitRepository> discover(const QString &path);
    static GitResult<GitRepository> open(const QString &path);
    static GitResult<GitRepository> init(const QString &path, bool bare = false);

    bool isBare() const;
    bool isEmpty() const;      // no commits at all
    bool isHeadUnborn() const; // HEAD names a branch without a commit yet
    bool isHeadDetached() const;
    bool isMergeInProgress() const; // any operation in progress: merge, rebase, cherry-pick...
    QString workDir() const;        // with a trailing slash; empty for a bare repository
    QString gitDir() const;
    // Path of a file relative to the working directory, '/'-separated; empty when outside.
    QString relativePath(const QString &absolutePath) const;

    GitResult<GitOid> headId() const;
    // A revision such as HEAD, HEAD~2, a branch, a tag or a (short) hex id, peeled to a commit.
    GitResult<GitOid> resolve(const QString &revision) const;
    // Every commit reachable from `start` (HEAD when null), newest first in topological order.
    GitResult<QList<GitOid>> walk(const GitOid &start = {}) const;

    GitFileStates fileStatus(const QString &relativePath) const;
    GitResult<QList<GitBlameHunk>> blame(const QString &relativePath) const;

    GitResult<GitOid> createCommit(const QString &message, const GitOid &tree,
                                   const QList<GitOid> &parents, const GitSignature &author,
                                   const GitSignature &committer);
    GitResult<GitDone> setConfig(const QString &key, const QString &value);
    GitResult<GitDone> detachHead(const GitOid &commit);

private:
    friend class GitBlob;
    friend class GitCommit;
    friend class GitIndex;
    friend class GitReference;
    friend class GitRemote;
    friend class GitSignature;
    friend class GitTree;
    git_repository *handle() const { return m_repo.get(); }
    struct Deleter
    {
        void operator()(git_repository *r) const;
    };
    std::shared_ptr<git_repository> m_repo;
};

} // namespace Specwright
