// The cmark-gfm wrapper: extensions on, source positions, HTML rendering, tree edits.
#include "markdown_tree.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestMarkdownTree)
#include "tst_markdown_tree.moc"
