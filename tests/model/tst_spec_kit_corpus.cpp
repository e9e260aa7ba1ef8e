// The real spec-kit templates (read at run time from the corpus's spec-kit folder, MIT):
// requirement ids, Given/When/Then scenarios and NEEDS CLARIFICATION markers are found as
// statements or markers.
#include "spec_document.h"
#include "test_support.h"

#include <QDir>
#include <QTest>

using namespace Specwright;

class TestSpecKitCorpus : public QObject
{
    Q_OBJECT
private:
    QString m_dir;
    QString corpus(const QString &name) const { return m_dir + u'/' + name; }

private Q_SLOTS:
    void initTestCase()
    {
        SPECWRIGHT_REQUIRE_CORPUS(dir, "spec-kit");
        m_dir = dir;
    }

    void specTemplate()
    {
        const auto doc = SpecDocument::load(corpus(QStringLiteral("spec-template.md")));
        QVERIFY2(!doc->hasProblem(ProblemKind::UnreadableFile), "the corpus is missing");
        QStringList ids;
        int scenarios = 0;
        for (const Statement &s : doc->statements()) {
            if (!s.requirementId.isEmpty())
                ids << s.requirementId;
            if (s.kind == StatementKind::Scenario)
                ++scenarios;
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("FR-001"), QStringLiteral("FR-002"),
                                   QStringLiteral("FR-003"), QStringLiteral("FR-004"),
                                   QStringLiteral("FR-005"), QStringLiteral("FR-006"),
                                   QStringLiteral("FR-007"), QStringLiteral("SC-001"),
                                   QStringLiteral("SC-002"), QStringLiteral("SC-003"),
                                   QStringLiteral("SC-004")}));
        QCOMPARE(scenarios, 4);
        for (const Statement &s : doc->statements()) {
            if (s.requirementId.startsWith(QLatin1String("FR-"))) {
                QCOMPARE(s.modality, Modality::Must);
                QVERIFY(s.upperCaseKeyword);
            }
        }
        int clarifications = 0;
        for (const Marker &m : doc->markers())
            clarifications += m.kind == MarkerKind::NeedsClarification;
        QCOMPARE(clarifications, 2);
        bool featureName = false;
        for (const Marker &m : doc->markers())
            featureName |= m.text == u"[FEATURE NAME]";
        QVERIFY(featureName);
        // headings like "User Scenarios & Testing *(mandatory)*" get GitHub slugs
        QVERIFY(doc->sectionIndexById(QStringLiteral("user-scenarios--testing-mandatory")) >= 0);
    }

    void everyTemplateParses()
    {
        const QDir dir(corpus(QString()));
        const auto files = dir.entryList({QStringLiteral("*.md")});
        QVERIFY(files.size() >= 5);
        for (const QString &f : files) {
            const auto doc = SpecDocument::load(dir.filePath(f));
            QVERIFY2(!doc->sections().isEmpty(), qPrintable(f));
            QVERIFY2(!doc->hasProblem(ProblemKind::InvalidUtf8), qPrintable(f));
        }
    }

    void tasksTemplateHasTaskIds()
    {
        const auto doc = SpecDocument::load(corpus(QStringLiteral("tasks-template.md")));
        QVERIFY(doc->sections().size() > 5);
        QVERIFY(!doc->markers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpecKitCorpus)
#include "tst_spec_kit_corpus.moc"
