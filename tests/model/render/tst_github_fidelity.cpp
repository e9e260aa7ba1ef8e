// SpecHtmlRenderer against GitHub's renderer: strikethrough, blockquotes with a bar, task
// lists without bullets, <details>, autolinks with "&", code in example turns, math, and the
// spec title. Checked on the structure of the HTML (which element holds what).
#include "math_html.h"
#include "spec_html_renderer.h"
#include "spec_title.h"
#include "workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

// The inner HTML of the first element `tag` whose opening tag matches `openPattern` (a
// regular expression over the whole opening tag), nesting of the same tag counted.
QString innerOf(const QString &html, const QString &tag, const QString &openPattern,
                qsizetype from = 0)
{
    const QRegularExpression open(u"<"_s + tag + u"\\b[^<>]*>"_s);
    const QRegularExpression wanted(openPattern);
    auto it = open.globalMatch(html, from);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!wanted.match(m.captured(0)).hasMatch())
            continue;
        const QRegularExpression any(u"<(/?)"_s + tag + u"\\b[^<>]*>"_s);
        int depth = 1;
        auto inner = any.globalMatch(html, m.capturedEnd());
        while (inner.hasNext()) {
            const auto t = inner.next();
            depth += t.capturedLength(1) ? -1 : 1;
            if (depth == 0)
                return html.mid(m.capturedEnd(), t.capturedStart() - m.capturedEnd());
        }
        return {};
    }
    return {};
}

QString render(const QString &markdown, SpecHtmlRenderer::Options options = {})
{
    options.embedStyleSheet = false;
    const SpecDocument::Ptr doc = SpecDocument::parse(markdown, u"/tmp/probe.md"_s);
    return SpecHtmlRenderer(options).render(*doc);
}

} // namespace

class TestGithubFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strikethroughIsAnElementQtKnows()
    {
        const QString html = render(u"Some ~~struck~~ text.\n"_s);
        QCOMPARE(innerOf(html, u"s"_s, u"."_s), u"struck"_s);
        QVERIFY(!html.contains(u"<del>"_s));
        QVERIFY(html.contains(u"Some "_s));
    }

    void blockquoteHasABar()
    {
        const QString html = render(u"Before.\n\n> A quoted line\n> and **more**.\n\nAfter.\n"_s);
        QVERIFY(!html.contains(u"<blockquote"_s));
        const QString quote = innerOf(html, u"table"_s, u"class=\"quote\""_s);
        QVERIFY2(!quote.isEmpty(), qPrintable(html));
        QVERIFY(quote.contains(u"<td class=\"quote-bar\" width=\"3\"></td>"_s));
        const QString body = innerOf(quote, u"td"_s, u"class=\"quote-body\""_s);
        QVERIFY(body.contains(u"A quoted line"_s));
        QVERIFY(body.contains(u"<strong>more</strong>"_s));
        QVERIFY(!quote.contains(u"After."_s));
        // Source anchors still name the quoted paragraph's line.
        QVERIFY(body.contains(u"<a name=\"sl-3\"></a>"_s));
        // Nested quotes nest their boxes.
        const QString nested = render(u"> outer\n>\n> > inner\n"_s);
        const QString outer = innerOf(nested, u"table"_s, u"class=\"quote\""_s);
        QVERIFY(innerOf(outer, u"table"_s, u"class=\"quote\""_s).contains(u"inner"_s));
    }

    void taskListShowsOnlyTheBox()
    {
        const QString html =
            render(u"- [ ] open task\n- [x] done task\n\n* plain\n* [ ] mixed\n"_s);
        const QString tasks =
            innerOf(html, u"ul"_s, u"class=\"task-list\" style=\"list-style-type: none;\""_s);
        QVERIFY2(!tasks.isEmpty(), qPrintable(html));
        QVERIFY(tasks.contains(u"<span class=\"task\">&#9744;</span> open task"_s));
        QVERIFY(tasks.contains(u"<span class=\"task task-done\">&#9745;</span> done task"_s));
        QVERIFY(!tasks.contains(u"plain"_s));
        QVERIFY(!html.contains(u"<input"_s));
        // A list mixing tasks and plain items keeps its bullets (one list style per list).
        QCOMPARE(html.count(u"task-list"_s), 1);
    }

    void detailsShowSummaryAndBody()
    {
        const QString html = render(
            u"<details>\n<summary>More info</summary>\n\nHidden *body* text.\n\n</details>\n\nAfter.\n"_s);
        QVERIFY(!html.contains(u"<details"_s));
        QVERIFY(!html.contains(u"<summary"_s));
        const QString box = innerOf(html, u"table"_s, u"class=\"details\""_s);
        QVERIFY2(!box.isEmpty(), qPrintable(html));
        const QString summary = innerOf(box, u"p"_s, u"class=\"details-summary\""_s);
        QVERIFY(summary.endsWith(u"More info"_s));
        QVERIFY(box.contains(u"Hidden <em>body</em> text."_s));
        QVERIFY(box.indexOf(u"More info"_s) < box.indexOf(u"Hidden"_s));
        QVERIFY(!box.contains(u"After."_s));
        // Open details and attributes on summary are read too.
        const QString open =
            render(u"<details open>\n<summary class=\"x\">S</summary>\n\nB\n\n</details>\n"_s);
        QVERIFY(innerOf(open, u"table"_s, u"class=\"details\""_s).contains(u"B"_s));
    }

    void autolinkKeepsAmpersandOnce()
    {
        const QString html = render(u"See https://example.com/?a=1&b=2 now.\n"_s);
        const QString text = innerOf(html, u"a"_s, u"href="_s);
        QCOMPARE(text, u"https://example.com/?a=1&amp;b=2"_s);
        QVERIFY(!html.contains(u"&amp;amp;"_s));
        QVERIFY(html.contains(u"href=\"https://example.com/?a=1&amp;b=2\""_s));
        // An entity written in the URL (copied from HTML) is read as the character it is.
        const QString entity =
            render(u"See https://example.com/?a=1&amp;b=2 and www.x.org/?c&amp;d\n"_s);
        QVERIFY2(!entity.contains(u"&amp;amp;"_s), qPrintable(entity));
        QCOMPARE(innerOf(entity, u"a"_s, u"href=\"https://"_s),
                 u"https://example.com/?a=1&amp;b=2"_s);
        QCOMPARE(innerOf(entity, u"a"_s, u"href=\"http://www"_s), u"www.x.org/?c&amp;d"_s);
        // A written link keeps its text as written.
        const QString written = render(u"[a&amp;b](https://example.com/?x&amp;y)\n"_s);
        QCOMPARE(innerOf(written, u"a"_s, u"href="_s), u"a&amp;b"_s);
    }

    void codeInAssistantTurnKeepsLineBreaks()
    {
        const QString md = u"# T\n\n**Example**: code\n\n~~~xml\n<user>\nShow code\n</user>\n"
                           u"<assistant>\nHere:\n\n```python\ndef f():\n    return 1\n```\n"
                           u"</assistant>\n~~~\n"_s;
        const QString html = render(md);
        const QString turn = innerOf(html, u"td"_s, u"class=\"turn turn-assistant"_s);
        QVERIFY2(!turn.isEmpty(), qPrintable(html));
        const QString pre = innerOf(turn, u"pre"_s, u"class=\"code\""_s);
        QVERIFY2(pre.contains(u"def f():\n    return 1"_s), qPrintable(turn));
        // Lines of a chat message (code written without a fence, a list of steps) keep their
        // breaks in a turn, as the verbatim example on GitHub shows them; prose outside turns
        // keeps Markdown's soft breaks.
        const QString plainCode =
            render(u"# T\n\nOne\ntwo\n\n**Example**: c\n\n~~~xml\n<user>\nx\n</user>\n"
                   u"<assistant>\nSELECT *\nFROM t\nWHERE a = 1\n</assistant>\n~~~\n"_s);
        const QString reply = innerOf(plainCode, u"td"_s, u"class=\"turn turn-assistant"_s);
        QVERIFY2(reply.contains(u"SELECT *<br />\nFROM t<br />\nWHERE a = 1"_s), qPrintable(reply));
        QVERIFY(plainCode.contains(u"One\ntwo"_s));
        // Indentation of code written without a fence stays.
        const QString indented = render(u"# T\n\n**Example**: c\n\n~~~xml\n<user>\nx\n</user>\n"
                                        u"<assistant>\nif a:\n    b()\n</assistant>\n~~~\n"_s);
        QVERIFY2(indented.contains(u"if a:<br />\n&nbsp;&nbsp;&nbsp;&nbsp;b()"_s),
                 qPrintable(indented));
    }

    void inlineMathIsMath()
    {
        const QString html = render(u"Area $\\pi r^2$ and $a_{ij} \\le b$, costs $5 and $10.\n"_s);
        const QString math = innerOf(html, u"span"_s, u"class=\"math\""_s);
        QCOMPARE(math, u"π r<sup>2</sup>"_s);
        QVERIFY(html.contains(u"title=\"\\pi r^2\""_s));
        QVERIFY(html.contains(u"a<sub>ij</sub> ≤ b"_s));
        QVERIFY(html.contains(u"costs $5 and $10."_s));
        QVERIFY(!render(u"Set $HOME/$USER first.\n"_s).contains(u"class=\"math\""_s));
        QCOMPARE(html.count(u"class=\"math\""_s), 2);
        // GitHub's $`...`$ form survives Markdown (no emphasis inside).
        const QString code = render(u"Sum $`x_1 + x_2`$ here.\n"_s);
        QVERIFY2(code.contains(u"x<sub>1</sub> + x<sub>2</sub>"_s), qPrintable(code));
        QVERIFY(!code.contains(u"<code>"_s));
    }

    void displayMathIsABlock()
    {
        const QString html =
            render(u"Text.\n\n$$\nE = mc^2\n$$\n\n```math\n\\frac{a+1}{b}\n```\n"_s);
        QCOMPARE(html.count(u"<table class=\"math-block\""_s), 2);
        const QString first = innerOf(html, u"table"_s, u"class=\"math-block\""_s);
        QVERIFY(first.contains(u"E = mc<sup>2</sup>"_s));
        QVERIFY(first.contains(u"<a name=\"sl-3\"></a>"_s));
        QVERIFY(!html.contains(u"$$"_s));
        QVERIFY(html.contains(u"(a+1)/b"_s));
        QVERIFY(!html.contains(u"language-math"_s));
    }

    void texConversion_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::addColumn<QString>("html");
        QTest::newRow("greek") << u"\\alpha+\\beta"_s << u"α+β"_s;
        QTest::newRow("sup group") << u"e^{i\\pi}"_s << u"e<sup>iπ</sup>"_s;
        QTest::newRow("sqrt") << u"\\sqrt{x}"_s << u"√x"_s;
        QTest::newRow("reals") << u"x \\in \\mathbb{R}"_s << u"x ∈ ℝ"_s;
        QTest::newRow("unknown") << u"\\foo"_s << u"\\foo"_s;
        QTest::newRow("escaped") << u"a<b"_s << u"a&lt;b"_s;
    }
    void texConversion()
    {
        QFETCH(QString, tex);
        QFETCH(QString, html);
        QCOMPARE(MathHtml::texToHtml(tex), html);
    }

    void hostileMathStaysBounded()
    {
        const QString deep = QString(5000, u'{') + u'x' + QString(5000, u'}');
        const QString html = MathHtml::texToHtml(deep);
        QVERIFY(html.contains(u'x'));
        QVERIFY(MathHtml::inlineSpans(QString(20000, u'$')).isEmpty());
    }

    void standaloneTitle_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("toml");
        QTest::addColumn<QString>("title");
        QTest::newRow("front matter") << u"---\ntitle: From Front Matter\n---\n\n# Overview\n"_s
                                      << u"title = \"From Toml\"\n"_s << u"From Front Matter"_s;
        QTest::newRow("toml per file")
            << u"# Overview\n\n# Details\n"_s
            << u"title = \"All\"\n[titles]\n\"spec.md\" = \"Per File\"\n"_s << u"Per File"_s;
        QTest::newRow("toml") << u"# Overview\n\n# Details\n"_s << u"title = \"From Toml\"\n"_s
                              << u"From Toml"_s;
        QTest::newRow("single h1")
            << u"# Garden Spec {#g}\n\n## Overview\n"_s << QString() << u"Garden Spec"_s;
        QTest::newRow("chapters") << u"# Overview\n\ntext\n\n# Definitions\n"_s << QString()
                                  << u"spec.md"_s;
        QTest::newRow("first heading not h1")
            << u"## Overview\n\n# Late\n"_s << QString() << u"spec.md"_s;
        QTest::newRow("broken toml")
            << u"# Overview\n\n# More\n"_s << u"title = \n"_s << u"spec.md"_s;
    }
    void standaloneTitle()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, toml);
        QFETCH(QString, title);
        QTemporaryDir dir;
        QFile spec(dir.filePath(u"spec.md"_s));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(markdown.toUtf8());
        spec.close();
        if (!toml.isEmpty()) {
            QFile config(dir.filePath(u"specwright.toml"_s));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(toml.toUtf8());
        }
        const Workspace::Ptr ws = Workspace::load(dir.path());
        const SpecDocument::Ptr doc = ws->document(u"spec.md"_s);
        QVERIFY(doc);
        QCOMPARE(SpecTitle::of(*doc, ws.get()), title);
        SpecHtmlRenderer::Options options;
        options.standalone = true;
        const QString html = SpecHtmlRenderer(options).render(*doc, ws.get());
        QCOMPARE(innerOf(html, u"title"_s, u"."_s), title.toHtmlEscaped());
    }
};

QTEST_GUILESS_MAIN(TestGithubFidelity)
#include "tst_github_fidelity.moc"
