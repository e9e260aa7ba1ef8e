// History, texts at revisions, status, blame and amendment commits on real repositories built
// with libgit2 in temporary folders.
#include "amendment_committer.h"
#include "blame_cache.h"
#include "file_history.h"
#include "git_blob.h"
#include "git_commit.h"
#include "history_builder.h"
#include "repo_builder.h"
#include "spec_versions.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <optional>

using namespace Specwright;

class TestGitHistory : public QObject
{
    Q_OBJECT

private:
    // spec.md: add (v1), edit example (v2), unrelated commit, rename to rules/spec.md, move a
    // section (v3).
    struct History
    {
        RepoBuilder b;
        GitOid add, edit, notes, rename, move;
        History()
        {
            b.write(QStringLiteral("spec.md"), SpecVersions::v1());
            add = b.commit(QStringLiteral("Add spec"), {QStringLiteral("spec.md")});
            b.write(QStringLiteral("spec.md"), SpecVersions::v2());
            edit = b.commit(QStringLiteral("Swap example answers"), {QStringLiteral("spec.md")});
            b.write(QStringLiteral("notes.txt"), "unrelated\n");
            notes = b.commit(QStringLiteral("Add notes"), {QStringLiteral("notes.txt")});
            b.remove(QStringLiteral("spec.md"));
            b.write(QStringLiteral("rules/spec.md"), SpecVersions::v2());
            rename = b.commit(QStringLiteral("Move spec into rules/"),
                              {QStringLiteral("rules/spec.md")}, {QStringLiteral("spec.md")});
            b.write(QStringLiteral("rules/spec.md"), SpecVersions::v3());
            move = b.commit(QStringLiteral("Move gamma before beta"),
                            {QStringLiteral("rules/spec.md")});
        }
    };

private Q_SLOTS:
    void historyFollowsRenamesNewestFirst()
    {
        History h;
        auto log = FileHistory::log(h.b.repo, QStringLiteral("rules/spec.md"));
        QVERIFY2(log.ok(), qPrintable(log.errorMessage()));
        QCOMPARE(log->size(), 4);
        QCOMPARE(log->at(0).commit, h.move);
        QCOMPARE(log->at(1).commit, h.rename);
        QCOMPARE(log->at(1).renamedFrom, QStringLiteral("spec.md"));
        QCOMPARE(log->at(1).path, QStringLiteral("rules/spec.md"));
        QCOMPARE(log->at(2).commit, h.edit);
        QCOMPARE(log->at(2).path, QStringLiteral("spec.md"));
        QCOMPARE(log->at(3).commit, h.add);
        QVERIFY(log->at(3).added);
        QCOMPARE(log->at(0).summary, QStringLiteral("Move gamma before beta"));
        QCOMPARE(log->at(0).author, QStringLiteral("Ada Writer"));
        QCOMPARE(log->at(0).parent, h.rename);
        QVERIFY(log->at(0).time > log->at(1).time);
        // maxCount stops early.
        QCOMPARE(FileHistory::log(h.b.repo, QStringLiteral("rules/spec.md"), 2)->size(), 2);
    }

    void objectsKeepTheirRepositoryAlive()
    {
        // libgit2 forbids using (or freeing) an object after its repository: the wrappers
        // hold a reference, so a commit, tree and blob stay usable on their own.
        History h;
        std::optional<GitCommit> commit;
        std::optional<GitTree> tree;
        std::optional<GitBlob> blob;
        {
            GitResult<GitRepository> repo = GitRepository::open(h.b.path());
            QVERIFY(repo.ok());
            GitResult<GitCommit> c = GitCommit::lookup(repo.value(), h.add);
            QVERIFY(c.ok());
            GitResult<GitTree> t = c->tree();
            QVERIFY(t.ok());
            const GitOid blobId = t->blobAt(QStringLiteral("spec.md"));
            QVERIFY(!blobId.isNull());
            GitResult<GitBlob> b = GitBlob::lookup(repo.value(), blobId);
            QVERIFY(b.ok());
            commit = c.take();
            tree = t.take();
            blob = b.take();
        } // the GitRepository goes here; the objects still hold its handle
        QCOMPARE(commit->id(), h.add);
        QVERIFY(!commit->summary().isEmpty());
        QCOMPARE(tree->blobAt(QStringLiteral("spec.md")), blob->id());
        QCOMPARE(blob->content(), SpecVersions::v1());
        GitResult<GitTree> again = commit->tree();
        QVERIFY(again.ok());
        QCOMPARE(again->id(), tree->id());
    }

