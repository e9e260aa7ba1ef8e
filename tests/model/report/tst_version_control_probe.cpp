// The version-control state of a real libgit2 repository: remote URL without credentials,
// HEAD's full id and branch, nothing outside a repository.
#include "../git/repo_builder.h"
#include "version_control_probe.h"

#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

class TestVersionControlProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repositoryWithRemote();
    void detachedHeadHasNoBranch();
    void withoutRemoteNamesTheWorkTree();
    void outsideARepository();
    void publicRepositoryUri_data();
    void publicRepositoryUri();
};

void TestVersionControlProbe::repositoryWithRemote()
{
    RepoBuilder b;
    b.write(u"specs/spec.md"_s, "# Spec\n");
    const GitOid head = b.commit(u"first"_s, {u"specs/spec.md"_s});
    QVERIFY(b.repo.setConfig(u"remote.origin.url"_s,
                             u"https://ada:s3cret@example.org/team/specs.git"_s));
    QString workTree;
    const auto state = VersionControlProbe::probe(b.path(u"specs"_s), &workTree);
    QVERIFY(state.has_value());
    QCOMPARE(state->repositoryUri, u"https://example.org/team/specs.git"_s);
    QCOMPARE(state->revision, head.hex());
    QCOMPARE(state->revision.size(), 40);
    QVERIFY2(!state->branch.isEmpty() && !state->branch.contains(u'/'), qPrintable(state->branch));
    QCOMPARE(QFileInfo(workTree).canonicalFilePath(), QFileInfo(b.path()).canonicalFilePath());
}

void TestVersionControlProbe::detachedHeadHasNoBranch()
{
    RepoBuilder b;
    b.write(u"a.md"_s, "# A\n");
    const GitOid head = b.commit(u"first"_s, {u"a.md"_s});
    QVERIFY(b.repo.detachHead(head));
    const auto state = VersionControlProbe::probe(b.path());
    QVERIFY(state.has_value());
    QCOMPARE(state->revision, head.hex());
    QVERIFY(state->branch.isEmpty());
}

void TestVersionControlProbe::withoutRemoteNamesTheWorkTree()
{
    RepoBuilder b;
    const auto state = VersionControlProbe::probe(b.path());
    QVERIFY(state.has_value());
    QVERIFY2(state->repositoryUri.startsWith(u"file:///"_s), qPrintable(state->repositoryUri));
    QVERIFY(state->repositoryUri.endsWith(u'/'));
    QVERIFY(state->revision.isEmpty()); // no commit yet
}

void TestVersionControlProbe::outsideARepository()
{
    QTemporaryDir dir;
    // A temporary folder can sit inside a repository on a developer machine; only assert
    // when it does not.
    if (GitRepository::discover(dir.path()))
        QSKIP("the temporary folder is inside a git repository");
    QVERIFY(!VersionControlProbe::probe(dir.path()).has_value());
}

void TestVersionControlProbe::publicRepositoryUri_data()
{
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("uri");
    QTest::newRow("https") << u"https://github.com/o/r.git"_s << u"https://github.com/o/r.git"_s;
    QTest::newRow("token") << u"https://x-access-token:ghs_abc@github.com/o/r"_s
                           << u"https://github.com/o/r"_s;
    QTest::newRow("scp-like") << u"git@github.com:o/r.git"_s << u"ssh://github.com/o/r.git"_s;
    QTest::newRow("ssh user") << u"ssh://git@host:22/o/r.git"_s << u"ssh://host:22/o/r.git"_s;
    QTest::newRow("local") << u"/srv/git/specs.git"_s << u"file:///srv/git/specs.git"_s;
    QTest::newRow("garbage") << u"::"_s << QString();
}

void TestVersionControlProbe::publicRepositoryUri()
{
    QFETCH(QString, remote);
    QFETCH(QString, uri);
    QCOMPARE(VersionControlProbe::publicRepositoryUri(remote), uri);
}

QTEST_GUILESS_MAIN(TestVersionControlProbe)
#include "tst_version_control_probe.moc"
