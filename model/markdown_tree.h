// RAII wrapper around a cmark-gfm parse: owns the node tree and hands out light node views,
// so no raw cmark handle leaves model/.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

struct cmark_node;

namespace Specwright {

class MarkdownTree;

// A non-owning view of one node; valid while its MarkdownTree lives.
class MarkdownNode
{
public:
    enum class Type
    {
        None,
        Document,
        BlockQuote,
        List,
        Item,
        CodeBlock,
        HtmlBlock,
        CustomBlock,
        Paragraph,
        Heading,
        ThematicBreak,
        FootnoteDefinition,
        Table,
        TableRow,
        TableCell,
        Text,
        SoftBreak,
        LineBreak,
        Code,
        HtmlInline,
        CustomInline,
        Emphasis,
        Strong,
        Link,
        Image,
        FootnoteReference,
        Strikethrough,
        TaskItem,
        Other
    };

    MarkdownNode() = default;
    explicit MarkdownNode(cmark_node *node)
        : m_node(node)
    {
    }

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }
    bool operator==(const MarkdownNode &other) const { return m_node == other.m_node; }

    Type type() const;
    MarkdownNode firstChild() const;
    MarkdownNode lastChild() const;
    MarkdownNode next() const;
    MarkdownNode previous() const;
    MarkdownNode parent() const;
    // The next node of a depth-first walk (children first) that stays below `root`; null at
    // the end. The walk may change a node's contents, not the tree.
    MarkdownNode nextBelow(const MarkdownNode &root) const;

    int startLine() const;
    int startColumn() const; // 1-based byte column, as cmark reports it
    int endLine() const;
    int endColumn() const;

    QByteArray literal() const; // text, code, html: the literal content
    QByteArray fenceInfo() const;
    // The same without a copy: valid while the tree lives and the node is unchanged.
    QByteArrayView literalView() const;
    QByteArrayView fenceInfoView() const;
    bool isFenced() const;
    QChar fenceChar() const; // '`' or '~' for fenced code
    int fenceLength() const;
    int headingLevel() const;
    QByteArray url() const;
    QByteArray title() const;
    bool isTaskChecked() const;
    // The concatenated text of all inline descendants (emphasis markers dropped).
    QString plainText() const;

    // Mutators used by renderers that post-process the tree before writing HTML.
    void setLiteral(const QByteArray &text);
    void setUrl(const QByteArray &url);
    void insertBefore(MarkdownNode sibling);
    void appendChild(MarkdownNode child);

private:
    friend class MarkdownTree;
    cmark_node *m_node = nullptr;
};

class MarkdownTree
{
public:
    enum class Input
    {
        Unchecked, // bytes from outside: invalid UTF-8 becomes U+FFFD
        Encoded    // bytes QString::toUtf8() made: valid UTF-8 already, not checked again
    };
    // Parses UTF-8 Markdown with the GFM extensions (table, strikethrough, autolink, tagfilter,
    // tasklist) and footnotes, with source positions.
    explicit MarkdownTree(const QByteArray &utf8, Input input = Input::Unchecked);
    ~MarkdownTree();
    MarkdownTree(const MarkdownTree &) = delete;
    MarkdownTree &operator=(const MarkdownTree &) = delete;
    MarkdownTree(MarkdownTree &&) noexcept;
    MarkdownTree &operator=(MarkdownTree &&) noexcept;

    MarkdownNode root() const;
    // Creates a detached node owned by the tree until inserted (freed with it otherwise).
    MarkdownNode createNode(MarkdownNode::Type type);
    // Detaches and frees a node with its subtree.
    void removeNode(MarkdownNode node);
    // Merges adjacent text nodes ("[", "[", "RFC1", "]", "]" become "[[RFC1]]").
    void consolidateTextNodes();
    // HTML as cmark-gfm writes it (with data-sourcepos attributes when asked).
    QByteArray toHtml(bool withSourcePos = false, bool unsafeHtml = false) const;

    // Renders a Markdown string straight to HTML (reference for benchmarks and tests).
    static QByteArray renderHtml(const QByteArray &utf8, bool withSourcePos = false);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Specwright
