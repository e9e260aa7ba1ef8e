// Builds real git repositories in a temporary folder through Specwright's libgit2 wrappers.
#pragma once

#include "git_commit.h"
#include "git_index.h"
#include "git_library.h"
#include "git_repository.h"
#include "git_signature.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Specwright {

class RepoBuilder
{
public:
    explicit RepoBuilder(bool bare = false, bool identity = true)
    {
        // Keep the machine's own git configuration (and identity) out of the tests.
        GitLibrary::setConfigSearchPath(m_config.path());
        auto r = GitRepository::init(m_dir.path(), bare);
        if (!r)
            qFatal("cannot init repository: %s", qPrintable(r.errorMessage()));
        repo = r.take();
        if (identity) {
            repo.setConfig(QStringLiteral("user.name"), QStringLiteral("Ada Writer"));
            repo.setConfig(QStringLiteral("user.email"), QStringLiteral("ada@example.org"));
        }
    }

    QString path(const QString &rel = {}) const
    {
        return rel.isEmpty() ? m_dir.path() : m_dir.filePath(rel);
    }

    void write(const QString &rel, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path(rel)).absolutePath());
        QFile f(path(rel));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(rel));
        f.write(bytes);
    }
    void remove(const QString &rel) { QFile::remove(path(rel)); }

    // Stages `add` and `removed` paths and commits them at a fixed, increasing time.
    GitOid commit(const QString &message, const QStringList &add, const QStringList &removed = {})
    {
        auto index = GitIndex::of(repo);
        for (const QString &a : add)
            index->addPath(a);
        for (const QString &r : removed)
            index->removePath(r);
        index->write();
        auto tree = index->writeTree();
        QList<GitOid> parents;
        if (!repo.isHeadUnborn())
            parents.append(repo.headId().value());
        const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000 + 3600 * m_commits++);
        auto sig = GitSignature::create(QStringLiteral("Ada Writer"),
                                        QStringLiteral("ada@example.org"), when);
        auto id = repo.createCommit(message, tree.value(), parents, sig.value(), sig.value());
        if (!id)
            qFatal("commit failed: %s", qPrintable(id.errorMessage()));
        return id.value();
    }

    GitRepository repo;

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    int m_commits = 0;
};

} // namespace Specwright
