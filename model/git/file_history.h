// The history of one spec file in git: the commits that changed it (following renames), its
// text at any commit, and its status in the working tree.
#pragma once

#include "git_oid.h"
#include "git_repository.h"
#include "git_result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Specwright {

// One commit that changed the file.
struct FileRevision
{
    GitOid commit;
    GitOid parent;        // first parent; null for a root commit
    QString path;         // the file's path in this commit
    QString renamedFrom;  // the path in the parent when this commit renamed the file
    bool deleted = false; // this commit deleted the file
    bool added = false;   // this commit created the file (and no rename was found)
    QString summary;
    QString author;
    QString email;
    QDateTime time;
};

// A file version read from git, with what had to be tolerated to show it.
struct FileText
{
    bool exists = false;
    bool binary = false;
    bool huge = false;        // larger than hugeLimit(): not decoded
    bool invalidUtf8 = false; // decoded with U+FFFD replacements
    qint64 size = 0;
    GitOid blob;
    QByteArray bytes;
    QString text;
};

class FileHistory
{
    Q_DECLARE_TR_FUNCTIONS(FileHistory)

public:
    static constexpr qint64 hugeLimit() { return 32 * 1024 * 1024; }

    // Commits that changed `relativePath` (as named at HEAD), newest first. A rename is looked
    // for only at the commit where the current path first appears, so the walk stays cheap.
    static GitResult<QList<FileRevision>> log(const GitRepository &repository,
                                              const QString &relativePath, int maxCount = -1);
    // The file at a commit. A missing file is not an error: exists is false.
    static GitResult<FileText> textAt(const GitRepository &repository, const GitOid &commit,
                                      const QString &relativePath);
    // The file at a revision (HEAD, HEAD~1, a tag, a hex id), following renames to find its
    // path there. A file missing at that revision is an error with a clear message.
    static GitResult<FileText> textAtRevision(const GitRepository &repository,
                                              const QString &relativePath, const QString &revision);
    // The path the file (named `relativePath` at HEAD) had in a commit; empty when absent.
    static QString pathAt(const GitRepository &repository, const QString &relativePath,
                          const GitOid &commit);
    // The newest commit that changed the file, and the one before it (null when none).
    static GitOid lastChange(const GitRepository &repository, const QString &relativePath,
                             GitOid *previous = nullptr);
    // Decodes bytes as UTF-8 (invalid sequences become U+FFFD and set invalidUtf8).
    static FileText decode(const QByteArray &bytes);
};

} // namespace Specwright
