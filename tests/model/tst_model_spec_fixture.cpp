// A Model-Spec-shaped fixture (tests/data/model_spec): heading attributes, [?](#id)
// references, **Example** + ~~~xml comparisons, a backtick fence inside a tilde fence, a
// !!! meta block and footnote tags with example files. Every count is checked.
#include "spec_document.h"

#include <QTest>

using namespace Specwright;

class TestModelSpecFixture : public QObject
{
    Q_OBJECT
private:
    SpecDocument::Ptr m_doc;
    static QString path() { return QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_doc = SpecDocument::load(path());
        QVERIFY(m_doc->problems().isEmpty());
    }

    void sections()
    {
        const auto &s = m_doc->sections();
        QCOMPARE(s.size(), 6);
        QStringList ids;
        for (const Section &sec : s)
            ids << sec.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("garden_spec"), QStringLiteral("definitions"),
                                   QStringLiteral("chain_of_command"),
                                   QStringLiteral("protect_the_grower"),
                                   QStringLiteral("be_accurate"), QStringLiteral("untagged")}));
        QCOMPARE(s.at(2).attribute(QStringLiteral("authority")), QStringLiteral("root"));
        QCOMPARE(s.at(3).attribute(QStringLiteral("authority")), QStringLiteral("system"));
        QCOMPARE(s.at(3).parent, 2);
        QCOMPARE(s.at(3).level, 3);
        QCOMPARE(s.at(4).attribute(QStringLiteral("authority")), QStringLiteral("guideline"));
        QCOMPARE(s.at(5).attribute(QStringLiteral("authority")), QStringLiteral("user"));
        QCOMPARE(s.at(0).children, (QList<int>{1, 2, 4, 5}));
        for (const Section &sec : s)
            QVERIFY2(!sec.title.contains(u'{'), qPrintable(sec.title));
    }

    void examples()
    {
        const auto &ex = m_doc->examples();
        QCOMPARE(ex.size(), 3);
        QCOMPARE(ex.at(0).title, QStringLiteral("developer limits the topic"));
        QCOMPARE(ex.at(0).section, 2);
        QCOMPARE(ex.at(0).turns.size(), 4);
        QCOMPARE(ex.at(0).turns.at(0).role, QStringLiteral("developer"));
        QCOMPARE(ex.at(0).comparisonCount, 1);
        QCOMPARE(ex.at(0).turns.at(2).label, AnswerLabel::Good);
        QCOMPARE(ex.at(0).turns.at(2).rationale,
                 QStringLiteral("declines politely and stays in scope"));
        QCOMPARE(ex.at(0).turns.at(3).violatedSection, QStringLiteral("chain_of_command"));
        QCOMPARE(ex.at(1).section, 3);
        QCOMPARE(ex.at(1).turns.size(), 2);
        QCOMPARE(ex.at(1).turns.at(1).label, AnswerLabel::Bad);
        QCOMPARE(ex.at(1).comparisonCount, 0);
        // the backtick fence inside the tilde fence stays inside the tool turn
        const Example &tool = ex.at(2);
        QCOMPARE(tool.turns.size(), 4);
        QCOMPARE(tool.turns.at(0).role, QStringLiteral("tool"));
        QCOMPARE(tool.turns.at(0).attributes.first().key, QStringLiteral("name"));
        QCOMPARE(tool.turns.at(0).attributes.first().value, QStringLiteral("soil_probe"));
        QVERIFY(tool.turns.at(0).text.startsWith(QStringLiteral("```json")));
        QVERIFY(tool.turns.at(0).text.endsWith(QStringLiteral("```")));
        QCOMPARE(tool.turns.at(3).label, AnswerLabel::Ok);
        QCOMPARE(m_doc->sections().at(3).examples, (QList<int>{1, 2}));
    }

    void statements()
    {
        const auto &st = m_doc->statements();
        QCOMPARE(st.size(), 6); // none from the commentary, the table or the footnotes
        QCOMPARE(st.at(0).modality, Modality::Must);
        QCOMPARE(st.at(1).keyword, QStringLiteral("should never"));
        QCOMPARE(st.at(1).modality, Modality::ShouldNot);
        QVERIFY(st.at(1).negated);
        QCOMPARE(st.at(2).modality, Modality::MustNot);
        QCOMPARE(st.at(3).modality, Modality::Should);
        QCOMPARE(st.at(4).modality, Modality::May);
        QCOMPARE(st.at(5).section, 5);
    }

    void referencesAndFootnotes()
    {
        const auto &refs = m_doc->references();
        QCOMPARE(refs.size(), 4);
        QCOMPARE(refs.at(0).kind, ReferenceKind::QuestionMark);
        QCOMPARE(refs.at(0).resolvedTitle, QStringLiteral("Protect the grower"));
        QCOMPARE(refs.at(1).state, ResolutionState::Resolved);
        QCOMPARE(refs.at(2).kind, ReferenceKind::File);
        QCOMPARE(refs.at(2).state, ResolutionState::Unchecked);
        QCOMPARE(refs.at(3).state, ResolutionState::Unresolved);

        const auto &notes = m_doc->footnotes();
        QCOMPARE(notes.size(), 4);
        int definitions = 0;
        for (const FootnoteTag &f : notes)
            definitions += f.isDefinition ? 1 : 0;
        QCOMPARE(definitions, 2);
        QCOMPARE(notes.at(0).tag, QStringLiteral("pt1a"));
        QVERIFY(notes.at(0).examplesFile.endsWith(QStringLiteral("examples/pt1a.md")));
        QCOMPARE(notes.at(1).tag, QStringLiteral("ac2b"));
        QVERIFY(notes.at(1).examplesFile.isEmpty());
    }

    void commentaryAndBlocks()
    {
        QCOMPARE(m_doc->admonitions().size(), 1);
        QCOMPARE(m_doc->admonitions().first().startLine, 7);
        QCOMPARE(m_doc->admonitions().first().endLine, 9);
        int tables = 0, fences = 0, titles = 0;
        for (const Block &b : m_doc->blocks()) {
            tables += b.kind == BlockKind::Table;
            fences += b.kind == BlockKind::CodeFence;
            titles += b.kind == BlockKind::ExampleTitle;
        }
        QCOMPARE(tables, 1);
        QCOMPARE(fences, 3);
        QCOMPARE(titles, 3);
    }
};

QTEST_GUILESS_MAIN(TestModelSpecFixture)
#include "tst_model_spec_fixture.moc"
