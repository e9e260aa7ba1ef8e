#include "render_pass.h"

#include "code_highlighter.h"
#include "html_post_processor.h"
#include "html_sanitizer.h"
#include "inline_rewriter.h"
#include "math_html.h"
#include "render_lookup.h"
#include "rendered_section.h"
#include "section_html_cache.h"
#include "spec_document.h"
#include "spec_html_renderer.h"
#include "spec_parser.h"

#include <QCryptographicHash>
#include <algorithm>

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

// Separates the groups of a document in cmark's output (an HTML block of its own). A text
// that holds it is written in one piece.
constexpr char kSectionMark[] = "\x01specwright-section\x01";

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
    m_utf8 = utf8;
    m_lines.reserve(utf8.count('\n') + 1);
    for (qsizetype start = 0;;) {
        const qsizetype end = utf8.indexOf('\n', start);
        m_lines.append(QByteArrayView(m_utf8).sliced(start, (end < 0 ? utf8.size() : end) - start));
        if (end < 0)
            break;
        start = end + 1;
    }
    const QString html =
        m_context.documentStructure && !utf8.contains(kSectionMark) ? writeSections() : writeHtml();
    m_tree = nullptr;
    m_lines.clear();
    m_utf8.clear();
    return html;
}

QString RenderPass::writeHtml()
{
    rewriteBlocks(m_tree->root());
    InlineRewriter inlines(*m_tree, m_context, m_sectionByLine,
                           [this](const QString &id) { return sectionTitle(id); });
    inlines.setSourceLines(m_lines);
    inlines.rewrite(m_tree->root());
    const QString html = HtmlSanitizer::sanitize(QString::fromUtf8(m_tree->toHtml(true, true)));
    return HtmlPostProcessor(m_context, inlines.headingIds()).process(html);
}

// The document's top-level blocks in groups that begin at each heading, and one group for the
// footnote definitions (cmark moves them to the end). A group's HTML depends only on its source
// lines and the context key, so a group the cache holds is taken out of the tree before the
// passes run; the others are written in one cmark run, split at marks, and sanitised and
// post-processed group by group. A full render is the same with an empty cache.
QString RenderPass::writeSections()
{
    QList<SectionGroup> groups;
    const MarkdownNode root = m_tree->root();
    for (MarkdownNode n = root.firstChild(); n; n = n.next()) {
        const bool footnote = n.type() == T::FootnoteDefinition;
        if (groups.isEmpty() || (!groups.last().footnotes && (footnote || n.type() == T::Heading)))
            groups.append({n, n.startLine(), footnote, {}, {}, false});
    }
    if (groups.isEmpty())
        return {};

    SectionHtmlCache *cache = m_context.cache;
    if (cache)
        computeGroupKeys(groups);
    int reused = 0;
    QList<MarkdownNode> marks;
    for (SectionGroup &g : groups) {
        // The footnote definitions stay: the references' HTML reads their labels from them.
        if (cache && !g.footnotes) {
            g.html = cache->find(g.key);
            g.cached = !g.html.isNull();
            reused += g.cached ? 1 : 0;
        }
        MarkdownNode mark = m_tree->createNode(T::HtmlBlock);
        mark.setLiteral(QByteArray(kSectionMark));
        g.first.insertBefore(mark);
        marks.append(mark);
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!groups.at(i).cached)
            continue;
        const MarkdownNode end = i + 1 < marks.size() ? marks.at(i + 1) : MarkdownNode();
        for (MarkdownNode n = groups.at(i).first; n && !(n == end);) {
            const MarkdownNode next = n.next();
            m_tree->removeNode(n);
            n = next;
        }
    }

    if (reused < groups.size()) {
        rewriteBlocks(root);
        InlineRewriter inlines(*m_tree, m_context, m_sectionByLine,
                               [this](const QString &id) { return sectionTitle(id); });
        inlines.setSourceLines(m_lines);
        inlines.rewrite(root);
        const HtmlPostProcessor post(m_context, inlines.headingIds());
        const QByteArray all = m_tree->toHtml(true, true);
        const QByteArrayView mark(kSectionMark);
        qsizetype at = all.indexOf(mark);
        for (SectionGroup &g : groups) {
            qsizetype start = at < 0 ? all.size() : at + mark.size();
            if (start < all.size() && all.at(start) == '\n')
                ++start;
            at = all.indexOf(mark, start);
            if (g.cached)
                continue;
            const qsizetype end = at < 0 ? all.size() : at;
            g.html = post.process(HtmlSanitizer::sanitize(
                QString::fromUtf8(QByteArrayView(all).sliced(start, end - start))));
        }
    }

    // Whoever takes the groups (renderSections) has no use for them joined: at 5 MB that copy
    // of the whole HTML is tens of MB.
    const bool joined = !m_context.sections;
    qsizetype size = 0;
    for (const SectionGroup &g : std::as_const(groups))
        size += joined ? g.html.size() : 0;
    QString html;
    html.reserve(size);
    SectionHtmlCache::Entries entries;
    for (const SectionGroup &g : std::as_const(groups)) {
        if (joined)
            html += g.html;
        if (cache)
            entries.insert(g.key, g.html);
    }
    if (cache)
        cache->store(std::move(entries), reused, int(groups.size()) - reused);
    if (m_context.sections) {
        for (const SectionGroup &g : std::as_const(groups))
            m_context.sections->append({g.key, g.html, g.firstLine});
    }
    return html;
}

