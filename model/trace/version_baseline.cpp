#include "version_baseline.h"

#include "file_history.h"
#include "git_repository.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace Specwright {

namespace {

// What HEAD holds of one file: its text there, and the text before its last change.
struct Committed
{
    GitOid head;
    std::optional<QString> atHead;
    std::optional<QString> beforeLastChange;
};

std::optional<QString> existingText(const GitResult<FileText> &file)
{
    if (!file || !file->exists || file->binary || file->huge)
        return std::nullopt;
    return file->text;
}

Committed read(const GitRepository &repo, const GitOid &head, const QString &rel)
{
    Committed c;
    c.head = head;
    c.atHead = existingText(FileHistory::textAt(repo, head, rel));
    if (!c.atHead)
        return c;
    GitOid previous;
    FileHistory::lastChange(repo, rel, &previous);
    if (!previous.isNull())
        c.beforeLastChange = existingText(FileHistory::textAt(repo, previous, rel));
    return c;
}

QMutex cacheMutex;
QHash<QString, Committed> &cache()
{
    static QHash<QString, Committed> byFile;
    return byFile;
}

} // namespace

std::optional<QString> VersionBaseline::find(const QString &filePath, const QString &workingText)
{
    const QFileInfo info(filePath);
    auto repo = GitRepository::discover(info.absolutePath());
    if (!repo || repo->isBare() || repo->isHeadUnborn() || repo->isEmpty())
        return std::nullopt;
    const QString rel = repo->relativePath(info.absoluteFilePath());
    const GitResult<GitOid> head = repo->resolve(QStringLiteral("HEAD"));
    if (rel.isEmpty() || !head)
        return std::nullopt;
    const QString key = repo->gitDir() + u'\n' + rel;
    std::optional<Committed> known;
    {
        QMutexLocker lock(&cacheMutex);
        const auto it = cache().constFind(key);
        if (it != cache().cend() && it->head == head.value())
            known = *it;
    }
    if (!known) {
        known = read(repo.value(), head.value(), rel);
        QMutexLocker lock(&cacheMutex);
        if (cache().size() > 64) // files of other workspaces, long closed
            cache().clear();
        cache().insert(key, *known);
    }
    if (!known->atHead)
        return std::nullopt;
    if (*known->atHead != workingText)
        return known->atHead;
    return known->beforeLastChange;
}

} // namespace Specwright
