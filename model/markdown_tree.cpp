#include "markdown_tree.h"

#include <QList>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <mutex>
#include <vector>

namespace Specwright {

namespace {

// Extension registration touches a global registry: do it exactly once, thread-safely.
void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

constexpr const char *kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter",
                                       "tasklist"};

int parseOptions()
{
    return CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 |
           CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};

QByteArray fromCString(const char *s)
{
    return s ? QByteArray(s) : QByteArray();
}

// Iterative (hostile input nests emphasis thousands deep): a pre-order walk below node.
void appendPlainText(cmark_node *node, QString &out)
{
    cmark_node *child = cmark_node_first_child(node);
    while (child) {
        bool descend = false;
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += QString::fromUtf8(cmark_node_get_literal(child));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char(' ');
            break;
        case CMARK_NODE_HTML_INLINE:
            break;
        default:
            descend = cmark_node_first_child(child) != nullptr;
        }
        if (descend) {
            child = cmark_node_first_child(child);
            continue;
        }
        while (child != node && !cmark_node_next(child))
            child = cmark_node_parent(child);
        child = child == node ? nullptr : cmark_node_next(child);
    }
}

} // namespace

struct MarkdownTree::Private
{
    std::unique_ptr<cmark_parser, ParserDeleter> parser;
    cmark_node *root = nullptr;
    std::vector<cmark_node *> detached; // created nodes not (yet) in the tree
};

MarkdownTree::MarkdownTree(const QByteArray &utf8, Input input)
    : d(std::make_unique<Private>())
{
    ensureExtensionsRegistered();
    // cmark's check copies every line byte by byte; the encoder's output needs none (cmark
    // replaces NUL bytes while it feeds, with or without the check).
    const int options =
        input == Input::Encoded ? parseOptions() & ~CMARK_OPT_VALIDATE_UTF8 : parseOptions();
    d->parser.reset(cmark_parser_new(options));
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(d->parser.get(), ext);
    }
    cmark_parser_feed(d->parser.get(), utf8.constData(), size_t(utf8.size()));
    d->root = cmark_parser_finish(d->parser.get());
}

MarkdownTree::~MarkdownTree()
{
    if (!d)
        return;
    for (cmark_node *node : d->detached) {
        if (!cmark_node_parent(node))
            cmark_node_free(node);
    }
    if (d->root)
        cmark_node_free(d->root);
}

MarkdownTree::MarkdownTree(MarkdownTree &&) noexcept = default;
MarkdownTree &MarkdownTree::operator=(MarkdownTree &&) noexcept = default;

MarkdownNode MarkdownTree::root() const
{
    return MarkdownNode(d->root);
}

MarkdownNode MarkdownTree::createNode(MarkdownNode::Type type)
{
    cmark_node_type t = CMARK_NODE_TEXT;
    switch (type) {
    case MarkdownNode::Type::Text:
        t = CMARK_NODE_TEXT;
        break;
    case MarkdownNode::Type::HtmlInline:
        t = CMARK_NODE_HTML_INLINE;
        break;
    case MarkdownNode::Type::HtmlBlock:
        t = CMARK_NODE_HTML_BLOCK;
        break;
    case MarkdownNode::Type::Paragraph:
        t = CMARK_NODE_PARAGRAPH;
        break;
    case MarkdownNode::Type::Emphasis:
        t = CMARK_NODE_EMPH;
        break;
    case MarkdownNode::Type::Strong:
        t = CMARK_NODE_STRONG;
        break;
    case MarkdownNode::Type::Code:
        t = CMARK_NODE_CODE;
        break;
    default:
        break;
    }
    cmark_node *node = cmark_node_new_with_mem(t, cmark_get_default_mem_allocator());
    d->detached.push_back(node);
    return MarkdownNode(node);
}

void MarkdownTree::removeNode(MarkdownNode node)
{
    if (!node.m_node || node.m_node == d->root)
        return;
    std::erase(d->detached, node.m_node);
    cmark_node_free(node.m_node);
}

void MarkdownTree::consolidateTextNodes()
{
    if (d->root)
        cmark_consolidate_text_nodes(d->root);
}

