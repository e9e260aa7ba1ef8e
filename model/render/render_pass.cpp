#include "render_pass.h"

#include "code_highlighter.h"
#include "html_post_processor.h"
#include "html_sanitizer.h"
#include "inline_rewriter.h"
#include "math_html.h"
#include "spec_document.h"
#include "spec_html_renderer.h"
#include "spec_parser.h"

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

using T = MarkdownNode::Type;

// The one place where HTML written in a spec (HTML blocks) goes into the output. Everything
// else the renderer emits is built and escaped; the sanitiser runs over the whole result.
QByteArray passSourceHtml(const QByteArray &html)
{
    return html;
}

} // namespace

RenderPass::RenderPass(const SpecHtmlRenderer &renderer, const RenderContext &context)
    : m_renderer(renderer)
    , m_context(context)
    , m_writer(
          renderer.options(),
          [this](const QString &md, int firstLine) { return renderNested(md, firstLine, false); },
          [this](const QString &id) { return sectionTitle(id); })
{
    m_writer.setTurnMarkdown(
        [this](const QString &md, int firstLine) { return renderNested(md, firstLine, true); });
    if (m_context.document && m_context.documentStructure) {
        const SpecDocument &doc = *m_context.document;
        for (int i = 0; i < doc.sections().size(); ++i)
            m_sectionByLine.insert(doc.sections().at(i).headingLine, i);
        for (int i = 0; i < doc.examples().size(); ++i) {
            const Example &ex = doc.examples().at(i);
            // A titled fence that holds no conversation (```yaml ...) stays code.
            if (!ex.sourceFile.isEmpty() ||
                (ex.turns.isEmpty() && ex.kind != ExampleKind::InputOutput))
                continue;
            m_exampleByFenceEnd.insert(ex.range.endLine, i);
        }
        for (int i = 0; i < doc.admonitions().size(); ++i)
            m_admonitionByLine.insert(doc.admonitions().at(i).startLine, i);
    }
}

QString RenderPass::run(const QByteArray &utf8)
{
    MarkdownTree tree(utf8);
    m_tree = &tree;
    m_lines = utf8.split('\n');
    rewriteBlocks(tree.root());
    InlineRewriter inlines(tree, m_context, m_sectionByLine,
                           [this](const QString &id) { return sectionTitle(id); });
    inlines.setSourceLines(m_lines);
    inlines.rewrite(tree.root());
    const QString html = HtmlSanitizer::sanitize(QString::fromUtf8(tree.toHtml(true, true)));
    m_tree = nullptr;
    m_lines.clear();
    return HtmlPostProcessor(m_context, inlines.headingIds()).process(html);
}

QString RenderPass::renderNested(const QString &markdown, int firstLine, bool keepLineBreaks) const
{
    RenderContext inner = m_context;
    inner.documentStructure = false;
    inner.keepLineBreaks = keepLineBreaks;
    inner.lineOffset = firstLine - 1;
    return RenderPass(m_renderer, inner).run(markdown.toUtf8());
}

QString RenderPass::sectionTitle(const QString &id) const
{
    const SpecDocument *titles = m_context.titles ? m_context.titles : m_context.document;
    if (!titles)
        return {};
    const int index = titles->sectionIndexById(id);
    return index >= 0 ? titles->sections().at(index).title : QString();
}

QString RenderPass::anchor(int cmarkLine) const
{
    if (!m_context.anchors)
        return {};
    return u"<a name=\""_s + SpecHtmlRenderer::sourceAnchorName(docLine(cmarkLine)) + u"\"></a>"_s;
}

const Example &RenderPass::exampleAt(int index) const
{
    return m_context.document->examples().at(index);
}

void RenderPass::replaceWithHtml(MarkdownNode first, MarkdownNode last, const QString &html)
{
    MarkdownNode block = m_tree->createNode(T::HtmlBlock);
    block.setLiteral(html.toUtf8());
    first.insertBefore(block);
    for (MarkdownNode n = first; n;) {
        const MarkdownNode next = n.next();
        const bool done = n == last;
        m_tree->removeNode(n);
        if (done)
            break;
        n = next;
    }
}

// Examples, admonitions, code fences, display math and blockquotes become HTML blocks written
// here. Containers nested deeper than the parser reads (30,000 ">") are left to cmark, which
// renders iteratively.
void RenderPass::rewriteBlocks(MarkdownNode parent, int depth)
{
    for (MarkdownNode n = parent.firstChild(); n;) {
        MarkdownNode next = n.next();
        switch (n.type()) {
        case T::Paragraph: {
            if (next.type() == T::CodeBlock) {
                const int ex = m_exampleByFenceEnd.value(docLine(next.endLine()), -1);
                if (ex >= 0 && exampleAt(ex).range.startLine == docLine(n.startLine())) {
                    const MarkdownNode after = next.next();
                    replaceWithHtml(n, next, m_writer.example(exampleAt(ex)));
                    next = after;
                    break;
                }
            }
            const int adm = parent.type() == T::Document
                                ? m_admonitionByLine.value(docLine(n.startLine()), -1)
                                : -1;
            if (adm >= 0) {
                next = replaceAdmonition(n, adm);
                break;
            }
            if (n.firstChild().type() == T::Text && n.firstChild().literal().startsWith("$$")) {
                const QString tex = MathHtml::displayMath(paragraphSource(n));
                if (!tex.isNull())
                    replaceWithHtml(n, n,
                                    MathHtml::blockHtml(tex, anchor(n.startLine()), n.startLine(),
                                                        n.endLine()));
            }
            break;
        }
        case T::CodeBlock: {
            const int ex = m_exampleByFenceEnd.value(docLine(n.endLine()), -1);
            if (ex >= 0 && n.isFenced())
                replaceWithHtml(n, n, m_writer.example(exampleAt(ex)));
            else
                replaceWithHtml(n, n, codeBlock(n));
            break;
        }
        case T::HtmlBlock:
            n.setLiteral(passSourceHtml(n.literal()));
            break;
        case T::BlockQuote:
            if (depth < SpecParser::maxNestingDepth) {
                rewriteBlocks(n, depth + 1);
                wrapBlockQuote(n);
            }
            break;
        case T::List:
        case T::Item:
        case T::FootnoteDefinition:
            if (depth < SpecParser::maxNestingDepth)
                rewriteBlocks(n, depth + 1);
            break;
        default:
            break;
        }
        n = next;
    }
}

