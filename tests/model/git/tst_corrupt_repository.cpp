// Hand-made corrupt repositories: a truncated loose object (libgit2 1.9.0 loops forever on it)
// and one whose header declares too small a size (libgit2 overflows a heap buffer) are found
// before libgit2 reads them, and opening says "the repository is corrupt: object ...".
#include "file_history.h"
#include "loose_object_check.h"
#include "repo_builder.h"

#include <QDirIterator>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>

using namespace Specwright;

class TestCorruptRepository : public QObject
{
    Q_OBJECT
private:
    // zlib stream of bytes (qCompress adds a 4-byte length in front).
    static QByteArray deflated(const QByteArray &bytes) { return qCompress(bytes).mid(4); }

    // The loose object file whose inflated content starts with `type`.
    static QString looseObject(const RepoBuilder &b, const QByteArray &type)
    {
        QDirIterator it(b.path(QStringLiteral(".git/objects")), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray inflated =
                qUncompress(QByteArray("\x00\x10\x00\x00", 4) + f.readAll());
            if (inflated.startsWith(QByteArray(type + ' ')))
                return path;
        }
        return {};
    }
    static void overwrite(const QString &path, const QByteArray &bytes)
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    static GitOid commitSpec(RepoBuilder &b)
    {
        b.write(QStringLiteral("spec.md"), "# Spec\n\nThe system SHALL keep history.\n");
        return b.commit(QStringLiteral("first"), {QStringLiteral("spec.md")});
    }

private Q_SLOTS:
    void soundRepositoryOpens()
    {
        RepoBuilder b;
        commitSpec(b);
        QVERIFY(LooseObjectCheck::check(b.path(QStringLiteral(".git"))).isEmpty());
        auto repo = GitRepository::open(b.path());
        QVERIFY2(repo.ok(), qPrintable(repo.errorMessage()));
        auto text = FileHistory::textAtRevision(repo.value(), QStringLiteral("spec.md"),
                                                QStringLiteral("HEAD"));
        QVERIFY(text.ok());
    }

    void truncatedObjectIsReported()
    {
        RepoBuilder b;
        commitSpec(b);
        const QString blob = looseObject(b, "blob");
        QVERIFY(!blob.isEmpty());
        QFile f(blob);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        overwrite(blob, bytes.left(bytes.size() / 2));
        QVERIFY(LooseObjectCheck::checkFile(blob).contains(QStringLiteral("truncated")));
        auto repo = GitRepository::open(b.path());
        QVERIFY(!repo.ok());
        QVERIFY2(
            repo.errorMessage().startsWith(QStringLiteral("the repository is corrupt: object ")),
            qPrintable(repo.errorMessage()));
        const QString id = QFileInfo(blob).dir().dirName() + QFileInfo(blob).fileName();
        QVERIFY(repo.errorMessage().contains(id));
        // discover (what the IDE and specc use) reports the same.
        auto found = GitRepository::discover(b.path(QStringLiteral("spec.md")));
        QVERIFY(!found.ok());
        QVERIFY(found.errorMessage().contains(QStringLiteral("corrupt")));
    }

    void objectAddedToASettledFolderIsChecked()
    {
        RepoBuilder b;
        commitSpec(b);
        const QString blob = looseObject(b, "blob");
        QVERIFY(!blob.isEmpty());
        const QString folder = QFileInfo(blob).absolutePath();
        // An hour old: the first check lists it and remembers it as settled.
        const struct timespec hourAgo{.tv_sec = time(nullptr) - 3600, .tv_nsec = 0};
        const struct timespec times[2] = {hourAgo, hourAgo};
        QCOMPARE(utimensat(AT_FDCWD, QFile::encodeName(folder).constData(), times, 0), 0);
        const QString gitDir = b.path(QStringLiteral(".git"));
        QCOMPARE(LooseObjectCheck::check(gitDir), QString());
        // A new object in that folder moves its time, so the folder is listed again.
        const QString added = QDir(folder).filePath(QString(38, u'0'));
        QFile f(added);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(deflated(QByteArray("blob 30\0short", 14)));
        f.close();
        const QString why = LooseObjectCheck::check(gitDir);
        QVERIFY2(why.contains(QStringLiteral("truncated")), qPrintable(why));
        QVERIFY(why.contains(QFileInfo(folder).fileName() + QString(38, u'0')));
    }

    void headerDeclaringTooSmallASizeIsReported()
    {
        RepoBuilder b;
        commitSpec(b);
        const QString blob = looseObject(b, "blob");
        QVERIFY(!blob.isEmpty());
        overwrite(blob, deflated(QByteArray("blob 3\0hello world", 18)));
        QVERIFY(LooseObjectCheck::checkFile(blob).contains(QStringLiteral("more data")));
        auto repo = GitRepository::open(b.path());
        QVERIFY(!repo.ok());
        QVERIFY(repo.errorMessage().contains(QStringLiteral("the repository is corrupt")));
    }

    void malformedObjectsAreReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not zlib") << QByteArray("garbage, not deflated") << QStringLiteral("zlib");
        QTest::newRow("no header") << deflated("hello") << QStringLiteral("truncated");
        QTest::newRow("bad type") << deflated(QByteArray("blub 5\0hello", 12))
                                  << QStringLiteral("header");
        QTest::newRow("bad size") << deflated(QByteArray("blob x\0hello", 12))
                                  << QStringLiteral("header");
        QTest::newRow("too large size")
            << deflated(QByteArray("blob 99\0hello", 13)) << QStringLiteral("truncated");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("truncated");
    }
    void malformedObjectsAreReported()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("obj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString why = LooseObjectCheck::checkFile(path);
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void largeSoundObjectPasses()
    {
        QByteArray content(3 * 1024 * 1024, 'x');
        for (int i = 0; i < content.size(); i += 97)
            content[i] = char('a' + i % 26);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("obj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(deflated("blob " + QByteArray::number(content.size()) + '\0' + content));
        f.close();
        QCOMPARE(LooseObjectCheck::checkFile(path), QString());
    }
};

QTEST_MAIN(TestCorruptRepository)
#include "tst_corrupt_repository.moc"
