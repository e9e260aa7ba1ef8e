// SectionMover: a section's whole text moves verbatim next to a section of the same level.
#include "section_mover.h"

#include <QTest>

using namespace Specwright;

namespace {

QString apply(const QString &text, const TextEdit &edit)
{
    QString out = text;
    out.replace(edit.startOffset, edit.endOffset - edit.startOffset, edit.newText);
    return out;
}

QStringList ids(const QString &text)
{
    QStringList out;
    const SpecDocument::Ptr doc = SpecDocument::parse(text); // alive through the loop
    for (const Section &s : doc->sections())
        out.append(s.id);
    return out;
}

const QString kSpec = QStringLiteral("# Spec {#spec}\n\nIntro, see [?](#c).\n\n"
                                     "## A {#a authority=root}\n\nThe system must a.\n\n"
                                     "### A1 {#a1}\n\nDetail.\n\n"
                                     "## B {#b}\n\nThe system must b, unlike [?](#a1).\n\n"
                                     "## C {#c}\n\nLast.");

} // namespace

class TestSectionMover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void movesASectionWithItsSubsectionsAfterAnother()
    {
        const auto doc = SpecDocument::parse(kSpec);
        const int a = doc->sectionIndexById(QStringLiteral("a"));
        const int b = doc->sectionIndexById(QStringLiteral("b"));
        const auto move = SectionMover::move(*doc, a, b, SectionMover::Placement::After);
        QVERIFY(move);
        const QString moved = apply(kSpec, move->edit);
        QCOMPARE(ids(moved),
                 (QStringList{QStringLiteral("spec"), QStringLiteral("b"), QStringLiteral("a"),
                              QStringLiteral("a1"), QStringLiteral("c")}));
        QCOMPARE(moved.mid(move->headingOffset, 4), QStringLiteral("## A"));
        // Nothing is lost or invented: the same lines, in another order.
        QStringList before = kSpec.split(u'\n'), after = moved.split(u'\n');
        before.sort();
        after.sort();
        QCOMPARE(after, before);
        // Ids, attributes and references are intact.
        const auto reparsed = SpecDocument::parse(moved);
        QCOMPARE(reparsed->sections()
                     .at(reparsed->sectionIndexById(QStringLiteral("a")))
                     .attribute(QStringLiteral("authority")),
                 QStringLiteral("root"));
        for (const Reference &r : reparsed->references())
            QCOMPARE(r.state, ResolutionState::Resolved);
    }

    void movesTheLastSectionWithoutLineBreakBeforeTheFirst()
    {
        const auto doc = SpecDocument::parse(kSpec);
        const int a = doc->sectionIndexById(QStringLiteral("a"));
        const int c = doc->sectionIndexById(QStringLiteral("c"));
        const auto move = SectionMover::move(*doc, c, a, SectionMover::Placement::Before);
        QVERIFY(move);
        const QString moved = apply(kSpec, move->edit);
        QCOMPARE(ids(moved),
                 (QStringList{QStringLiteral("spec"), QStringLiteral("c"), QStringLiteral("a"),
                              QStringLiteral("a1"), QStringLiteral("b")}));
        // A blank line now separates the moved text from the heading after it.
        QVERIFY(moved.contains(QStringLiteral("## C {#c}\n\nLast.\n\n## A")));
        QVERIFY(!moved.endsWith(u'\n')); // the file still ends as it did
        // And back after B: the original text again.
        const auto back = SpecDocument::parse(moved);
        const auto again = SectionMover::move(*back, back->sectionIndexById(QStringLiteral("c")),
                                              back->sectionIndexById(QStringLiteral("b")),
                                              SectionMover::Placement::After);
        QVERIFY(again);
        const QString back2 = apply(moved, again->edit);
        QCOMPARE(ids(back2), ids(kSpec));
        QCOMPARE(QString(back2).remove(u'\n'), QString(kSpec).remove(u'\n'));
    }

    void refusesMovesThatWouldChangeTheTree()
    {
        const auto doc = SpecDocument::parse(kSpec);
        const int spec = doc->sectionIndexById(QStringLiteral("spec"));
        const int a = doc->sectionIndexById(QStringLiteral("a"));
        const int a1 = doc->sectionIndexById(QStringLiteral("a1"));
        const int b = doc->sectionIndexById(QStringLiteral("b"));
        QVERIFY(!SectionMover::move(*doc, a1, b, SectionMover::Placement::After));   // levels
        QVERIFY(!SectionMover::move(*doc, spec, a, SectionMover::Placement::After)); // inside
        QVERIFY(!SectionMover::move(*doc, a, b, SectionMover::Placement::Before));   // no change
        QVERIFY(!SectionMover::move(*doc, a, a, SectionMover::Placement::After));
        QVERIFY(!SectionMover::move(*doc, a, 99, SectionMover::Placement::After));
    }

    void siblings()
    {
        const auto doc = SpecDocument::parse(kSpec);
        const int a = doc->sectionIndexById(QStringLiteral("a"));
        const int b = doc->sectionIndexById(QStringLiteral("b"));
        const int c = doc->sectionIndexById(QStringLiteral("c"));
        QCOMPARE(SectionMover::sibling(*doc, b, -1), a);
        QCOMPARE(SectionMover::sibling(*doc, b, 1), c);
        QCOMPARE(SectionMover::sibling(*doc, c, 1), -1);
        QCOMPARE(SectionMover::sibling(*doc, doc->sectionIndexById(QStringLiteral("a1")), -1), -1);
    }
};

QTEST_GUILESS_MAIN(TestSectionMover)
#include "tst_section_mover.moc"