// QTextBrowser draws no borders on one side of a block: a quote is a table whose narrow first
// cell is the bar (GitHub's look), in browsers and the PDF alike.
void RenderPass::wrapBlockQuote(MarkdownNode quote)
{
    MarkdownNode open = m_tree->createNode(T::HtmlBlock);
    open.setLiteral((u"<table class=\"quote\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\""_s
                     u" data-sourcepos=\""_s +
                     QString::number(quote.startLine()) + u":1-"_s +
                     QString::number(quote.endLine()) +
                     u":1\"><tr><td class=\"quote-bar\" width=\"3\"></td>"_s
                     u"<td class=\"quote-body\">"_s)
                        .toUtf8());
    quote.insertBefore(open);
    while (MarkdownNode child = quote.firstChild())
        quote.insertBefore(child);
    MarkdownNode close = m_tree->createNode(T::HtmlBlock);
    close.setLiteral("</td></tr></table>");
    quote.insertBefore(close);
    m_tree->removeNode(quote);
}

QString RenderPass::paragraphSource(MarkdownNode paragraph) const
{
    QStringList lines;
    const int indent = paragraph.startColumn() - 1;
    for (int line = paragraph.startLine(); line <= paragraph.endLine(); ++line) {
        if (line < 1 || line > m_lines.size())
            break;
        QByteArray text = m_lines.at(line - 1);
        // Strip the container's prefix: list indentation, "> " of quotes.
        qsizetype cut = 0;
        while (cut < indent && cut < text.size() &&
               (text.at(cut) == ' ' || text.at(cut) == '>' || text.at(cut) == '\t'))
            ++cut;
        lines.append(QString::fromUtf8(text.mid(cut)));
    }
    return lines.join(u'\n');
}

MarkdownNode RenderPass::replaceAdmonition(MarkdownNode first, int index)
{
    const Admonition &a = m_context.document->admonitions().at(index);
    MarkdownNode last = first;
    while (last.next() && docLine(last.next().startLine()) <= a.endLine)
        last = last.next();
    const MarkdownNode after = last.next();
    // The body is the indented lines after the "!!! type" line, dedented.
    const SourceText &src = m_context.document->source();
    QStringList lines;
    for (int line = a.startLine + 1; line <= a.endLine && line <= src.lineCount(); ++line)
        lines.append(src.line(line).toString());
    int indent = INT_MAX;
    for (const QString &l : std::as_const(lines)) {
        if (l.trimmed().isEmpty())
            continue;
        int i = 0;
        while (i < l.size() && (l.at(i) == u' ' || l.at(i) == u'\t'))
            ++i;
        indent = std::min(indent, i);
    }
    for (QString &l : lines)
        l = l.mid(indent == INT_MAX ? 0 : indent);
    replaceWithHtml(first, last, m_writer.admonition(a, lines.join(u'\n'), a.startLine + 1));
    return after;
}

QString RenderPass::codeBlock(MarkdownNode fence) const
{
    QString code = QString::fromUtf8(fence.literal());
    while (code.endsWith(u'\n'))
        code.chop(1);
    const QString language = QString::fromUtf8(fence.fenceInfo()).section(u' ', 0, 0);
    if (language == u"math")
        return MathHtml::blockHtml(code, anchor(fence.startLine()), fence.startLine(),
                                   fence.endLine());
    QString body;
    if (const auto &h = m_renderer.highlighter(); h && !language.isEmpty())
        body = h->highlight(code, language);
    if (body.isEmpty())
        body = code.toHtmlEscaped();
    QString html =
        u"<table class=\"codebox\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\""_s +
        u" data-sourcepos=\""_s + QString::number(fence.startLine()) + u":1-"_s +
        QString::number(fence.endLine()) + u":1\"><tr><td class=\"codebox-cell\">"_s;
    html += u"<pre class=\"code\">"_s + anchor(fence.startLine()) + u"<code"_s;
    if (!language.isEmpty())
        html += u" class=\"language-"_s + language.toHtmlEscaped() + u'"';
    html += u'>' + body + u"</code></pre></td></tr></table>\n"_s;
    return html;
}

} // namespace Specwright
