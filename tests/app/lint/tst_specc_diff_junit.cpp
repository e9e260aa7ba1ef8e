// `specc diff --format junit` as a real process on a real libgit2 repository: the JUnit XML
// reads back with QXmlStreamReader, one case per section, changes recorded, exit 0.
#include "../../model/git/repo_builder.h"
#include "test_support.h"

#include <QTest>
#include <QXmlStreamReader>

class TestSpeccDiffJunit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void junitOfAnAmendment();
};

void TestSpeccDiffJunit::junitOfAnAmendment()
{
    Specwright::RepoBuilder repo;
    repo.write(QStringLiteral("spec.md"),
               "# Shop {#shop}\n\nBooks.\n\n## Answers {#answers}\n\nThe assistant may answer.\n");
    repo.commit(QStringLiteral("v1"), {QStringLiteral("spec.md")});
    repo.write(QStringLiteral("spec.md"),
               "# Shop {#shop}\n\nBooks.\n\n## Answers {#answers}\n\nThe assistant must answer "
               "at once.\n\n## Returns {#returns}\n\nWithin 30 days.\n");
    const TestSupport::ProcessResult r =
        TestSupport::run(QStringLiteral(SPECC_PATH),
                         {QStringLiteral("diff"), QStringLiteral("--format"),
                          QStringLiteral("junit"), QStringLiteral("spec.md")},
                         repo.path());
    QCOMPARE(r.code, 0);
    QXmlStreamReader reader(r.out);
    QStringList cases;
    QStringList outs;
    int tests = -1;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"testsuites")
            tests = reader.attributes().value(u"tests").toInt();
        else if (reader.name() == u"testcase")
            cases.append(reader.attributes().value(u"name").toString());
        else if (reader.name() == u"system-out")
            outs.append(reader.readElementText());
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + u'\n' + r.out));
    QCOMPARE(tests, 3);
    QCOMPARE(cases, QStringList({QStringLiteral("shop: Shop"), QStringLiteral("answers: Answers"),
                                 QStringLiteral("returns: Returns")}));
    QCOMPARE(outs.size(), 2);
    QVERIFY2(outs.at(0).startsWith(QStringLiteral("modified")), qPrintable(outs.at(0)));
    QCOMPARE(outs.at(1), QStringLiteral("added"));

    QCOMPARE(TestSupport::run(QStringLiteral(SPECC_PATH),
                              {QStringLiteral("diff"), QStringLiteral("--format=xml"),
                               QStringLiteral("spec.md")},
                              repo.path())
                 .code,
             2);
}

QTEST_GUILESS_MAIN(TestSpeccDiffJunit)
#include "tst_specc_diff_junit.moc"
