// Fingerprints follow a finding when unrelated text moves: a paragraph inserted above it in
// the same section, a section inserted before it, lines re-wrapped; they change when the
// finding's own text or section changes, and equal findings are numbered apart.
#include "finding_fingerprint.h"
#include "lint_engine.h"

#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

// Fingerprint per "rule | message" of every finding of the text.
QMultiMap<QString, QString> fingerprints(const QString &text, QList<int> *lines = nullptr)
{
    const SpecDocument::Ptr doc = SpecDocument::parse(text, u"/specs/spec.md"_s);
    const LintEngine engine;
    QList<ReportResult> results;
    for (const Diagnostic &d : engine.lint(*doc)) {
        ReportResult r;
        r.ruleId = d.ruleId;
        r.severity = d.severity;
        r.message = d.message;
        r.path = u"spec.md"_s;
        r.range = d.range;
        results.append(r);
        if (lines)
            lines->append(d.range.startLine);
    }
    FindingFingerprint::assign(results, [&doc](const QString &) { return doc; });
    QMultiMap<QString, QString> out;
    for (const ReportResult &r : results)
        out.insert(r.ruleId + u" | " + r.message, r.fingerprint);
    return out;
}

const QString base = u"# Shop {#shop}\n\n"
                     "The shop sells books.\n\n"
                     "## Answers {#answers}\n\n"
                     "The assistant must answer in a reasonable time. See [the rules](#nope).\n"_s;

} // namespace

class TestFindingFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableWhenParagraphInsertedAbove();
    void stableWhenSectionInsertedBefore();
    void stableWhenRewrapped();
    void changesWithTheFindingsText();
    void equalFindingsNumbered();
    void normalisedSpan();
};

void TestFindingFingerprint::stableWhenParagraphInsertedAbove()
{
    QList<int> beforeLines;
    const auto before = fingerprints(base, &beforeLines);
    QVERIFY2(before.size() >= 2, "the fixture must produce findings");
    QVERIFY(before.keys().join(u'\n').contains(u"references/broken"_s));
    QString amended = base;
    amended.replace(u"## Answers {#answers}\n\n"_s,
                    u"## Answers {#answers}\n\nAnswers come from the catalogue only.\n\n"
                    "Staff review them weekly.\n\n"_s);
    QList<int> afterLines;
    const auto after = fingerprints(amended, &afterLines);
    QVERIFY(beforeLines != afterLines); // the findings did move
    QCOMPARE(after, before);
}

void TestFindingFingerprint::stableWhenSectionInsertedBefore()
{
    QString amended = base;
    amended.replace(u"## Answers"_s,
                    u"## Stock {#stock}\n\nEvery title is listed.\n\n## Answers"_s);
    QCOMPARE(fingerprints(amended), fingerprints(base));
}

void TestFindingFingerprint::stableWhenRewrapped()
{
    QString amended = base;
    amended.replace(u"answer in a reasonable"_s, u"answer in a\n  reasonable"_s);
    const auto before = fingerprints(base);
    const auto after = fingerprints(amended);
    // The vague term's own span does not contain the changed whitespace; the broken link's
    // span neither: both keep their fingerprints.
    QCOMPARE(after, before);
}

void TestFindingFingerprint::changesWithTheFindingsText()
{
    QString amended = base;
    amended.replace(u"(#nope)"_s, u"(#nowhere)"_s);
    const auto before = fingerprints(base);
    const auto after = fingerprints(amended);
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.values().contains(it.value()))
            changed.append(it.key());
    QCOMPARE(changed.size(), 1);
    QVERIFY2(changed.first().startsWith(u"references/broken"_s), qPrintable(changed.first()));

    // Moved into another section: a different finding as far as code scanning is concerned.
    QString moved = base;
    moved.replace(u"## Answers {#answers}"_s, u"## Replies {#replies}"_s);
    QVERIFY(fingerprints(moved) != before);
}

void TestFindingFingerprint::equalFindingsNumbered()
{
    const QString text = u"# Twice {#twice}\n\nSee [a](#gone).\n\nSee [a](#gone).\n"_s;
    QStringList prints;
    const auto all = fingerprints(text);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.key().startsWith(u"references/broken"_s))
            prints.append(it.value());
    QCOMPARE(prints.size(), 2);
    QVERIFY(prints.at(0) != prints.at(1));
    QCOMPARE(prints.at(0).section(u':', 0, 0), prints.at(1).section(u':', 0, 0));
    QStringList suffixes{prints.at(0).section(u':', 1), prints.at(1).section(u':', 1)};
    suffixes.sort();
    QCOMPARE(suffixes, QStringList({u"1"_s, u"2"_s}));
}

void TestFindingFingerprint::normalisedSpan()
{
    const SpecDocument::Ptr doc = SpecDocument::parse(u"# T\n\nword  one\n\ttwo\n"_s);
    SourceRange r = doc->source().rangeFromOffsets(5, 19);
    QCOMPARE(FindingFingerprint::normalisedSpan(*doc, r), u"word one two"_s);
    r.startOffset = r.endOffset = -1; // a line-only range reads its line
    QCOMPARE(FindingFingerprint::normalisedSpan(*doc, r), u"word one"_s);
}

QTEST_GUILESS_MAIN(TestFindingFingerprint)
#include "tst_finding_fingerprint.moc"
