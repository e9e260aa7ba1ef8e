// specc diff run as a real process on a repository built with libgit2: text, JSON and HTML
// output, the default revisions, and exit codes.
#include "amendment_fixtures.h"
#include "repo_builder.h"
#include "spec_versions.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Specwright;

class TestSpeccDiff : public QObject
{
    Q_OBJECT

private:
    using Result = TestSupport::ProcessResult;
    static Result specc(const QStringList &args)
    {
        return TestSupport::run(QStringLiteral(SPECC_PATH),
                                QStringList{QStringLiteral("diff")} + args);
    }

    // spec.md: v1, v2 (example answers swapped), v3 (gamma moved).
    struct Repo
    {
        RepoBuilder b;
        Repo()
        {
            b.write(QStringLiteral("spec.md"), SpecVersions::v1());
            b.commit(QStringLiteral("v1"), {QStringLiteral("spec.md")});
            b.write(QStringLiteral("spec.md"), SpecVersions::v2());
            b.commit(QStringLiteral("v2"), {QStringLiteral("spec.md")});
            b.write(QStringLiteral("spec.md"), SpecVersions::v3());
            b.commit(QStringLiteral("v3"), {QStringLiteral("spec.md")});
        }
        QString file() const { return b.path(QStringLiteral("spec.md")); }
    };

private Q_SLOTS:
    void textSummaryBetweenRevisions()
    {
        Repo repo;
        const Result r = specc({QStringLiteral("--from"), QStringLiteral("HEAD~2"),
                                QStringLiteral("--to"), QStringLiteral("HEAD~1"), repo.file()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("spec.md: HEAD~2 (")));
        QVERIFY2(r.out.contains(QStringLiteral("sections: 1 modified, 0 added, 0 removed, 0 "
                                               "renamed, 0 moved, 0 formatting only, 3 unchanged")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("modified alpha  \"Alpha rule\"")));
        QVERIFY(r.out.contains(QStringLiteral(
            "example label-flipped: watering question (GOOD \u2192 BAD: Yes, in the morning.)")));
    }

    void defaultsCompareTheLastChangeOrTheWorkingFile()
    {
        Repo repo;
        // Clean working file: the last commit against the version before it (the move).
        Result r = specc({repo.file()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("reordered gamma")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("-> working file")));
        // Edited working file: HEAD against it.
        repo.b.write(QStringLiteral("spec.md"),
                     SpecVersions::v3() + "\n## Delta {#delta}\n\nNew rule.\n");
        r = specc({repo.file()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("HEAD (")));
        QVERIFY(r.out.contains(QStringLiteral("added    delta  \"Delta\"")));
    }

    void jsonOutput()
    {
        Repo repo;
        const Result r = specc({QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--from"), QStringLiteral("HEAD~2"),
                                QStringLiteral("--to"), QStringLiteral("HEAD"), repo.file()});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root[QStringLiteral("file")].toString(), QStringLiteral("spec.md"));
        const QJsonObject statuses = root[QStringLiteral("statuses")].toObject();
        QCOMPARE(statuses[QStringLiteral("modified")].toInt(), 1);
        QCOMPARE(statuses[QStringLiteral("reordered")].toInt(), 1);
        QCOMPARE(
            root[QStringLiteral("summary")].toObject()[QStringLiteral("sectionsMoved")].toInt(), 0);
        const QJsonArray sections = root[QStringLiteral("sections")].toArray();
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].toObject()[QStringLiteral("newId")].toString(),
                 QStringLiteral("alpha"));
    }

    void htmlPage()
    {
        Repo repo;
        const Result r = specc({QStringLiteral("--format"), QStringLiteral("html"),
                                QStringLiteral("--from"), QStringLiteral("HEAD~2"),
                                QStringLiteral("--to"), QStringLiteral("HEAD~1"), repo.file()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(r.out.contains(QStringLiteral("<style>")));
        QVERIFY(r.out.contains(QStringLiteral("<s class=\"del\">morning</s>")));
        QVERIFY(r.out.contains(QStringLiteral("<u class=\"ins\">evening</u>")));
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral("</html>")));
    }

    void changelogAndNormativeJsonOfARelease()
    {
        RepoBuilder b;
        b.write(QStringLiteral("spec.md"), AmendmentFixtures::base().toUtf8());
        b.commit(QStringLiteral("v1"), {QStringLiteral("spec.md")});
        b.write(QStringLiteral("spec.md"), AmendmentFixtures::release().toUtf8());
        b.commit(QStringLiteral("v2"), {QStringLiteral("spec.md")});
        const QString file = b.path(QStringLiteral("spec.md"));
        Result r = specc({QStringLiteral("--format"), QStringLiteral("changelog"),
                          QStringLiteral("--from"), QStringLiteral("HEAD~1"),
                          QStringLiteral("--to"), QStringLiteral("HEAD"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("# Release notes (draft): spec.md: HEAD~1 (")));
        QVERIFY(r.out.contains(QStringLiteral("## New sections\n\n- **Quiet hours**")));
        QVERIFY(r.out.contains(QStringLiteral("## Authority changes")));
        QVERIFY(r.out.contains(QStringLiteral("## Obligations strengthened")));
        QVERIFY(r.out.contains(QStringLiteral("## Obligations weakened")));
        QVERIFY(r.out.contains(QStringLiteral("## Examples")));
        QVERIFY(r.out.contains(QStringLiteral("rationale changed")));

        r = specc({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--from"),
                   QStringLiteral("HEAD~1"), file});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject summary = root[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("authorityChanges")].toInt(), 1);
        QCOMPARE(summary[QStringLiteral("obligationsAdded")].toInt(), 2);
        QCOMPARE(summary[QStringLiteral("sectionsMoved")].toInt(), 1);

        r = specc({QStringLiteral("--from"), QStringLiteral("HEAD~1"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("authority: platform \u2192 root")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("moved: be_approachable -> appropriate_style")));
        QVERIFY(r.out.contains(QStringLiteral("formatting-only record_keeping")));
    }

    void errorsExitWithTwo()
    {
        Repo repo;
        Result r = specc({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("usage")));
        r = specc({QStringLiteral("--format"), QStringLiteral("pdf"), repo.file()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("pdf")));
        r = specc({QStringLiteral("--from"), QStringLiteral("no-such-rev"), repo.file()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no-such-rev")));
        QTemporaryDir outside;
        QFile f(outside.filePath(QStringLiteral("spec.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SpecVersions::v1());
        f.close();
        r = specc({f.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not inside a git repository")));
        RepoBuilder empty;
        empty.write(QStringLiteral("spec.md"), SpecVersions::v1());
        r = specc({empty.path(QStringLiteral("spec.md"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no commits")));
        r = specc({repo.b.path(QStringLiteral("missing.md"))});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSpeccDiff)
#include "tst_specc_diff.moc"
