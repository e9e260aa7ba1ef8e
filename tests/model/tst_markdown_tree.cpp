// The cmark-gfm wrapper: extensions on, source positions, HTML rendering, tree edits.
#include "markdown_tree.h"

#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Specwright;

class TestMarkdownTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocksHaveSourcePositions()
    {
        MarkdownTree tree("# Title\n\nA paragraph\nover two lines.\n\n- item\n");
        MarkdownNode heading = tree.root().firstChild();
        QCOMPARE(heading.type(), MarkdownNode::Type::Heading);
        QCOMPARE(heading.headingLevel(), 1);
        QCOMPARE(heading.startLine(), 1);
        QCOMPARE(heading.plainText(), QStringLiteral("Title"));
        MarkdownNode paragraph = heading.next();
        QCOMPARE(paragraph.type(), MarkdownNode::Type::Paragraph);
        QCOMPARE(paragraph.startLine(), 3);
        QCOMPARE(paragraph.endLine(), 4);
        QCOMPARE(paragraph.next().type(), MarkdownNode::Type::List);
    }

    void gfmExtensionsAreEnabled()
    {
        const QByteArray md =
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ www.example.org\n\n"
            "- [x] done\n- [ ] open\n\nNote[^n].\n\n[^n]: The note.\n\n<xmp>x</xmp>\n";
        const QByteArray html = MarkdownTree::renderHtml(md);
        QVERIFY(html.contains("<table>"));
        QVERIFY(html.contains("<del>gone</del>"));
        QVERIFY(html.contains("href=\"http://www.example.org\""));
        QVERIFY(html.contains("checked=\"\""));
        QVERIFY(html.contains("footnote"));
        MarkdownTree tree(md);
        QVERIFY(tree.toHtml(false, true).contains("&lt;xmp>")); // tagfilter on raw HTML
        QCOMPARE(tree.root().firstChild().type(), MarkdownNode::Type::Table);
    }

    void fencesReportCharAndLength()
    {
        MarkdownTree tree("~~~~xml\n```\ninner\n```\n~~~~\n");
        MarkdownNode fence = tree.root().firstChild();
        QCOMPARE(fence.type(), MarkdownNode::Type::CodeBlock);
        QVERIFY(fence.isFenced());
        QCOMPARE(fence.fenceChar(), QChar(u'~'));
        QCOMPARE(fence.fenceLength(), 4);
        QCOMPARE(fence.fenceInfo(), QByteArray("xml"));
        QCOMPARE(fence.literal(), QByteArray("```\ninner\n```\n"));
        QVERIFY(fence.next().isNull());
    }

    void sourcePosInHtml()
    {
        MarkdownTree tree("para\n");
        QVERIFY(tree.toHtml(true).contains("data-sourcepos=\"1:1-1:4\""));
        QVERIFY(!tree.toHtml(false).contains("data-sourcepos"));
    }

    void editsChangeTheRenderedHtml()
    {
        MarkdownTree tree("See [?](#target) and `code`.\n");
        MarkdownNode para = tree.root().firstChild();
        MarkdownNode link = para.firstChild().next();
        QCOMPARE(link.type(), MarkdownNode::Type::Link);
        QCOMPARE(link.url(), QByteArray("#target"));
        link.firstChild().setLiteral("Target title");
        QVERIFY(tree.toHtml().contains(">Target title</a>"));
        MarkdownNode extra = tree.createNode(MarkdownNode::Type::Text);
        extra.setLiteral("!");
        para.appendChild(extra);
        QVERIFY(tree.toHtml().contains("</code>.!</p>"));
        tree.removeNode(link);
        QVERIFY(!tree.toHtml().contains("<a "));
    }

    void invalidUtf8DoesNotCrash()
    {
        MarkdownTree tree(QByteArray("bad \xff\xfe bytes\n", 14));
        QVERIFY(tree.toHtml().contains("bad"));
    }

    // The parser gives cmark QString::toUtf8() output unchecked: for any text, even with lone
    // surrogates and NUL characters, that output is valid UTF-8 and cmark reads it as it
    // reads the checked bytes.
    void encodedTextNeedsNoUtf8Check()
    {
        const QString nul(QChar(u'\0'));
        const QStringList texts = {
            u"# T\u00e9tel \U0001F600\n\nA \u2014 b *c* `d` [e](#t).\n"_s,
            u"lone "_s + QChar(0xd800) + u" high\n\n"_s + QChar(0xdc00) + u" low\n"_s,
            u"with "_s + nul + u" nul\n\n```\ncode "_s + nul + u"\n```\n"_s,
            u"pair split "_s + QChar(0xdc00) + QChar(0xd800) + u"\n- item \u00fc\n"_s,
        };
        for (const QString &text : texts) {
            const QByteArray utf8 = text.toUtf8();
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(utf8);
            QVERIFY2(!decoder.hasError(), qPrintable(text));
            const MarkdownTree checked(utf8, MarkdownTree::Input::Unchecked);
            const MarkdownTree encoded(utf8, MarkdownTree::Input::Encoded);
            QCOMPARE(encoded.toHtml(true), checked.toHtml(true));
            QVERIFY(!checked.toHtml().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdownTree)
#include "tst_markdown_tree.moc"