// Key of a group: the context (titles, footnotes, link definitions, options), the order of all
// footnote references (their numbers and back references), the first line and the group's
// source lines (for the footnote group, those of each definition).
void RenderPass::computeGroupKeys(QList<SectionGroup> &groups) const
{
    QList<qsizetype> lineStart; // byte offset of line N at N-1, and the end
    lineStart.reserve(m_lines.size() + 1);
    qsizetype offset = 0;
    for (const QByteArrayView line : m_lines) {
        lineStart.append(offset);
        offset += line.size() + 1;
    }
    lineStart.append(offset);
    const QByteArray &utf8 = m_utf8;
    auto bytes = [&](int firstLine, int lastLine) {
        const qsizetype from = lineStart.at(std::clamp(firstLine, 1, int(m_lines.size())) - 1);
        const qsizetype to = lineStart.at(std::clamp(lastLine, 0, int(m_lines.size())));
        return QByteArrayView(utf8).sliced(from, std::max<qsizetype>(0, to - from - 1));
    };

    QCryptographicHash base(QCryptographicHash::Md5);
    base.addData(m_context.contextKey);
    if (utf8.contains("[^"))
        addFootnoteReferences(base);
    const QByteArray context = base.result();

    for (qsizetype i = 0; i < groups.size(); ++i) {
        SectionGroup &g = groups[i];
        QCryptographicHash hash(QCryptographicHash::Md5);
        hash.addData(context);
        const int line = g.firstLine;
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&line), sizeof line));
        if (g.footnotes) {
            hash.addData("footnotes");
            for (MarkdownNode n = g.first; n; n = n.next()) {
                hash.addData(bytes(n.startLine(), n.endLine()));
                hash.addData("\n");
            }
        } else {
            const bool lastText = i + 1 == groups.size() || groups.at(i + 1).footnotes;
            hash.addData(
                bytes(line, lastText ? int(m_lines.size()) : groups.at(i + 1).firstLine - 1));
        }
        g.key = hash.result();
    }
}

// The numbers cmark gave the footnote references, in document order.
void RenderPass::addFootnoteReferences(QCryptographicHash &hash) const
{
    const MarkdownNode root = m_tree->root();
    MarkdownNode n = root.firstChild();
    while (n) {
        if (n.type() == T::FootnoteReference) {
            hash.addData(n.literal());
            hash.addData(",");
        }
        n = n.nextBelow(root);
    }
}

QString RenderPass::renderNested(const QString &markdown, int firstLine, bool keepLineBreaks) const
{
    RenderContext inner = m_context;
    inner.documentStructure = false;
    inner.sections = nullptr;
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
        const QByteArrayView text = m_lines.at(line - 1);
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
    // Nodes made here (a group's mark) have no line and end the run.
    while (last.next() && last.next().startLine() > 0 &&
           docLine(last.next().startLine()) <= a.endLine)
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
