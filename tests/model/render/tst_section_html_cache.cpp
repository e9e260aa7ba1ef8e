// Incremental rendering: SpecHtmlRenderer with a SectionHtmlCache re-writes only the sections an
// edit touched, and its HTML is exactly that of a full render, for edits inside a line, new
// lines that move every later section, heading and footnote changes, link definitions and
// removed sections, on the fixture and on a big generated spec.
#include "section_html_cache.h"
#include "spec_document.h"
#include "spec_html_renderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

QString fixtureText()
{
    QFile f(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Model-Spec-shaped and big: numbered sections with links, examples, a table, a quote, code,
// an admonition and footnote tags, the definitions at the end.
QString bigSpec(int sections)
{
    QString text = u"# Big spec {#big}\n\nEvery rule of the assistant.\n\n"_s;
    for (int i = 1; i <= sections; ++i) {
        text += uR"(## Rule %1 of the assistant {#rule-%1 authority=guideline}

The assistant MUST answer question %1 politely and SHOULD follow [?](#rule-%2)[^t%3].

- A reply must not reveal private data of user %1.
- [ ] check rule %1

> A quote about rule %1.

| key | value |
|-----|-------|
| %1  | ~~old~~ new |

!!! note "Rule %1"
    Admonition body of rule %1.

```python
def rule_%1():
    return %1
```

**Example**: question %1

~~~xml
<user>
What is rule %1?
</user>
<assistant> <!-- GOOD -->
Rule %1 says to be polite[^t%3].
</assistant>
~~~

)"_s.arg(i)
                    .arg(i > 1 ? i - 1 : 1)
                    .arg(i % 7);
    }
    for (int t = 0; t < 7; ++t)
        text += u"[^t%1]: Evaluation prompts for tag %1.\n"_s.arg(t);
    return text;
}

SpecHtmlRenderer::Options previewOptions()
{
    SpecHtmlRenderer::Options options;
    options.embedStyleSheet = false;
    return options;
}

// The text with `before` replaced by `after` at its first occurrence (which must exist).
QString edited(const QString &text, const QString &before, const QString &after)
{
    const qsizetype at = text.indexOf(before);
    if (at < 0)
        return {};
    return text.left(at) + after + text.mid(at + before.size());
}

} // namespace

class TestSectionHtmlCache : public QObject
{
    Q_OBJECT

    // Renders each text in turn with one cached renderer and compares with a full render.
    static void checkSequence(const QStringList &texts)
    {
        SpecHtmlRenderer full(previewOptions());
        SpecHtmlRenderer incremental(previewOptions());
        incremental.setSectionCache(std::make_shared<SectionHtmlCache>());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QVERIFY2(!texts.at(i).isEmpty(), qPrintable(u"edit %1 found nothing"_s.arg(i)));
            const auto doc = SpecDocument::parse(texts.at(i), u"/tmp/spec.md"_s);
            const QString expected = full.render(*doc);
            const QString actual = incremental.render(*doc);
            if (actual != expected) {
                qsizetype at = 0;
                while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
                    ++at;
                qWarning().noquote()
                    << "edit" << i << "differs at" << at
                    << "\nexpected:" << expected.mid(std::max<qsizetype>(0, at - 80), 200)
                    << "\nactual:  " << actual.mid(std::max<qsizetype>(0, at - 80), 200);
            }
            QVERIFY2(actual == expected, qPrintable(u"edit %1"_s.arg(i)));
        }
    }

private Q_SLOTS:
    void oneWordEditRewritesOneSection()
    {
        const QString text = bigSpec(40);
        const QString changed =
            edited(text, u"answer question 17 politely"_s, u"answer question 17 very politely"_s);
        auto cache = std::make_shared<SectionHtmlCache>();
        SpecHtmlRenderer renderer(previewOptions());
        renderer.setSectionCache(cache);
        const QString before = renderer.render(*SpecDocument::parse(text));
        const int groups = cache->reusedSections() + cache->renderedSections();
        QCOMPARE(cache->reusedSections(), 0);
        QCOMPARE(groups, 42); // the title section, 40 rules, the footnotes

        // The edited section, and the footnote definitions, which are always written (the
        // references' HTML reads their labels from them).
        const QString after = renderer.render(*SpecDocument::parse(changed));
        QCOMPARE(cache->renderedSections(), 2);
        QCOMPARE(cache->reusedSections(), groups - 2);
        QVERIFY(after.contains(u"answer question 17 very politely"_s));
        QVERIFY(!before.contains(u"very politely"_s));
        QCOMPARE(after, SpecHtmlRenderer(previewOptions()).render(*SpecDocument::parse(changed)));

        // The same text again: only the footnote definitions are written.
        renderer.render(*SpecDocument::parse(changed));
        QCOMPARE(cache->renderedSections(), 1);
    }

    void editsOfTheFixtureMatchAFullRender()
    {
        const QString base = fixtureText();
        QVERIFY(!base.isEmpty());
        QStringList texts{base};
        texts.append(edited(texts.last(), u"banned where"_s, u"forbidden where"_s));
        texts.append(edited(texts.last(), u"## Be accurate"_s, u"## Be very accurate"_s));
        texts.append(edited(texts.last(), u"\n## Untagged"_s, u"\nA new line.\n\n## Untagged"_s));
        texts.append(edited(texts.last(), u"Eval prompts for rounding."_s, u"Rounding."_s));
        texts.append(edited(texts.last(), u"degrees[^ac2b]"_s, u"degrees[^pt1a]"_s));
        texts.append(edited(texts.last(), u"[watering rules](watering.md#watering)"_s,
                            u"[watering rules][w]\n\n[w]: watering.md#watering"_s));
        texts.append(base);
        checkSequence(texts);
    }

    void editsOfABigSpecMatchAFullRender()
    {
        const QString base = bigSpec(60);
        QStringList texts{base};
        // Inside a line; a new line (every later section moves); a title others show.
        texts.append(edited(texts.last(), u"question 30 politely"_s, u"question 30 kindly"_s));
        texts.append(edited(texts.last(), u"- A reply must not reveal private data of user 12.\n"_s,
                            u"- A reply must not reveal private data of user 12.\n- New.\n"_s));
        texts.append(edited(texts.last(), u"## Rule 9 of the assistant"_s,
                            u"## Rule nine of the assistant"_s));
        // A footnote reference added early renumbers the later ones; a definition changed.
        texts.append(edited(texts.last(), u"Every rule of the assistant."_s,
                            u"Every rule of the assistant[^t6]."_s));
        texts.append(edited(texts.last(), u"Evaluation prompts for tag 3."_s, u"Tag three."_s));
        // An example's answer, code, a fence opened that swallows the rest, then closed again.
        texts.append(edited(texts.last(), u"Rule 44 says to be polite"_s, u"Rule 44: be kind"_s));
        texts.append(edited(texts.last(), u"return 50\n"_s, u"return 50 * 2\n"_s));
        texts.append(edited(texts.last(), u"> A quote about rule 20.\n"_s, u"```\n"_s));
        texts.append(edited(texts.last(), u"```\n"_s, u"> A quote about rule 20.\n"_s));
        // A section removed; a heading level changed.
        const qsizetype from = texts.last().indexOf(u"## Rule 33 "_s);
        const qsizetype to = texts.last().indexOf(u"## Rule 34 "_s);
        texts.append(texts.last().left(from) + texts.last().mid(to));
        texts.append(edited(texts.last(), u"## Rule 40 "_s, u"### Rule 40 "_s));
        texts.append(base);
        checkSequence(texts);
    }

    void themeAndWorkspaceChangesDoNotReuseSections()
    {
        const auto doc = SpecDocument::parse(bigSpec(5));
        auto cache = std::make_shared<SectionHtmlCache>();
        SpecHtmlRenderer::Options options = previewOptions();
        SpecHtmlRenderer renderer(options);
        renderer.setSectionCache(cache);
        renderer.render(*doc);
        options.sourceAnchors = false;
        renderer.setOptions(options);
        const QString html = renderer.render(*doc);
        QCOMPARE(cache->reusedSections(), 0);
        QVERIFY(!html.contains(u"name=\"sl-"_s));
        QCOMPARE(html, SpecHtmlRenderer(options).render(*doc));
    }

    void sectionsAreTheWholeRenderAndKeepNoSlack()
    {
        // The preview keeps each section's HTML (the cache, its pages): no capacity slack from
        // the post-processing, with or without thinned line anchors, new or reused; and the
        // sections one after another are the whole render (which renderSections no longer
        // joins itself).
        for (const int rules : {40, 90}) {
            const auto doc = SpecDocument::parse(bigSpec(rules));
            SpecHtmlRenderer renderer(previewOptions());
            renderer.setSectionCache(std::make_shared<SectionHtmlCache>());
            for (int pass = 0; pass < 2; ++pass) {
                const QList<RenderedSection> sections = renderer.renderSections(*doc);
                QCOMPARE(sections.size(), rules + 2);
                QString joined;
                for (const RenderedSection &s : sections) {
                    QVERIFY(!s.html.isEmpty());
                    QCOMPARE(s.html.capacity(), s.html.size());
                    joined += s.html;
                }
                QVERIFY(joined.contains(u"Rule %1 of the assistant"_s.arg(rules)));
                if (doc->source().lineCount() < SpecHtmlRenderer::kMaxLineAnchors)
                    QCOMPARE(joined, SpecHtmlRenderer(previewOptions()).render(*doc));
                else // thinned: one anchor in a few lines
                    QVERIFY(joined.count(u"name=\"sl-"_s) < doc->source().lineCount() / 2);
            }
            QCOMPARE(renderer.sectionCache()->renderedSections(), 1); // reused in pass 2
        }
    }

    void textHoldingTheMarkIsRenderedWhole()
    {
        // A spec that holds the byte the renderer separates sections with renders in one piece.
        const QString text =
            u"# A {#a}\n\nText \x01specwright-section\x01 here.\n\n# B {#b}\n\nMore.\n"_s;
        const auto doc = SpecDocument::parse(text);
        SpecHtmlRenderer renderer(previewOptions());
        renderer.setSectionCache(std::make_shared<SectionHtmlCache>());
        const QString html = renderer.render(*doc);
        QCOMPARE(html, SpecHtmlRenderer(previewOptions()).render(*doc));
        QVERIFY(html.contains(u"More."_s));
    }
};

QTEST_GUILESS_MAIN(TestSectionHtmlCache)
#include "tst_section_html_cache.moc"