QByteArray MarkdownTree::toHtml(bool withSourcePos, bool unsafeHtml) const
{
    int options = CMARK_OPT_FOOTNOTES;
    if (withSourcePos)
        options |= CMARK_OPT_SOURCEPOS;
    if (unsafeHtml)
        options |= CMARK_OPT_UNSAFE;
    char *html =
        cmark_render_html(d->root, options, cmark_parser_get_syntax_extensions(d->parser.get()));
    QByteArray result(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

QByteArray MarkdownTree::renderHtml(const QByteArray &utf8, bool withSourcePos)
{
    return MarkdownTree(utf8).toHtml(withSourcePos);
}

MarkdownNode::Type MarkdownNode::type() const
{
    if (!m_node)
        return Type::None;
    const cmark_node_type t = cmark_node_get_type(m_node);
    switch (t) {
    case CMARK_NODE_DOCUMENT:
        return Type::Document;
    case CMARK_NODE_BLOCK_QUOTE:
        return Type::BlockQuote;
    case CMARK_NODE_LIST:
        return Type::List;
    case CMARK_NODE_ITEM:
        return Type::Item;
    case CMARK_NODE_CODE_BLOCK:
        return Type::CodeBlock;
    case CMARK_NODE_HTML_BLOCK:
        return Type::HtmlBlock;
    case CMARK_NODE_CUSTOM_BLOCK:
        return Type::CustomBlock;
    case CMARK_NODE_PARAGRAPH:
        return Type::Paragraph;
    case CMARK_NODE_HEADING:
        return Type::Heading;
    case CMARK_NODE_THEMATIC_BREAK:
        return Type::ThematicBreak;
    case CMARK_NODE_FOOTNOTE_DEFINITION:
        return Type::FootnoteDefinition;
    case CMARK_NODE_TEXT:
        return Type::Text;
    case CMARK_NODE_SOFTBREAK:
        return Type::SoftBreak;
    case CMARK_NODE_LINEBREAK:
        return Type::LineBreak;
    case CMARK_NODE_CODE:
        return Type::Code;
    case CMARK_NODE_HTML_INLINE:
        return Type::HtmlInline;
    case CMARK_NODE_CUSTOM_INLINE:
        return Type::CustomInline;
    case CMARK_NODE_EMPH:
        return Type::Emphasis;
    case CMARK_NODE_STRONG:
        return Type::Strong;
    case CMARK_NODE_LINK:
        return Type::Link;
    case CMARK_NODE_IMAGE:
        return Type::Image;
    case CMARK_NODE_FOOTNOTE_REFERENCE:
        return Type::FootnoteReference;
    default:
        break;
    }
    // Extension node types are registered at run time; compare by name.
    const char *name = cmark_node_get_type_string(m_node);
    const QByteArray n(name ? name : "");
    if (n == "table")
        return Type::Table;
    if (n == "table_row" || n == "table_header")
        return Type::TableRow;
    if (n == "table_cell")
        return Type::TableCell;
    if (n == "strikethrough")
        return Type::Strikethrough;
    if (n == "tasklist")
        return Type::TaskItem;
    return Type::Other;
}

MarkdownNode MarkdownNode::firstChild() const
{
    return MarkdownNode(m_node ? cmark_node_first_child(m_node) : nullptr);
}
MarkdownNode MarkdownNode::lastChild() const
{
    return MarkdownNode(m_node ? cmark_node_last_child(m_node) : nullptr);
}
MarkdownNode MarkdownNode::next() const
{
    return MarkdownNode(m_node ? cmark_node_next(m_node) : nullptr);
}
MarkdownNode MarkdownNode::nextBelow(const MarkdownNode &root) const
{
    if (const MarkdownNode child = firstChild())
        return child;
    MarkdownNode n = *this;
    while (!(n == root) && !n.next())
        n = n.parent();
    return n == root ? MarkdownNode() : n.next();
}

MarkdownNode MarkdownNode::previous() const
{
    return MarkdownNode(m_node ? cmark_node_previous(m_node) : nullptr);
}
MarkdownNode MarkdownNode::parent() const
{
    return MarkdownNode(m_node ? cmark_node_parent(m_node) : nullptr);
}
int MarkdownNode::startLine() const
{
    return m_node ? cmark_node_get_start_line(m_node) : 0;
}
int MarkdownNode::startColumn() const
{
    return m_node ? cmark_node_get_start_column(m_node) : 0;
}
int MarkdownNode::endLine() const
{
    return m_node ? cmark_node_get_end_line(m_node) : 0;
}
int MarkdownNode::endColumn() const
{
    return m_node ? cmark_node_get_end_column(m_node) : 0;
}
QByteArray MarkdownNode::literal() const
{
    return m_node ? fromCString(cmark_node_get_literal(m_node)) : QByteArray();
}
QByteArray MarkdownNode::fenceInfo() const
{
    return m_node ? fromCString(cmark_node_get_fence_info(m_node)) : QByteArray();
}
QByteArrayView MarkdownNode::literalView() const
{
    const char *s = m_node ? cmark_node_get_literal(m_node) : nullptr;
    return s ? QByteArrayView(s) : QByteArrayView();
}
QByteArrayView MarkdownNode::fenceInfoView() const
{
    const char *s = m_node ? cmark_node_get_fence_info(m_node) : nullptr;
    return s ? QByteArrayView(s) : QByteArrayView();
}
bool MarkdownNode::isFenced() const
{
    int length = 0, offset = 0;
    char ch = 0;
    return m_node && cmark_node_get_fenced(m_node, &length, &offset, &ch);
}
QChar MarkdownNode::fenceChar() const
{
    int length = 0, offset = 0;
    char ch = 0;
    if (!m_node || !cmark_node_get_fenced(m_node, &length, &offset, &ch))
        return {};
    return QChar::fromLatin1(ch);
}
int MarkdownNode::fenceLength() const
{
    int length = 0, offset = 0;
    char ch = 0;
    if (!m_node || !cmark_node_get_fenced(m_node, &length, &offset, &ch))
        return 0;
    return length;
}
int MarkdownNode::headingLevel() const
{
    return m_node ? cmark_node_get_heading_level(m_node) : 0;
}
QByteArray MarkdownNode::url() const
{
    return m_node ? fromCString(cmark_node_get_url(m_node)) : QByteArray();
}
QByteArray MarkdownNode::title() const
{
    return m_node ? fromCString(cmark_node_get_title(m_node)) : QByteArray();
}
bool MarkdownNode::isTaskChecked() const
{
    return m_node && cmark_gfm_extensions_get_tasklist_item_checked(m_node);
}

QString MarkdownNode::plainText() const
{
    QString out;
    if (m_node)
        appendPlainText(m_node, out);
    return out;
}

void MarkdownNode::setLiteral(const QByteArray &text)
{
    if (m_node)
        cmark_node_set_literal(m_node, text.constData());
}
void MarkdownNode::setUrl(const QByteArray &url)
{
    if (m_node)
        cmark_node_set_url(m_node, url.constData());
}
void MarkdownNode::insertBefore(MarkdownNode sibling)
{
    if (m_node && sibling.m_node)
        cmark_node_insert_before(m_node, sibling.m_node);
}
void MarkdownNode::appendChild(MarkdownNode child)
{
    if (m_node && child.m_node)
        cmark_node_append_child(m_node, child.m_node);
}

} // namespace Specwright
