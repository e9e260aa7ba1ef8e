#include "history_builder.h"

#include "git_index.h"
#include "git_repository.h"
#include "git_signature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Specwright {

namespace {

GitError failed(const QString &message)
{
    return GitError{GitError::Code::Failed, message};
}

} // namespace

GitResult<GitDone> HistoryBuilder::build(const QString &folder, const QList<Snapshot> &snapshots,
                                         const QString &authorName, const QString &authorEmail)
{
    const QDir root(folder);
    if (root.exists() && !root.isEmpty())
        return failed(tr("%1 is not empty").arg(QDir::toNativeSeparators(folder)));
    if (!QDir().mkpath(folder))
        return failed(tr("Cannot create %1").arg(QDir::toNativeSeparators(folder)));
    GitResult<GitRepository> repository = GitRepository::init(folder);
    if (!repository)
        return repository.error();
    GitResult<GitIndex> index = GitIndex::of(repository.value());
    if (!index)
        return index.error();

    QList<GitOid> parents;
    QMap<QString, QByteArray> previous;
    for (const Snapshot &snapshot : snapshots) {
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
            if (snapshot.files.contains(it.key()))
                continue;
            QFile::remove(root.absoluteFilePath(it.key()));
            if (GitResult<GitDone> removed = index->removePath(it.key()); !removed)
                return removed.error();
        }
        for (auto it = snapshot.files.cbegin(); it != snapshot.files.cend(); ++it) {
            const QString path = root.absoluteFilePath(it.key());
            QSaveFile file(path);
            if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
                !file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() ||
                !file.commit())
                return failed(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
            if (GitResult<GitDone> added = index->addPath(it.key()); !added)
                return added.error();
        }
        GitResult<GitSignature> author =
            GitSignature::create(authorName, authorEmail, snapshot.when);
        if (!author)
            return author.error();
        GitResult<GitOid> commit =
            index->commit(repository.value(), snapshot.message, parents, author.value());
        if (!commit)
            return commit.error();
        parents = {commit.value()};
        previous = snapshot.files;
    }
    return GitDone{};
}

} // namespace Specwright
