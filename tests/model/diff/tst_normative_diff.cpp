// The normative diff: attribute (authority) changes, re-parenting, statement classification
// (strengthened, weakened, negated, added, reworded), formatting-only changes, example answer
// changes, summary counts from the same flags, the changelog draft, the JSON and the HTML page
// (read back as XHTML), and a bounded large rewrite.
#include "amendment_fixtures.h"
#include "changelog_writer.h"
#include "diff_html_writer.h"
#include "diff_json.h"
#include "diff_summary.h"
#include "section_diff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Specwright;
namespace F = Specwright::AmendmentFixtures;

namespace {

const SectionChange *find(const DiffResult &r, const QString &id)
{
    for (const SectionChange &s : r.sections)
        if (s.newId == id || (s.newId.isEmpty() && s.oldId == id))
            return &s;
    return nullptr;
}

int countStatus(const DiffResult &r, SectionStatus status)
{
    return r.count(status);
}

} // namespace

class TestNormativeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorityChangeOnlyIsAModification()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::authorityOnly());
        const SectionChange *s = find(r, QStringLiteral("chain_of_command"));
        QVERIFY(s);
        QCOMPARE(s->status, SectionStatus::Modified);
        QVERIFY(s->contentChanged);
        QCOMPARE(s->attributes.size(), 1);
        QCOMPARE(s->attributes[0],
                 (AttributeChange{QStringLiteral("authority"), QStringLiteral("platform"),
                                  QStringLiteral("root")}));
        QVERIFY(s->statements.isEmpty());
        QVERIFY(!s->moved && !s->renamed);
        const DiffSummary sum = DiffSummary::of(r);
        QCOMPARE(sum.count(DiffSummary::AuthorityChanges), 1);
        QCOMPARE(sum.count(DiffSummary::SectionsModified), 1);
        QCOMPARE(sum.count(DiffSummary::SectionsMoved), 0);
        QCOMPARE(sum.count(DiffSummary::ObligationsAdded), 0);
        QCOMPARE(countStatus(r, SectionStatus::Unchanged), int(r.sections.size()) - 1);
        QVERIFY(DiffHtmlWriter::rendered(r, {}).contains(
            QStringLiteral("authority: platform \u2192 root")));
    }

    void reparentedSectionShowsBothParents()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::reparented());
        const SectionChange *s = find(r, QStringLiteral("plain_words"));
        QVERIFY(s);
        QVERIFY(s->moved);
        QCOMPARE(s->status, SectionStatus::Moved);
        QCOMPARE(s->oldParentId, QStringLiteral("be_approachable"));
        QCOMPARE(s->newParentId, QStringLiteral("appropriate_style"));
        QCOMPARE(s->newParentTitle, QStringLiteral("Use appropriate style"));
        // Nothing whose parent stayed is "moved", though their order around it changed.
        for (const SectionChange &c : r.sections)
            if (c.newId != u"plain_words")
                QVERIFY2(!c.moved && !c.isChange(), qPrintable(c.id()));
        const DiffSummary sum = DiffSummary::of(r);
        QCOMPARE(sum.count(DiffSummary::SectionsMoved), 1);
        QCOMPARE(sum.count(DiffSummary::SectionsModified), 0);
        QCOMPARE(sum.entry(DiffSummary::SectionsMoved).sections.size(), 1);
    }

    void strengthenedWithHeadingLevelChange()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::strengthenedWithLevel());
        const SectionChange *s = find(r, QStringLiteral("morning_rounds"));
        QVERIFY(s);
        QCOMPARE(s->status, SectionStatus::Modified);
        QVERIFY(s->levelChanged);
        QVERIFY(!s->moved);
        QCOMPARE(s->oldLevel, 3);
        QCOMPARE(s->level, 4);
        QCOMPARE(s->statements.size(), 1);
        const StatementChange &st = s->statements[0];
        QCOMPARE(st.kind, StatementChange::Strengthened);
        QCOMPARE(st.oldKeyword, QStringLiteral("SHOULD"));
        QCOMPARE(st.newKeyword, QStringLiteral("MUST"));
        QCOMPARE(st.oldModality, Modality::Should);
        QCOMPARE(st.newModality, Modality::Must);
        const DiffSummary sum = DiffSummary::of(r);
        QCOMPARE(sum.count(DiffSummary::ObligationsStrengthened), 1);
        QCOMPARE(sum.count(DiffSummary::ObligationsWeakened), 0);
        QCOMPARE(sum.count(DiffSummary::SectionsModified), 1);
    }

    void headingLevelAloneIsFormatting()
    {
        const DiffResult r = SectionDiff::compute(
            F::base(), F::replaced(F::base(), QStringLiteral("### Morning rounds"),
                                   QStringLiteral("#### Morning rounds")));
        const SectionChange *s = find(r, QStringLiteral("morning_rounds"));
        QCOMPARE(s->status, SectionStatus::FormattingOnly);
        QVERIFY(!s->contentChanged);
        QCOMPARE(DiffSummary::of(r).count(DiffSummary::SectionsModified), 0);
    }

    void addedMustNot()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::addedMustNot());
        const SectionChange *s = find(r, QStringLiteral("pesticides"));
        QCOMPARE(s->status, SectionStatus::Modified);
        QCOMPARE(s->statements.size(), 1);
        QCOMPARE(s->statements[0].kind, StatementChange::Added);
        QCOMPARE(s->statements[0].newModality, Modality::MustNot);
        QVERIFY(s->statements[0].newText.contains(QStringLiteral("banned product")));
        QCOMPARE(DiffSummary::of(r).count(DiffSummary::ObligationsAdded), 1);
    }

    void weakenedAndNegated()
    {
        const QString weakened = F::replaced(F::base(), QStringLiteral("The assistant must follow"),
                                             QStringLiteral("The assistant may follow"));
        DiffResult r = SectionDiff::compute(F::base(), weakened);
        const SectionChange *s = find(r, QStringLiteral("chain_of_command"));
        QCOMPARE(s->statements.size(), 1);
        QCOMPARE(s->statements[0].kind, StatementChange::Weakened);
        QCOMPARE(DiffSummary::of(r).count(DiffSummary::ObligationsWeakened), 1);

        const QString negated = F::replaced(F::base(), QStringLiteral("The assistant must follow"),
                                            QStringLiteral("The assistant must not follow"));
        r = SectionDiff::compute(F::base(), negated);
        s = find(r, QStringLiteral("chain_of_command"));
        QCOMPARE(s->statements.size(), 1);
        QCOMPARE(s->statements[0].kind, StatementChange::Negated);
        QCOMPARE(s->statements[0].newModality, Modality::MustNot);
    }

    void pureReflowIsFormattingOnly()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::pureReflow());
        const SectionChange *s = find(r, QStringLiteral("record_keeping"));
        QCOMPARE(s->status, SectionStatus::FormattingOnly);
        QVERIFY(s->formattingOnly);
        QVERIFY(s->statements.isEmpty());
        QCOMPARE(s->wordsAdded, 0);
        const DiffSummary sum = DiffSummary::of(r);
        QCOMPARE(sum.count(DiffSummary::SectionsModified), 0);
        QCOMPARE(sum.count(DiffSummary::SectionsFormattingOnly), 1);
        QVERIFY(!r.sections.isEmpty());
        // Formatting alone is not a meaningful change for the summary's first lines.
        QVERIFY(!s->isMeaningfulChange());
    }

    void markupOnlyEditBesideARealChange()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::markupBesideRealChange());
        QCOMPARE(find(r, QStringLiteral("glossary"))->status, SectionStatus::FormattingOnly);
        const SectionChange *s = find(r, QStringLiteral("be_approachable"));
        QCOMPARE(s->status, SectionStatus::Modified);
        QCOMPARE(s->statements.size(), 1);
        QCOMPARE(s->statements[0].kind, StatementChange::Reworded);
        const DiffSummary sum = DiffSummary::of(r);
        QCOMPARE(sum.count(DiffSummary::SectionsModified), 1);
        QCOMPARE(sum.count(DiffSummary::SectionsFormattingOnly), 1);
        QCOMPARE(sum.count(DiffSummary::ObligationsReworded), 1);
    }

    void labelFlipAndRationale()
    {
        DiffResult r = SectionDiff::compute(F::base(), F::labelFlip());
        const SectionChange *s = find(r, QStringLiteral("pesticides"));
        QCOMPARE(s->status, SectionStatus::Modified);
        QCOMPARE(s->examples.size(), 1);
        QCOMPARE(s->examples[0].kind, ExampleChange::LabelFlipped);
        QVERIFY(s->examples[0].detail.startsWith(QStringLiteral("GOOD \u2192 BAD")));
        QCOMPARE(DiffSummary::of(r).count(DiffSummary::ExamplesChanged), 1);

        r = SectionDiff::compute(F::base(),
                                 F::replaced(F::base(), QStringLiteral("recommends a banned"),
                                             QStringLiteral("names a banned")));
        s = find(r, QStringLiteral("pesticides"));
        QCOMPARE(s->examples.size(), 1);
        QCOMPARE(s->examples[0].kind, ExampleChange::RationaleChanged);
    }

    void summaryCountsAgreeWithFlags()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::release());
        const DiffSummary sum = DiffSummary::of(r);
        int renamed = 0, moved = 0, modified = 0;
        for (const SectionChange &s : r.sections) {
            renamed += s.renamed;
            moved += s.moved;
            modified += s.status == SectionStatus::Modified;
        }
        QCOMPARE(sum.count(DiffSummary::SectionsRenamed), renamed);
        QCOMPARE(sum.count(DiffSummary::SectionsMoved), moved);
        QCOMPARE(sum.count(DiffSummary::SectionsModified), modified);
        QCOMPARE(sum.count(DiffSummary::SectionsMoved), 1);
        QCOMPARE(sum.count(DiffSummary::SectionsAdded), 1);
        QCOMPARE(sum.count(DiffSummary::AuthorityChanges), 1);
        QCOMPARE(sum.count(DiffSummary::ObligationsStrengthened), 1);
        QCOMPARE(sum.count(DiffSummary::ObligationsWeakened), 1);
        // The MUST NOT in pesticides and the "should not" of the new section.
        QCOMPARE(sum.count(DiffSummary::ObligationsAdded), 2);
        QCOMPARE(sum.count(DiffSummary::ExamplesChanged), 1);
        QCOMPARE(sum.count(DiffSummary::SectionsFormattingOnly), 1);

        const QJsonObject json = DiffJson::toJson(r);
        const QJsonObject counts = json[QStringLiteral("summary")].toObject();
        QCOMPARE(counts[QStringLiteral("authorityChanges")].toInt(), 1);
        QCOMPARE(counts[QStringLiteral("obligationsStrengthened")].toInt(), 1);
        QCOMPARE(counts[QStringLiteral("sectionsMoved")].toInt(), 1);
        bool sawAuthority = false, sawStatement = false;
        for (const QJsonValue &v : json[QStringLiteral("sections")].toArray()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue &a : o[QStringLiteral("attributes")].toArray())
                sawAuthority =
                    sawAuthority || a.toObject()[QStringLiteral("new")].toString() == u"root";
            for (const QJsonValue &st : o[QStringLiteral("statements")].toArray())
                sawStatement = sawStatement ||
                               st.toObject()[QStringLiteral("kind")].toString() == u"strengthened";
            if (o[QStringLiteral("newId")].toString() == u"plain_words")
                QCOMPARE(o[QStringLiteral("newParentId")].toString(),
                         QStringLiteral("appropriate_style"));
        }
        QVERIFY(sawAuthority && sawStatement);
    }

    void changelogDraft()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::release());
        const QString md = ChangelogWriter::markdown(r, QStringLiteral("spec.md: v1 \u2192 v2"));
        QVERIFY(md.startsWith(QStringLiteral("# Release notes (draft): spec.md: v1 \u2192 v2")));
        const qsizetype fresh = md.indexOf(QStringLiteral("## New sections"));
        const qsizetype authority = md.indexOf(QStringLiteral("## Authority changes"));
        const qsizetype strengthened = md.indexOf(QStringLiteral("## Obligations strengthened"));
        const qsizetype examples = md.indexOf(QStringLiteral("## Examples"));
        QVERIFY(fresh > 0 && authority > fresh && strengthened > authority &&
                examples > strengthened);
        QVERIFY(md.contains(QStringLiteral(
            "- **Chain of command** (`chain_of_command`): authority: platform \u2192 root")));
        QVERIFY(md.contains(
            QStringLiteral("- **Morning rounds** (`morning_rounds`): SHOULD \u2192 MUST")));
        QVERIFY(md.contains(QStringLiteral("- **Quiet hours** (`quiet_hours`) with 1 obligation")));
        QVERIFY(md.contains(QStringLiteral("moved from \u201cBe approachable\u201d to \u201cUse "
                                           "appropriate style\u201d")));
        QVERIFY(md.contains(QStringLiteral("## Formatting only\n\n- **Record keeping**")));
        QVERIFY(!md.contains(QStringLiteral("Glossary")));
        // Written out for the report and for a reader of the test log.
        qInfo().noquote() << md;
    }

    void htmlPageIsWellFormedAndStructured()
    {
        const DiffResult r = SectionDiff::compute(F::base(), F::release());
        DiffHtmlWriter::Options options;
        options.title = QStringLiteral("spec.md: v1 \u2192 v2");
        const QString html = DiffHtmlWriter::rendered(r, options);
        // The summary table comes before any section.
        const qsizetype summary = html.indexOf(QStringLiteral("<table class=\"diff-summary\""));
        QVERIFY(summary > 0);
        QVERIFY(summary < html.indexOf(QStringLiteral("id=\"sec-")));
        QXmlStreamReader xml(html);
        QStringList summaryLinks, anchors, detailsIds;
        int details = 0, exampleTables = 0, lists = 0;
        bool inSummary = false;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            const QStringView name = xml.name();
            const QString cls = xml.attributes().value(u"class").toString();
            if (name == u"table" && cls == u"diff-summary")
                inSummary = true;
            if (name == u"a" && inSummary && xml.attributes().hasAttribute(u"href"))
                summaryLinks.append(xml.attributes().value(u"href").toString());
            if (name == u"h1" || name == u"h2" || name == u"h3" || name == u"h4")
                inSummary = false;
            if ((name == u"a" || name.size() == 2) && xml.attributes().hasAttribute(u"id"))
                anchors.append(xml.attributes().value(u"id").toString());
            if (name == u"details")
                ++details;
            if (name == u"table" && cls == u"example")
                ++exampleTables;
            if (name == u"ul" || name == u"ol")
                ++lists;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() +
                                             QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QVERIFY(!summaryLinks.isEmpty());
        for (const QString &link : std::as_const(summaryLinks))
            QVERIFY2(anchors.contains(link.mid(1)), qPrintable(link));
        // Unchanged and formatting-only sections are collapsed.
        int collapsed = 0;
        for (const SectionChange &s : r.sections)
            collapsed += !s.isMeaningfulChange();
        QCOMPARE(details, collapsed);
        QVERIFY(exampleTables >= 1);
        // Rendered as the preview: the [?](#pesticides) link shows its target's title, list
        // items stay one list, no raw Markdown.
        QVERIFY(html.contains(QStringLiteral(">Pesticides</a>")));
        QVERIFY(!html.contains(QStringLiteral("[?]")));
        QVERIFY(!html.contains(QStringLiteral("~~~")));
        static const QRegularExpression oneList(QStringLiteral(
            "<ul[^>]*>\\s*<li[^>]*>Check the trays first.</li>\\s*<li[^>]*>Then the hanging "
            "baskets.</li>\\s*</ul>"));
        QVERIFY(oneList.match(html).hasMatch());
        // The changed keyword is marked inside its sentence.
        QVERIFY(html.contains(QStringLiteral("<s class=\"del\">SHOULD</s>")));
        QVERIFY(html.contains(QStringLiteral("<u class=\"ins\">MUST</u>")));
    }

    void modifiedSectionRendersListsFootnotesAndBreaksAsThePreview()
    {
        const QString before =
            QStringLiteral("# Doc {#doc}\n\n## Rules {#rules authority=system}\n\n"
                           "- First item with a note.[^ab12]\n\n"
                           "  A continuation paragraph of the first item.\n\n"
                           "- Second item.\n\n"
                           "---\n\n"
                           "| Level | Meaning |\n|---|---|\n| root | highest |\n\n"
                           "The assistant should keep it short.\n\n"
                           "[^ab12]: Eval prompts for this rule.\n");
        const QString after = F::replaced(before, QStringLiteral("should keep it short"),
                                          QStringLiteral("must keep it short"));
        const DiffResult r = SectionDiff::compute(before, after);
        const QString html = DiffHtmlWriter::rendered(r, {});
        const QString body = html.mid(html.indexOf(QStringLiteral("id=\"sec-1\"")));
        // One list whose first item holds its continuation paragraph (no code block).
        QVERIFY(!body.contains(QStringLiteral("<pre")));
        static const QRegularExpression item(
            QStringLiteral(
                "<li[^>]*>\\s*<p[^>]*>First item with a note.*</p>\\s*<p[^>]*>A continuation "
                "paragraph of the first item.</p>\\s*</li>\\s*<li"),
            QRegularExpression::DotMatchesEverythingOption);
        QVERIFY(item.match(body).hasMatch());
        QCOMPARE(body.count(QStringLiteral("<ul")), 2); // the list and the change notes
        // The footnote tag is a link to its note, the break a rule, the table a table.
        QVERIFY(!body.contains(QStringLiteral("[^ab12]")));
        QVERIFY(body.contains(QStringLiteral("href=\"#fn-ab12\"")));
        QVERIFY(body.contains(QStringLiteral("<hr")));
        QVERIFY(!body.contains(QStringLiteral("---")));
        QVERIFY(body.contains(QStringLiteral("<td")));
        QVERIFY(body.contains(QStringLiteral("<u class=\"ins\">must</u>")));
    }

    void wordMarksNeverCutARawHtmlTag()
    {
        const QString before =
            QStringLiteral("# Doc {#doc}\n\n| Field | Meaning |\n|---|---|\n"
                           "| <a name=\"security-scheme-object\"></a>schemes | The schemes. |\n");
        const QString after = F::replaced(before, QStringLiteral("security-scheme-object"),
                                          QStringLiteral("components-security-schemes"));
        const QString html = DiffHtmlWriter::rendered(SectionDiff::compute(before, after), {});
        QVERIFY(html.contains(QStringLiteral("<a name=\"components-security-schemes\"></a>")));
        QVERIFY(!html.contains(QStringLiteral("&lt;a name")));
    }

    void modifiedExampleIsAConversationWithWordMarks()
    {
        const QString after = F::replaced(F::base(), QStringLiteral("Ladybirds are a safe"),
                                          QStringLiteral("Ladybirds are a cheap"));
        const DiffResult r = SectionDiff::compute(F::base(), after);
        const QString html = DiffHtmlWriter::rendered(r, {});
        const qsizetype example = html.indexOf(QStringLiteral("<div class=\"example-diff\">"));
        QVERIFY(example > 0);
        const QString part = html.mid(example);
        QVERIFY(part.contains(QStringLiteral("<s class=\"del\">safe</s>")));
        QVERIFY(part.contains(QStringLiteral("<u class=\"ins\">cheap</u>")));
        QVERIFY(part.contains(QStringLiteral("class=\"badge badge-good\"")));
        QVERIFY(!html.contains(QStringLiteral("&lt;assistant&gt;")));
    }

    void retitledExampleIsStillTheSameExample()
    {
        QString after = F::replaced(F::base(), QStringLiteral("**Example**: banned product"),
                                    QStringLiteral("**Example**: asks for a banned product"));
        after = F::replaced(after, QStringLiteral("Ladybirds are a safe"),
                            QStringLiteral("Ladybirds are a cheap"));
        const DiffResult r = SectionDiff::compute(F::base(), after);
        const SectionChange *s = find(r, QStringLiteral("pesticides"));
        QCOMPARE(s->examples.size(), 1);
        QCOMPARE(s->examples[0].kind, ExampleChange::Modified);
        QCOMPARE(s->examples[0].detail, QStringLiteral("retitled from \u201cbanned product\u201d"));
        const QString html = DiffHtmlWriter::rendered(r, {});
        QVERIFY(html.contains(QStringLiteral("<div class=\"example-diff\">")));
        QVERIFY(!html.contains(QStringLiteral("&lt;s class")));
        QVERIFY(!html.contains(QStringLiteral("&lt;u class")));
    }

    void largeRewriteStaysBounded()
    {
        // One section with many rewritten paragraphs: each pairs with its rewrite, and the
        // similarity work is bounded per paragraph (the bench measures the time).
        QString before = QStringLiteral("# Big {#big}\n\n"), after = before;
        constexpr int paragraphs = 600;
        for (int i = 0; i < paragraphs; ++i) {
            before += QStringLiteral("Paragraph %1 says the assistant should water bed %1 with "
                                     "care and patience every day.\n\n")
                          .arg(i);
            after += QStringLiteral("Paragraph %1 says the assistant must water bed %1 with "
                                    "care and patience every single day.\n\n")
                         .arg(i);
        }
        const DiffResult r = SectionDiff::compute(before, after);
        QCOMPARE(r.sections.size(), 1);
        const SectionChange &s = r.sections[0];
        int modified = 0;
        for (const BlockChange &b : s.blocks)
            modified += b.kind == BlockChange::Modified;
        QCOMPARE(modified, paragraphs);
        QCOMPARE(s.statements.size(), paragraphs);
        QCOMPARE(DiffSummary::of(r).count(DiffSummary::ObligationsStrengthened), paragraphs);
    }
};

QTEST_GUILESS_MAIN(TestNormativeDiff)
#include "tst_normative_diff.moc"
