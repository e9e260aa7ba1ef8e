// specc diff on broken history: a bogus HEAD, a garbage commit, a shallow clone and a corrupt
// loose object are reported as errors (exit 2), never shown as "(no earlier version)".
#include "repo_builder.h"
#include "spec_versions.h"
#include "test_support.h"

#include <QCryptographicHash>

using namespace Specwright;

class TestSpeccDiffBrokenHistory : public QObject
{
    Q_OBJECT

private:
    using Result = TestSupport::ProcessResult;
    static Result specc(const QStringList &args)
    {
        return TestSupport::run(QStringLiteral(SPECC_PATH),
                                QStringList{QStringLiteral("diff")} + args);
    }
    static void writeRaw(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    // Writes a loose object with a correct name and header; returns its id.
    static QByteArray writeObject(const RepoBuilder &b, const QByteArray &type,
                                  const QByteArray &content)
    {
        const QByteArray raw = type + ' ' + QByteArray::number(content.size()) + '\0' + content;
        const QByteArray id = QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex();
        writeRaw(b.path(QStringLiteral(".git/objects/") + QString::fromLatin1(id.left(2)) + u'/' +
                        QString::fromLatin1(id.mid(2))),
                 qCompress(raw).mid(4));
        return id;
    }
    static void commitTwice(RepoBuilder &b)
    {
        b.write(QStringLiteral("spec.md"), SpecVersions::v1());
        b.commit(QStringLiteral("v1"), {QStringLiteral("spec.md")});
        b.write(QStringLiteral("spec.md"), SpecVersions::v2());
        b.commit(QStringLiteral("v2"), {QStringLiteral("spec.md")});
    }
    static void expectError(const Result &r, const QString &needle)
    {
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.out.contains(QStringLiteral("no earlier version")), qPrintable(r.out));
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
    }

private Q_SLOTS:
    void bogusHead()
    {
        RepoBuilder b;
        commitTwice(b);
        writeRaw(b.path(QStringLiteral(".git/HEAD")), "0123456789abcdef0123456789abcdef01234567\n");
        const Result r = specc({b.path(QStringLiteral("spec.md"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.out.contains(QStringLiteral("no earlier version")), qPrintable(r.out));
        QVERIFY(!r.err.isEmpty());
    }

    void garbageCommit()
    {
        RepoBuilder b;
        commitTwice(b);
        const QByteArray id = writeObject(b, "commit", "this is not a commit\n");
        writeRaw(b.path(QStringLiteral(".git/HEAD")), id + '\n');
        const Result r = specc({b.path(QStringLiteral("spec.md"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.out.contains(QStringLiteral("no earlier version")), qPrintable(r.out));
        QVERIFY(!r.err.isEmpty());
    }

    void shallowClone()
    {
        RepoBuilder b;
        commitTwice(b);
        // The newest commit is a shallow boundary: its parent was never fetched.
        writeRaw(b.path(QStringLiteral(".git/shallow")), b.repo.headId()->hex().toLatin1() + '\n');
        expectError(specc({b.path(QStringLiteral("spec.md"))}), QStringLiteral("shallow clone"));
    }

    void corruptLooseObject()
    {
        RepoBuilder b;
        commitTwice(b);
        // A blob whose header declares fewer bytes than it holds (libgit2 #7177).
        writeRaw(b.path(QStringLiteral(".git/objects/ab/cdef0123456789abcdef0123456789abcdef01")),
                 qCompress(QByteArray("blob 2\0hello world", 18)).mid(4));
        expectError(specc({b.path(QStringLiteral("spec.md"))}),
                    QStringLiteral("the repository is corrupt: object abcdef01"));
    }
};

QTEST_GUILESS_MAIN(TestSpeccDiffBrokenHistory)
#include "tst_specc_diff_broken_history.moc"
