// SpecHtmlRenderer: the HTML structure of every construct the spec conventions add.
#include "code_highlighter.h"
#include "markdown_tree.h"
#include "spec_html_renderer.h"
#include "workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

// Records what the renderer asks for and wraps the code in a marker span.
class RecordingHighlighter : public CodeHighlighter
{
public:
    QString highlight(const QString &code, const QString &language) override
    {
        QMutexLocker lock(&mutex);
        calls.append({code, language});
        if (language == u"unknown-lang")
            return {};
        return u"<span class=\"hl-"_s + language + u"\">"_s + code.toHtmlEscaped() + u"</span>"_s;
    }
    QMutex mutex;
    QList<QPair<QString, QString>> calls;
};

QString fixturePath()
{
    return QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md");
}

} // namespace

class TestSpecHtmlRenderer : public QObject
{
    Q_OBJECT

private:
    SpecDocument::Ptr m_doc;
    QString m_html;
    std::shared_ptr<RecordingHighlighter> m_highlighter;

private Q_SLOTS:
    void initTestCase()
    {
        m_doc = SpecDocument::load(fixturePath());
        QVERIFY(!m_doc->sections().isEmpty());
        m_highlighter = std::make_shared<RecordingHighlighter>();
        SpecHtmlRenderer renderer({}, m_highlighter);
        m_html = renderer.render(*m_doc);
        QFile out(QStringLiteral(SPECWRIGHT_BINARY_DIR "/preview-fixture.html"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_html.toUtf8());
    }

    void attributeBlockHidden()
    {
        QVERIFY(!m_html.contains(u"{#chain_of_command"_s));
        QVERIFY(!m_html.contains(u"authority=root"_s));
        QVERIFY(m_html.contains(u"Follow the chain of command"_s));
        static const QRegularExpression heading(
            u"<h2 id=\"chain_of_command\" data-sourcepos=\"15:1-15:65\"><a name=\"sl-15\"></a><a name=\"chain_of_command\"></a>Follow the chain of command <span"_s);
        QVERIFY2(heading.match(m_html).hasMatch(), qPrintable(m_html.left(3000)));
        QVERIFY(m_html.contains(u"<a name=\"chain_of_command\"></a>"_s));
    }

    void authorityBadge()
    {
        static const QRegularExpression badge(
            u"<h2 id=\"chain_of_command\"[^>]*>.*<span class=\"authority authority-root\"[^>]*>&nbsp;root&nbsp;</span></h2>"_s);
        QVERIFY(badge.match(m_html).hasMatch());
        QVERIFY(m_html.contains(u"authority-guideline"_s));
    }

    void questionMarkLinksShowTitles()
    {
        QVERIFY(m_html.contains(u"<a href=\"#protect_the_grower\">Protect the grower</a>"_s));
        QVERIFY(!m_html.contains(u">?</a>"_s));
        // Ordinary link text stays.
        QVERIFY(m_html.contains(u"<a href=\"#definitions\">the definitions</a>"_s));
    }

    void brokenReferenceMarked()
    {
        static const QRegularExpression broken(
            u"<a class=\"ref-broken\" href=\"#no_such_section\" title=\"[^\\x22]+\">no_such_section&#160;&#9888;</a>"_s);
        QVERIFY2(broken.match(m_html).hasMatch(), qPrintable(m_html));
    }

    void crossFileReferenceWithWorkspace()
    {
        const Workspace::Ptr ws =
            Workspace::load(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"));
        const SpecDocument::Ptr doc = ws->document(u"spec.md"_s);
        QVERIFY(doc);
        const QString html = SpecHtmlRenderer().render(*doc, ws.get());
        QVERIFY(html.contains(u"href=\"watering.md#watering\""_s));
        QVERIFY(!html.contains(u"ref-broken\" href=\"watering.md"_s));

        QTemporaryDir dir;
        QFile f(dir.filePath(u"a.md"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# A {#a}\n\nSee [?](b.md#gone) and [?](b.md#there).\n");
        f.close();
        QFile g(dir.filePath(u"b.md"_s));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("# There it is {#there}\n");
        g.close();
        const Workspace::Ptr ws2 = Workspace::load(dir.path());
        const QString html2 = SpecHtmlRenderer().render(*ws2->document(u"a.md"_s), ws2.get());
        QVERIFY2(html2.contains(u"<a href=\"b.md#there\">There it is</a>"_s), qPrintable(html2));
        QVERIFY(html2.contains(u"class=\"ref-broken\" href=\"b.md#gone\""_s));
    }

    void exampleAsConversation()
    {
        QVERIFY(!m_html.contains(u"&lt;assistant&gt;"_s));
        QVERIFY(!m_html.contains(u"**Example**"_s));
        QVERIFY(m_html.contains(u"<table class=\"example\""_s));
        QCOMPARE(m_html.count(u"<table class=\"example\""_s), m_doc->examples().size());
        QVERIFY(m_html.contains(u"developer limits the topic"_s));
        QVERIFY(m_html.contains(u"td class=\"role role-developer\""_s));
        QVERIFY(m_html.contains(u"td class=\"role role-user\""_s));
        QVERIFY(m_html.contains(u"Only answer questions about tomatoes."_s));
        // A labelled turn outside a comparison is a tinted row with its badge and rationale.
        static const QRegularExpression single(
            u"<td class=\"turn turn-assistant alt-bad\"[^>]*><p class=\"label-line\"><span class=\"badge badge-bad\">&nbsp;BAD&nbsp;</span> <span class=\"rationale\">recommends a banned product</span></p>"_s);
        QVERIFY(single.match(m_html).hasMatch());
        // Tool turns name the tool; fences inside turns are highlighted.
        QVERIFY(m_html.contains(u"<span class=\"tool-name\">soil_probe</span>"_s));
        QVERIFY(m_html.contains(u"<span class=\"hl-json\">"_s));
        QVERIFY(m_html.contains(
            u"data-sourcepos=\"59:1-61:1\"><tr><td class=\"codebox-cell\"><pre class=\"code\"><a name=\"sl-59\"></a>"_s));
    }

    void comparisonSideBySide()
    {
        static const QRegularExpression row(
            u"<table class=\"comparison\"[^>]*><tr><td class=\"alt alt-good\" width=\"50%\"[^>]*>.*?badge-good.*?declines politely and stays in scope.*?</td><td class=\"comparison-gap\"[^>]*></td><td class=\"alt alt-bad\" width=\"50%\""_s,
            QRegularExpression::DotMatchesEverythingOption);
        QVERIFY(row.match(m_html).hasMatch());
        // BAD#section names the violated section by its title, as a link.
        QVERIFY(m_html.contains(
            u"violates <a href=\"#chain_of_command\">Follow the chain of command</a>"_s));
        QVERIFY(m_html.contains(u"badge-ok"_s));
        QVERIFY(m_html.contains(u"correct but curt"_s));
    }

    void comparisonStacked()
    {
        SpecHtmlRenderer::Options options;
        options.comparisonLayout = SpecHtmlRenderer::ComparisonLayout::Stacked;
        const QString html = SpecHtmlRenderer(options).render(*m_doc);
        QVERIFY(!html.contains(u"class=\"comparison\""_s));
        QVERIFY(html.contains(u"<td class=\"turn turn-assistant alt-good\""_s));
        QVERIFY(html.contains(u"<td class=\"turn turn-assistant alt-bad\""_s));
    }

    void admonitionAside()
    {
        static const QRegularExpression aside(
            u"<table class=\"admonition admonition-meta\"[^>]*data-sourcepos=\"7:1-9:1\">.*?<p class=\"admonition-title\">Commentary</p>\\s*<p[^>]*>(<a name=\"sl-8\"></a>)?Commentary blocks explain why"_s,
            QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(aside.match(m_html).hasMatch(), qPrintable(m_html.left(2500)));
        QVERIFY(!m_html.contains(u"!!! meta"_s));
    }

    void admonitionBodyIsMarkdown()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(
            u"# T\n\n!!! note \"Why\"\n    Some *emphasis* here.\n\n    - item one\n    - item two\n\nAfter.\n"_s);
        QCOMPARE(doc->admonitions().size(), 1);
        const QString html = SpecHtmlRenderer().render(*doc);
        QVERIFY2(html.contains(u"<em>emphasis</em>"_s), qPrintable(html));
        QVERIFY(html.contains(u"item two"_s));
        QVERIFY(!html.contains(u"<pre"_s)); // the indented part is not code
        QVERIFY(html.contains(u"<a name=\"sl-9\"></a>After."_s));
    }

    void tables()
    {
        QVERIFY(m_html.contains(u"<table class=\"md-table\" border=\"1\""_s));
        QVERIFY(m_html.contains(u"<th data-sourcepos"_s));
        QVERIFY(m_html.contains(u"Last expected frost"_s));
    }

    void taskLists()
    {
        QVERIFY(m_html.contains(
            u"<span class=\"task task-done\">&#9745;</span> ranges, not single days"_s));
        QVERIFY(m_html.contains(u"<span class=\"task\">&#9744;</span> regional calendars"_s));
        QVERIFY(!m_html.contains(u"<input"_s));
    }

    void footnotes()
    {
        QVERIFY(m_html.contains(u"class=\"footnotes\""_s));
        QVERIFY(m_html.contains(u"href=\"#fn-pt1a\""_s));
        QVERIFY(m_html.contains(u"<li id=\"fn-pt1a\"><a name=\"fn-pt1a\"></a>"_s));
        QVERIFY(m_html.contains(u"id=\"fnref-pt1a\" name=\"fnref-pt1a\""_s));
        QVERIFY(m_html.contains(u"Eval prompts for banned products."_s));
        // examples/pt1a.md exists beside the fixture, ac2b's file does not.
        QVERIFY2(
            m_html.contains(
                u"<a name=\"sl-93\"></a><a class=\"eval-prompts\" href=\"examples/pt1a.md\">eval prompts</a> Eval prompts for banned"_s),
            qPrintable(m_html.right(1200)));
        QVERIFY(!m_html.contains(u"examples/ac2b.md"_s));
        const Workspace::Ptr ws =
            Workspace::load(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"));
        const QString html = SpecHtmlRenderer().render(*ws->document(u"spec.md"_s), ws.get());
        const int count = int(ws->evalExamples(u"pt1a"_s).size());
        QVERIFY(count > 0);
        QVERIFY(html.contains(u"href=\"examples/pt1a.md\">"_s + QString::number(count) +
                              u" eval prompt"_s));
    }

    void codeHighlightingHook()
    {
        auto h = std::make_shared<RecordingHighlighter>();
        const SpecDocument::Ptr doc = SpecDocument::parse(
            u"# C\n\n```python\nprint('x')\n```\n\n~~~unknown-lang\na < b\n~~~\n\n```\nplain\n```\n"_s);
        const QString html = SpecHtmlRenderer({}, h).render(*doc);
        QCOMPARE(h->calls.size(), 2); // no call without a language
        QCOMPARE(h->calls.at(0).second, u"python"_s);
        QCOMPARE(h->calls.at(0).first, u"print('x')"_s);
        QCOMPARE(h->calls.at(1).second, u"unknown-lang"_s);
        QVERIFY(
            html.contains(
                u"<code class=\"language-python\"><span class=\"hl-python\">print(&#x27;x&#x27;)"_s) ||
            html.contains(
                u"<code class=\"language-python\"><span class=\"hl-python\">print('x')"_s));
        QVERIFY(html.contains(u"<code class=\"language-unknown-lang\">a &lt; b</code>"_s));
        QVERIFY(html.contains(u"<pre class=\"code\"><a name=\"sl-3\"></a>"_s));
    }

    void sourceLineAnchors()
    {
        // Every block of the fixture that starts a line gets an anchor at that line.
        const QList<int> lines = {1,  3,  7,  8,  11, 13, 15, 17, 20, 23, 24, 26, 30, 34, 40, 42,
                                  44, 55, 58, 59, 67, 70, 76, 78, 81, 83, 85, 86, 88, 90, 93, 94};
        for (int line : lines) {
            QVERIFY2(m_html.contains(u"<a name=\""_s + SpecHtmlRenderer::sourceAnchorName(line) +
                                     u"\">"_s),
                     qPrintable(QString::number(line)));
        }
        QCOMPARE(SpecHtmlRenderer::sourceLineOfAnchor(u"sl-42"), 42);
        QCOMPARE(SpecHtmlRenderer::sourceLineOfAnchor(u"chain"), 0);
        SpecHtmlRenderer::Options off;
        off.sourceAnchors = false;
        QVERIFY(!SpecHtmlRenderer(off).render(*m_doc).contains(u"name=\"sl-"_s));
    }

    void renderMarkdownShiftsLines()
    {
        const QString html = SpecHtmlRenderer().renderMarkdown(u"para one\n\npara *two*\n"_s, 40);
        QVERIFY(html.contains(
            u"data-sourcepos=\"42:1-42:10\"><a name=\"sl-42\"></a>para <em>two</em>"_s));
    }

    void fragmentsWithReferences()
    {
        const QString md =
            u"## Changed {#chain_of_command authority=root}\n\nSee [?](#definitions) and [?](#nope).\n"_s;
        const QString bare = SpecHtmlRenderer().renderMarkdown(md, 15);
        QVERIFY(!bare.contains(u"{#"_s));
        QVERIFY(bare.contains(u"authority-root"_s));
        QVERIFY(!bare.contains(u"<a name=\"chain_of_command\">"_s)); // ids belong to the document
        QVERIFY(bare.contains(u">?</a>"_s));                         // nothing to resolve against
        const QString resolved = SpecHtmlRenderer().renderMarkdown(md, 15, m_doc.get());
        QVERIFY(resolved.contains(u"<a href=\"#definitions\">Definitions</a>"_s));
        QVERIFY(resolved.contains(u"class=\"ref-broken\" href=\"#nope\""_s));
        QVERIFY(resolved.contains(u"<a name=\"sl-17\"></a>See"_s));
    }

    void standaloneAndTheme()
    {
        SpecHtmlRenderer::Options o;
        o.standalone = true;
        o.theme = SpecHtmlRenderer::Theme::Dark;
        const QString page = SpecHtmlRenderer(o).render(*m_doc);
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<title>Garden Assistant Spec</title>"_s));
        QVERIFY(page.contains(u"<body class=\"page dark\">"_s));
        QVERIFY(page.contains(u"#0d1117"_s));
        QVERIFY(page.endsWith(u"</html>\n"_s));
        const QString light = SpecHtmlRenderer::styleSheet(SpecHtmlRenderer::Theme::Light);
        QVERIFY(light.contains(u".badge-good"_s));
        QVERIFY(!light.contains(u"#0d1117"_s));
        o.embedStyleSheet = false;
        o.standalone = false;
        QVERIFY(!SpecHtmlRenderer(o).render(*m_doc).contains(u"<style>"_s));
    }

    void largeDocument()
    {
        // ~270 KB: the fixture repeated with unique ids, like the real Model Spec.
        QFile f(fixturePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString base = QString::fromUtf8(f.readAll());
        QString big;
        int copies = 0;
        while (big.size() < 270 * 1024) {
            QString part = base;
            static const QRegularExpression ids(u"\\{#(\\w+)"_s);
            part.replace(ids, u"{#\\1_"_s + QString::number(copies));
            part.replace(u"(#"_s, u"(#x"_s);
            big += part + u"\n"_s;
            ++copies;
        }
        const SpecDocument::Ptr doc = SpecDocument::parse(big);
        QElapsedTimer timer; // reported, never asserted
        timer.start();
        const QString html = SpecHtmlRenderer().render(*doc);
        const qint64 ours = timer.elapsed();
        timer.restart();
        const QByteArray reference = MarkdownTree::renderHtml(doc->source().utf8(), true);
        qInfo("render of %lld KB: %lld ms (cmark-gfm alone: %lld ms)", qint64(big.size() / 1024),
              ours, qint64(timer.elapsed()));
        QCOMPARE(html.count(u"<table class=\"example\""_s), doc->examples().size());
        QCOMPARE(html.count(u"<table class=\"admonition"_s), doc->admonitions().size());
        QVERIFY(!html.contains(u"{#"_s));
        QVERIFY(html.contains(u"<a name=\"sl-"_s +
                              QString::number(doc->sections().last().headingLine) + u"\">"_s));
    }

    void titledFenceWithoutConversationStaysCode()
    {
        auto h = std::make_shared<RecordingHighlighter>();
        const SpecDocument::Ptr doc = SpecDocument::parse(
            u"# C\n\n**Example**: a config file\n\n```yaml\nkey: value\n```\n"_s);
        const QString html = SpecHtmlRenderer({}, h).render(*doc);
        QVERIFY(!html.contains(u"class=\"example\""_s));
        QVERIFY(html.contains(u"<strong>Example</strong>: a config file"_s));
        QVERIFY(html.contains(u"<span class=\"hl-yaml\">key: value</span>"_s));
    }

    void emptyAndBrokenInput()
    {
        QVERIFY(SpecHtmlRenderer().render(*SpecDocument::parse(QString())).isEmpty() ||
                !SpecHtmlRenderer().render(*SpecDocument::parse(QString())).contains(u"<p"_s));
        // An unterminated example fence still renders and says what is wrong.
        const SpecDocument::Ptr doc =
            SpecDocument::parse(u"# X\n\n**Example**: open\n\n~~~xml\n<user>\nhello\n"_s);
        const QString html = SpecHtmlRenderer().render(*doc);
        QVERIFY(html.contains(u"hello"_s));
    }
};

QTEST_GUILESS_MAIN(TestSpecHtmlRenderer)
#include "tst_spec_html_renderer.moc"