    void textsAtRevisions()
    {
        History h;
        const QString rel = QStringLiteral("rules/spec.md");
        auto t = FileHistory::textAt(h.b.repo, h.add, QStringLiteral("spec.md"));
        QVERIFY(t.ok() && t->exists);
        QCOMPARE(t->text, QString::fromUtf8(SpecVersions::v1()));
        QVERIFY(!t->invalidUtf8 && !t->binary);
        QVERIFY(!FileHistory::textAt(h.b.repo, h.add, rel)->exists);
        // Revision strings and rename following.
        QCOMPARE(FileHistory::textAtRevision(h.b.repo, rel, QStringLiteral("HEAD"))->text,
                 QString::fromUtf8(SpecVersions::v3()));
        QCOMPARE(FileHistory::textAtRevision(h.b.repo, rel, QStringLiteral("HEAD~2"))->text,
                 QString::fromUtf8(SpecVersions::v2()));
        QCOMPARE(FileHistory::textAtRevision(h.b.repo, rel, h.add.hex())->text,
                 QString::fromUtf8(SpecVersions::v1()));
        QCOMPARE(FileHistory::pathAt(h.b.repo, rel, h.edit), QStringLiteral("spec.md"));
        auto bad = FileHistory::textAtRevision(h.b.repo, rel, QStringLiteral("no-such-branch"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("no-such-branch")));
        GitOid previous;
        QCOMPARE(FileHistory::lastChange(h.b.repo, rel, &previous), h.move);
        QCOMPARE(previous, h.rename);
    }

