// Raw HTML in a spec leaves the program sanitised: no script, no event handlers, no
// javascript: URLs, in the renderer's output (preview, HTML docs) and in the diff HTML. The
// renderer's own markup survives.
#include "diff_html_writer.h"
#include "html_sanitizer.h"
#include "section_diff.h"
#include "spec_document.h"
#include "spec_html_renderer.h"

#include <QTest>

using namespace Specwright;

namespace {
// What in html could run script: the first dangerous piece with some context, or empty.
QString activeContent(const QString &html)
{
    const QString lower = html.toLower();
    for (const char *needle : {"<script", "onerror", "onmouseover", "onload",
                               "javascript:", "<iframe", "<object", "<svg", "<form"}) {
        const qsizetype at = lower.indexOf(QLatin1String(needle));
        if (at >= 0)
            return html.mid(std::max<qsizetype>(0, at - 60), 120);
    }
    return {};
}
} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesActiveContent_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("kept");
        QTest::newRow("img onerror")
            << QStringLiteral("<img src=x onerror=alert(1)>") << QStringLiteral("<img src=\"x\">");
        QTest::newRow("onmouseover")
            << QStringLiteral("<p onmouseover=\"alert(1)\">hi</p>") << QStringLiteral("<p>hi</p>");
        QTest::newRow("script") << QStringLiteral("a<script>alert(1)</script>b")
                                << QStringLiteral("ab");
        QTest::newRow("script upper")
            << QStringLiteral("a<SCRIPT src=//x>alert(1)</ScRiPt >b") << QStringLiteral("ab");
        QTest::newRow("unterminated script")
            << QStringLiteral("a<script>alert(1)") << QStringLiteral("a");
        QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:alert(1)\">x</a>")
                                         << QStringLiteral("<a>x</a>");
        QTest::newRow("entity javascript")
            << QStringLiteral("<a href=\"&#106;avascript&colon;alert(1)\">x</a>")
            << QStringLiteral("<a>x</a>");
        QTest::newRow("tab javascript") << QStringLiteral("<a href=\"java\tscript:alert(1)\">x</a>")
                                        << QStringLiteral("<a>x</a>");
        QTest::newRow("hex entity") << QStringLiteral("<a href='&#x6A;avascript:alert(1)'>x</a>")
                                    << QStringLiteral("<a>x</a>");
        QTest::newRow("data url") << QStringLiteral(
                                         "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">")
                                  << QStringLiteral("<img>");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil\"></iframe>ok")
                                << QStringLiteral("ok");
        QTest::newRow("svg") << QStringLiteral("<svg><script>alert(1)</script></svg>ok")
                             << QStringLiteral("ok");
        QTest::newRow("style element")
            << QStringLiteral("<style>body{display:none}</style>ok") << QStringLiteral("ok");
        QTest::newRow("style attribute")
            << QStringLiteral("<span style=\"background:url(javascript:alert(1))\">t</span>")
            << QStringLiteral("<span>t</span>");
        QTest::newRow("form kept as text")
            << QStringLiteral("<form action=x><b>t</b></form>") << QStringLiteral("<b>t</b>");
        QTest::newRow("text input") << QStringLiteral("<input type=text value=x>") << QString();
        QTest::newRow("comment") << QStringLiteral("a<!-- <script>alert(1)</script> -->b")
                                 << QStringLiteral("ab");
        QTest::newRow("stray lt") << QStringLiteral("1 < 2 <3") << QStringLiteral("1 &lt; 2 &lt;3");
        QTest::newRow("quote breakout")
            << QStringLiteral("<a title='x\" onclick=\"alert(1)'>t</a>")
            << QStringLiteral("<a title=\"x&quot; onclick=&quot;alert(1)\">t</a>");
    }
    void removesActiveContent()
    {
        QFETCH(QString, html);
        QFETCH(QString, kept);
        const QString clean = HtmlSanitizer::sanitize(html);
        QCOMPARE(clean, kept);
    }

    void keepsSafeMarkup()
    {
        const QString html = QStringLiteral(
            "<h2 id=\"a\" data-sourcepos=\"1:1-1:4\">T</h2>\n<a href=\"https://x.org/a?b=c\" "
            "title=\"t\">l</a> <a href=\"#id\">r</a> <a href=\"other.md#x\">f</a> "
            "<a href=\"mailto:a@b.c\">m</a>\n<input type=\"checkbox\" checked=\"\" disabled=\"\" />"
            "<br />\n<span style=\"color:#aabbcc;font-weight:bold;\">k</span>"
            "<table class=\"example\"><tr><td class=\"c\" colspan=\"2\">x</td></tr></table>");
        QCOMPARE(HtmlSanitizer::sanitize(html), html);
    }

    void rendererOutputIsSanitised()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(QStringLiteral(
            "# Spec\n\n<img src=x onerror=alert(1)>\n\nText <b onmouseover=\"alert(2)\">bold</b> "
            "and "
            "[link](javascript:alert(3)).\n\n<script>alert(4)</script>\n\n## Next {#next}\n\n"
            "See [?](#next).\n\n```js\nvar x = '<script>';\n```\n"));
        const QString html = SpecHtmlRenderer().render(*doc);
        QVERIFY2(activeContent(html).isEmpty(), qPrintable(activeContent(html)));
        QVERIFY(html.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(html.contains(QStringLiteral("id=\"next\"")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;"))); // code is shown, escaped
        // Standalone pages (HTML docs) keep their own style sheet.
        SpecHtmlRenderer::Options options;
        options.standalone = true;
        const QString page = SpecHtmlRenderer(options).render(*doc);
        QVERIFY2(activeContent(page).isEmpty(), qPrintable(activeContent(page)));
        QVERIFY(page.contains(QStringLiteral("<style>")));
    }

    void diffHtmlIsSanitised()
    {
        const DiffResult result = SectionDiff::compute(
            QStringLiteral("# Spec\n\nOld text.\n"),
            QStringLiteral("# Spec\n\nNew <img src=x onerror=alert(1)> text "
                           "<a href=\"javascript:alert(2)\" onmouseover=\"alert(3)\">x</a>.\n"));
        const QString html = DiffHtmlWriter::rendered(result, {});
        QVERIFY2(activeContent(html).isEmpty(), qPrintable(activeContent(html)));
        QVERIFY(html.contains(QStringLiteral("New")));
    }
};

QTEST_MAIN(TestHtmlSanitizer)
#include "tst_html_sanitizer.moc"
