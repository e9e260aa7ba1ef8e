// Section-aware diff: every classification, word changes that snap to whole words, examples
// compared as examples, and the JSON/HTML writers.
#include "../git/spec_versions.h"
#include "diff_html_writer.h"
#include "diff_json.h"
#include "section_diff.h"
#include "word_diff.h"

#include <QJsonArray>
#include <QTest>

using namespace Specwright;

namespace {

const SectionChange *find(const DiffResult &r, const QString &id)
{
    for (const SectionChange &s : r.sections)
        if (s.newId == id || (s.newId.isEmpty() && s.oldId == id))
            return &s;
    return nullptr;
}

QString joined(const QList<DiffSegment> &segments, DiffSegment::Kind kind)
{
    QStringList parts;
    for (const DiffSegment &s : segments)
        if (s.kind == kind)
            parts.append(s.text);
    return parts.join(u'|');
}

} // namespace

class TestSectionDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalTextsAreUnchanged()
    {
        const QString t = QString::fromUtf8(SpecVersions::v1());
        const DiffResult r = SectionDiff::compute(t, t);
        QCOMPARE(r.sections.size(), 4);
        QCOMPARE(r.count(SectionStatus::Unchanged), 4);
        QVERIFY(r.isEmpty());
    }

    void everyClassification()
    {
        const QString before = QStringLiteral(
            "# Top {#top}\n\nIntro.\n\n"
            "## Keep {#keep}\n\nThis stays exactly as it is.\n\n"
            "## Edit {#edit}\n\nThe assistant must answer in plain words.\n\n"
            "## Old name {#old_name}\n\nA rule whose title will change.\n\n"
            "## Retitled id {#first_id}\n\nA rule whose id will change, nothing else.\n\n"
            "## Goes away {#gone}\n\nThis section is removed entirely.\n\n"
            "## Mover {#mover}\n\nThis section will move up.\n\n"
            "## Anchor {#anchor}\n\nAnchor text.\n\n"
            "## Plain heading\n\nNo explicit id here; the body will change a lot to something else "
            "entirely.\n");
        const QString after = QStringLiteral(
            "# Top {#top}\n\nIntro.\n\n"
            "## Mover {#mover}\n\nThis section will move up.\n\n"
            "## Keep {#keep}\n\nThis stays exactly as it is.\n\n"
            "## Edit {#edit}\n\nThe assistant must answer in simple words.\n\n"
            "## New name {#old_name}\n\nA rule whose title will change.\n\n"
            "## Retitled id {#second_id}\n\nA rule whose id will change, nothing else.\n\n"
            "## Brand new {#fresh}\n\nAdded in this amendment.\n\n"
            "## Anchor {#anchor}\n\nAnchor text.\n\n"
            "## Plain heading\n\nCompletely different content now.\n");
        const DiffResult r = SectionDiff::compute(before, after);
        QCOMPARE(find(r, QStringLiteral("top"))->status, SectionStatus::Unchanged);
        QCOMPARE(find(r, QStringLiteral("keep"))->status, SectionStatus::Unchanged);
        QCOMPARE(find(r, QStringLiteral("edit"))->status, SectionStatus::Modified);
        QCOMPARE(find(r, QStringLiteral("old_name"))->status, SectionStatus::Renamed);
        QCOMPARE(find(r, QStringLiteral("old_name"))->oldTitle, QStringLiteral("Old name"));
        const SectionChange *retitled = find(r, QStringLiteral("second_id"));
        QVERIFY(retitled);
        QCOMPARE(retitled->status, SectionStatus::Renamed);
        QCOMPARE(retitled->oldId, QStringLiteral("first_id"));
        QCOMPARE(retitled->matchedBy, SectionMatch::HeadingPath);
        QCOMPARE(find(r, QStringLiteral("gone"))->status, SectionStatus::Removed);
        QCOMPARE(find(r, QStringLiteral("fresh"))->status, SectionStatus::Added);
        // Same parent, other place among the siblings: reordered, not moved.
        QCOMPARE(find(r, QStringLiteral("mover"))->status, SectionStatus::Reordered);
        QVERIFY(find(r, QStringLiteral("mover"))->reordered);
        QVERIFY(!find(r, QStringLiteral("mover"))->moved);
        QCOMPARE(find(r, QStringLiteral("anchor"))->status, SectionStatus::Unchanged);
        QCOMPARE(find(r, QStringLiteral("plain-heading"))->status, SectionStatus::Modified);
        QCOMPARE(find(r, QStringLiteral("plain-heading"))->matchedBy, SectionMatch::HeadingPath);
        // Removed sections stay next to where they were.
        int gone = -1, fresh = -1;
        for (int i = 0; i < r.sections.size(); ++i) {
            if (r.sections[i].oldId == u"gone")
                gone = i;
            if (r.sections[i].newId == u"fresh")
                fresh = i;
        }
        QVERIFY(gone > 0 && fresh > 0 && qAbs(gone - fresh) == 1);
        const QStringList changed = r.changedSectionIds();
        QVERIFY(changed.contains(QStringLiteral("edit")));
        QVERIFY(changed.contains(QStringLiteral("gone")));
        QVERIFY(!changed.contains(QStringLiteral("keep")));
    }

    void similarityMatchesARetitledSectionWithoutIds()
    {
        const QString before = QStringLiteral("# Doc\n\n## Colour of the sky\n\nThe sky is blue on "
                                              "a clear day and grey when it rains a lot.\n");
        const QString after = QStringLiteral("# Doc\n\n## Sky colour\n\nThe sky is blue on a clear "
                                             "day and grey when it rains a lot.\n");
        const DiffResult r = SectionDiff::compute(before, after);
        QCOMPARE(r.sections.size(), 2);
        QCOMPARE(r.sections[1].matchedBy, SectionMatch::Similarity);
        QCOMPARE(r.sections[1].status, SectionStatus::Renamed);
        QCOMPARE(r.sections[1].oldId, QStringLiteral("colour-of-the-sky"));
    }

    void wordChangesSnapToWholeWords()
    {
        QList<DiffSegment> w =
            WordDiff::compute(u"The assistant must water the tomatoes every morning.",
                              u"The assistant must water the tomatoes every evening.");
        QCOMPARE(joined(w, DiffSegment::Deleted), QStringLiteral("morning"));
        QCOMPARE(joined(w, DiffSegment::Inserted), QStringLiteral("evening"));
        // A shared letter run never splits a word.
        w = WordDiff::compute(u"unsafe behaviour", u"safe behaviour");
        QCOMPARE(joined(w, DiffSegment::Deleted), QStringLiteral("unsafe"));
        QCOMPARE(joined(w, DiffSegment::Inserted), QStringLiteral("safe"));
        // Changes separated only by a space merge into one readable change.
        w = WordDiff::compute(u"keep red green blue end", u"keep cyan magenta yellow end");
        QCOMPARE(joined(w, DiffSegment::Deleted), QStringLiteral("red green blue"));
        QCOMPARE(joined(w, DiffSegment::Inserted), QStringLiteral("cyan magenta yellow"));
        QCOMPARE(WordDiff::wordCount(w, DiffSegment::Inserted), 3);
        // Reassembling the equal + inserted parts gives the new text back.
        QString rebuilt;
        for (const DiffSegment &s : w)
            if (s.kind != DiffSegment::Deleted)
                rebuilt += s.text;
        QCOMPARE(rebuilt, QStringLiteral("keep cyan magenta yellow end"));
    }

    void blockAndWordDiffInsideAModifiedSection()
    {
        const DiffResult r = SectionDiff::compute(QString::fromUtf8(SpecVersions::v1()),
                                                  QString::fromUtf8(SpecVersions::v2()));
        const SectionChange *alpha = find(r, QStringLiteral("alpha"));
        QVERIFY(alpha);
        QCOMPARE(alpha->status, SectionStatus::Modified);
        QCOMPARE(alpha->wordsAdded, 3); // "evening" + the two swapped labels
        QVERIFY(alpha->wordsRemoved >= 1);
        const BlockChange *prose = nullptr;
        for (const BlockChange &b : alpha->blocks)
            if (b.kind == BlockChange::Modified && b.blockKind == BlockKind::Paragraph)
                prose = &b;
        QVERIFY(prose);
        QCOMPARE(joined(prose->words, DiffSegment::Deleted), QStringLiteral("morning"));
        QCOMPARE(joined(prose->words, DiffSegment::Inserted), QStringLiteral("evening"));
        QCOMPARE(find(r, QStringLiteral("beta"))->status, SectionStatus::Unchanged);
    }

    void examplesComparedAsExamples()
    {
        DiffResult r = SectionDiff::compute(QString::fromUtf8(SpecVersions::v1()),
                                            QString::fromUtf8(SpecVersions::v2()));
        const SectionChange *alpha = find(r, QStringLiteral("alpha"));
        // Both answers kept their text and swapped labels: two flips, one per answer.
        QCOMPARE(alpha->examples.size(), 2);
        QCOMPARE(alpha->examples[0].kind, ExampleChange::LabelFlipped);
        QCOMPARE(alpha->examples[0].title, QStringLiteral("watering question"));
        QCOMPARE(alpha->examples[0].detail,
                 QStringLiteral("GOOD \u2192 BAD: Yes, in the morning."));
        QCOMPARE(alpha->examples[1].kind, ExampleChange::LabelFlipped);
        QCOMPARE(alpha->examples[1].detail, QStringLiteral("BAD \u2192 GOOD: Never water."));

        const QString base = QStringLiteral("# D {#d}\n\nText.\n\n");
        const QString ex =
            QStringLiteral("**Example**: %1\n\n~~~xml\n<user>\n%2\n</user>\n<assistant> <!-- GOOD "
                           "-->\nFine.\n</assistant>\n~~~\n\n");
        r = SectionDiff::compute(
            base + ex.arg(QStringLiteral("first"), QStringLiteral("Hi")),
            base + ex.arg(QStringLiteral("first"), QStringLiteral("Hello there")) +
                ex.arg(QStringLiteral("second"), QStringLiteral("Yo")));
        QCOMPARE(r.sections[0].examples.size(), 2);
        QCOMPARE(r.sections[0].examples[0].kind, ExampleChange::Modified);
        QCOMPARE(r.sections[0].examples[1].kind, ExampleChange::Added);
        QCOMPARE(r.sections[0].examples[1].title, QStringLiteral("second"));
        r = SectionDiff::compute(base + ex.arg(QStringLiteral("first"), QStringLiteral("Hi")),
                                 base);
        QCOMPARE(r.sections[0].examples.size(), 1);
        QCOMPARE(r.sections[0].examples[0].kind, ExampleChange::Removed);
    }

    void reorderedSectionFromHistory()
    {
        // Gamma goes before beta under the same parent: reordered, not moved.
        const DiffResult r = SectionDiff::compute(QString::fromUtf8(SpecVersions::v2()),
                                                  QString::fromUtf8(SpecVersions::v3()));
        QCOMPARE(r.count(SectionStatus::Moved), 0);
        QCOMPARE(r.count(SectionStatus::Reordered), 1);
        QVERIFY(find(r, QStringLiteral("gamma"))->reordered);
        QCOMPARE(r.count(SectionStatus::Modified), 0);
        QCOMPARE(r.count(SectionStatus::Unchanged), 3);
    }

    void emptyAndBrokenInput()
    {
        DiffResult r = SectionDiff::compute(QString(), QString::fromUtf8(SpecVersions::v1()));
        QCOMPARE(r.count(SectionStatus::Added), 4);
        r = SectionDiff::compute(QString::fromUtf8(SpecVersions::v1()), QString());
        QCOMPARE(r.count(SectionStatus::Removed), 4);
        r = SectionDiff::compute(QStringLiteral("# A\n\n~~~\nunterminated \uFFFD\n"),
                                 QStringLiteral("# A\n\n~~~\nunterminated fixed\n"));
        QCOMPARE(r.count(SectionStatus::Modified), 1);
    }

    void jsonAndHtml()
    {
        const DiffResult r = SectionDiff::compute(QString::fromUtf8(SpecVersions::v1()),
                                                  QString::fromUtf8(SpecVersions::v2()));
        const QJsonObject json = DiffJson::toJson(r);
        QCOMPARE(json[QStringLiteral("statuses")].toObject()[QStringLiteral("modified")].toInt(),
                 1);
        QCOMPARE(
            json[QStringLiteral("summary")].toObject()[QStringLiteral("examplesChanged")].toInt(),
            1);
        const QJsonArray sections = json[QStringLiteral("sections")].toArray();
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections[0].toObject()[QStringLiteral("newId")].toString(),
                 QStringLiteral("alpha"));
        QCOMPARE(sections[0]
                     .toObject()[QStringLiteral("examples")]
                     .toArray()[0]
                     .toObject()[QStringLiteral("kind")]
                     .toString(),
                 QStringLiteral("label-flipped"));

        const QString html = DiffHtmlWriter::rendered(r, {});
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<s class=\"del\">morning</s>")));
        QVERIFY(html.contains(QStringLiteral("<u class=\"ins\">evening</u>")));
        QVERIFY(html.contains(QStringLiteral("example label flipped: watering question")));
        const QString sbs = DiffHtmlWriter::sideBySide(r, {});
        QVERIFY(sbs.contains(QStringLiteral("<span class=\"del\">morning</span>")));
        QVERIFY(sbs.contains(QStringLiteral("<span class=\"ins\">evening</span>")));

        // A changed link target gets a tooltip with the old one.
        const DiffResult links =
            SectionDiff::compute(QStringLiteral("# A {#a}\n\nSee [the rule](#old_rule) here.\n"),
                                 QStringLiteral("# A {#a}\n\nSee [the rule](#new_rule) here.\n"));
        const QString linkHtml = DiffHtmlWriter::rendered(links, {});
        QVERIFY(linkHtml.contains(QStringLiteral("title=\"Link target changed; was #old_rule\"")));
    }

    void renderedDiffShowsExamplesAndCommentaryAsInThePreview()
    {
        const QString spec = QStringLiteral(
            "# A {#a}\n\n!!! meta \"Commentary\"\n    Why the rule exists.\n\nThe rule.\n\n"
            "**Example**: asks\n\n~~~xml\n<user>\nHi\n</user>\n<assistant> <!-- GOOD -->\n"
            "Hello\n</assistant>\n~~~\n");
        const DiffResult r = SectionDiff::compute(spec, spec + QStringLiteral("\nMore.\n"));
        const QString html = DiffHtmlWriter::rendered(r, {});
        QVERIFY(html.contains(QStringLiteral("class=\"admonition admonition-meta")));
        QVERIFY(html.contains(QStringLiteral("class=\"example-title\"")));
        QVERIFY(html.contains(QStringLiteral("GOOD")));
        QVERIFY(!html.contains(QStringLiteral("~~~xml")));
    }
};

QTEST_GUILESS_MAIN(TestSectionDiff)
#include "tst_section_diff.moc"