    void historyBuiltFromSnapshots()
    {
        // Three snapshots: a file is added, edited, and another one removed on the way.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("sample"));
        const QDateTime day = QDateTime(QDate(2026, 1, 10), QTime(10, 0), QTimeZone::UTC);
        QList<HistoryBuilder::Snapshot> snapshots = {
            {QStringLiteral("First"),
             day,
             {{QStringLiteral("spec.md"), SpecVersions::v1()},
              {QStringLiteral("notes/old.txt"), "old\n"}}},
            {QStringLiteral("Second"),
             day.addDays(1),
             {{QStringLiteral("spec.md"), SpecVersions::v2()}}},
            {QStringLiteral("Third"),
             day.addDays(2),
             {{QStringLiteral("spec.md"), SpecVersions::v3()}}},
        };
        QVERIFY(HistoryBuilder::build(folder, snapshots, QStringLiteral("Sample"),
                                      QStringLiteral("sample@example.invalid"))
                    .ok());
        auto repo = GitRepository::open(folder);
        QVERIFY(repo.ok());
        const auto log = FileHistory::log(repo.value(), QStringLiteral("spec.md"));
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->first().summary, QStringLiteral("Third"));
        QCOMPARE(FileHistory::textAtRevision(repo.value(), QStringLiteral("spec.md"),
                                             QStringLiteral("HEAD~2"))
                     ->text,
                 QString::fromUtf8(SpecVersions::v1()));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/notes/old.txt")));
        QCOMPARE(repo->fileStatus(QStringLiteral("spec.md")), GitFileStates());
        // A folder with files in it is never built over.
        const auto again = HistoryBuilder::build(folder, snapshots, QStringLiteral("Sample"),
                                                 QStringLiteral("sample@example.invalid"));
        QVERIFY(!again.ok());
        QCOMPARE(FileHistory::log(repo.value(), QStringLiteral("spec.md"))->size(), 3);
    }

    void fileStatus()
    {
        History h;
        const QString rel = QStringLiteral("rules/spec.md");
        QCOMPARE(h.b.repo.fileStatus(rel), GitFileStates(GitFileState::Unmodified));
        h.b.write(rel, SpecVersions::v1());
        QVERIFY(h.b.repo.fileStatus(rel).testFlag(GitFileState::Modified));
        QVERIFY(!h.b.repo.fileStatus(rel).testFlag(GitFileState::Staged));
        auto index = GitIndex::of(h.b.repo);
        index->addPath(rel);
        index->write();
        QVERIFY(h.b.repo.fileStatus(rel).testFlag(GitFileState::Staged));
        QVERIFY(!h.b.repo.fileStatus(rel).testFlag(GitFileState::Modified));
        h.b.write(QStringLiteral("draft.md"), "# Draft\n");
        QVERIFY(h.b.repo.fileStatus(QStringLiteral("draft.md")).testFlag(GitFileState::Untracked));
        QCOMPARE(h.b.repo.relativePath(h.b.path(rel)), rel);
    }

    void deletedFile()
    {
        History h;
        h.b.remove(QStringLiteral("rules/spec.md"));
        h.b.commit(QStringLiteral("Drop the spec"), {}, {QStringLiteral("rules/spec.md")});
        auto log = FileHistory::log(h.b.repo, QStringLiteral("rules/spec.md"));
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 5);
        QVERIFY(log->first().deleted);
        auto head = FileHistory::textAtRevision(h.b.repo, QStringLiteral("rules/spec.md"),
                                                QStringLiteral("HEAD"));
        QVERIFY(!head.ok());
        QVERIFY(head.errorMessage().contains(QStringLiteral("does not exist")));
        QVERIFY(FileHistory::textAtRevision(h.b.repo, QStringLiteral("rules/spec.md"),
                                            QStringLiteral("HEAD~1"))
                    .ok());
    }

    void nonUtf8AndBinary()
    {
        RepoBuilder b;
        b.write(QStringLiteral("latin1.md"), "# Caf\xe9 rules\n\nna\xefve text\n");
        b.write(QStringLiteral("image.md"), QByteArray("PNG\0\0\x01\x02 binary", 14));
        const GitOid c = b.commit(QStringLiteral("Odd files"),
                                  {QStringLiteral("latin1.md"), QStringLiteral("image.md")});
        auto latin = FileHistory::textAt(b.repo, c, QStringLiteral("latin1.md"));
        QVERIFY(latin.ok());
        QVERIFY(latin->invalidUtf8);
        QVERIFY(latin->text.contains(QChar(0xFFFD)));
        QVERIFY(latin->text.contains(QStringLiteral("rules")));
        auto binary = FileHistory::textAt(b.repo, c, QStringLiteral("image.md"));
        QVERIFY(binary.ok());
        QVERIFY(binary->binary);
        QVERIFY(binary->text.isEmpty());
        QVERIFY(FileHistory::decode(QByteArray(int(FileHistory::hugeLimit()) + 1, 'a')).huge);
    }

    void discoverAndNoRepository()
    {
        History h;
        auto found = GitRepository::discover(h.b.path(QStringLiteral("rules/spec.md")));
        QVERIFY(found.ok());
        QCOMPARE(found->relativePath(h.b.path(QStringLiteral("rules/spec.md"))),
                 QStringLiteral("rules/spec.md"));
        QTemporaryDir outside;
        auto none = GitRepository::discover(outside.filePath(QStringLiteral("spec.md")));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, GitError::Code::NoRepository);
        QVERIFY(none.errorMessage().contains(QStringLiteral("not inside a git repository")));
    }

    void bareAndEmptyRepositories()
    {
        RepoBuilder bare(true);
        QVERIFY(bare.repo.isBare());
        QVERIFY(bare.repo.isEmpty());
        auto log = FileHistory::log(bare.repo, QStringLiteral("spec.md"));
        QVERIFY(log.ok());
        QVERIFY(log->isEmpty());
        auto refused = AmendmentCommitter::check(bare.repo);
        QCOMPARE(refused.error().code, GitError::Code::Bare);

        RepoBuilder empty;
        QVERIFY(empty.repo.isHeadUnborn());
        QCOMPARE(empty.repo.headId().error().code, GitError::Code::Unborn);
        QVERIFY(FileHistory::log(empty.repo, QStringLiteral("spec.md"))->isEmpty());
        QVERIFY(!FileHistory::textAtRevision(empty.repo, QStringLiteral("spec.md"),
                                             QStringLiteral("HEAD"))
                     .ok());
        // The first amendment on an unborn branch is a root commit.
        empty.write(QStringLiteral("spec.md"), SpecVersions::v1());
        auto first = AmendmentCommitter::commit(empty.repo, empty.path(QStringLiteral("spec.md")),
                                                QStringLiteral("Amend spec.md: first\n"));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(FileHistory::log(empty.repo, QStringLiteral("spec.md"))->size(), 1);
    }

    void commitAmendment()
    {
        History h;
        const QString rel = QStringLiteral("rules/spec.md");
        h.b.write(rel, SpecVersions::v1());
        const QString message = AmendmentCommitter::messageTemplate(
            QStringLiteral("spec.md"), QStringLiteral("water in the morning"),
            {QStringLiteral("alpha"), QStringLiteral("gamma")});
        QVERIFY(message.startsWith(QStringLiteral("Amend spec.md: water in the morning\n\n")));
        QVERIFY(message.contains(QStringLiteral("- alpha\n- gamma\n")));
        auto id = AmendmentCommitter::commit(h.b.repo, h.b.path(rel), message);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(h.b.repo.headId().value(), id.value());
        QCOMPARE(h.b.repo.fileStatus(rel), GitFileStates(GitFileState::Unmodified));
        auto commit = GitCommit::lookup(h.b.repo, id.value());
        QCOMPARE(commit->summary(), QStringLiteral("Amend spec.md: water in the morning"));
        QCOMPARE(commit->authorName(), QStringLiteral("Ada Writer"));
        QCOMPARE(commit->parentIds(), QList<GitOid>{h.move});
        QCOMPARE(FileHistory::log(h.b.repo, rel)->size(), 5);
    }

    void commitRefusals()
    {
        {
            RepoBuilder noIdentity(false, false);
            noIdentity.write(QStringLiteral("spec.md"), SpecVersions::v1());
            auto r = AmendmentCommitter::commit(
                noIdentity.repo, noIdentity.path(QStringLiteral("spec.md")), QStringLiteral("x"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, GitError::Code::NoIdentity);
            QVERIFY(r.errorMessage().contains(QStringLiteral("user.name")));
        }
        {
            History h;
            QFile merge(h.b.repo.gitDir() + QStringLiteral("MERGE_HEAD"));
            QVERIFY(merge.open(QIODevice::WriteOnly));
            merge.write(h.edit.hex().toLatin1() + '\n');
            merge.close();
            auto r = AmendmentCommitter::commit(h.b.repo, h.b.path(QStringLiteral("rules/spec.md")),
                                                QStringLiteral("x"));
            QCOMPARE(r.error().code, GitError::Code::MergeInProgress);
            QVERIFY(r.errorMessage().contains(QStringLiteral("merge")));
        }
        {
            History h;
            QVERIFY(h.b.repo.detachHead(h.rename).ok());
            h.b.write(QStringLiteral("rules/spec.md"), SpecVersions::v1());
            auto r = AmendmentCommitter::commit(h.b.repo, h.b.path(QStringLiteral("rules/spec.md")),
                                                QStringLiteral("x"));
            QCOMPARE(r.error().code, GitError::Code::DetachedHead);
            QVERIFY(r.errorMessage().contains(QStringLiteral("detached")));
            auto allowed = AmendmentCommitter::commit(
                h.b.repo, h.b.path(QStringLiteral("rules/spec.md")), QStringLiteral("x\n"), true);
            QVERIFY2(allowed.ok(), qPrintable(allowed.errorMessage()));
        }
    }

    void blamePerSectionIsCached()
    {
        History h;
        BlameCache::instance().clear();
        const QString file = h.b.path(QStringLiteral("rules/spec.md"));
        const SectionBlameResult result = BlameCache::instance().blame(file);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.head, h.move);
        QCOMPARE(result.entries.size(), 4);
        QCOMPARE(result.entries[0].sectionId, QStringLiteral("garden"));
        QCOMPARE(result.entries[1].sectionId, QStringLiteral("alpha"));
        QCOMPARE(result.entries[1].commit, h.edit); // the example and the word edit
        QCOMPARE(result.entries[1].author, QStringLiteral("Ada Writer"));
        QCOMPARE(result.entries[2].sectionId, QStringLiteral("gamma"));
        QCOMPARE(BlameCache::instance().cachedCount(), 1);
        const SectionBlameResult again = BlameCache::instance().blame(file);
        QCOMPARE(again.entries.size(), 4);
        QCOMPARE(BlameCache::instance().cachedCount(), 1);
        QTemporaryDir outside;
        const SectionBlameResult none =
            BlameCache::instance().blame(outside.filePath(QStringLiteral("x.md")));
        QVERIFY(!none.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGitHistory)
#include "tst_git_history.moc"
