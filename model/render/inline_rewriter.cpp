#include "inline_rewriter.h"

#include "citation_html.h"
#include "heading_attributes.h"
#include "math_html.h"
#include "render_lookup.h"
#include "spec_document.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

using T = MarkdownNode::Type;

bool isSectionLink(const QString &url)
{
    if (url.startsWith(u'#'))
        return true;
    const QUrl u(url);
    if (!u.scheme().isEmpty())
        return false;
    return u.path().endsWith(u".md"_s, Qt::CaseInsensitive);
}

// The one place where HTML written in a spec (inline tags) goes into the output; the
// sanitiser runs over the whole result.
QByteArray passSourceHtml(const QByteArray &html)
{
    return html;
}

} // namespace

InlineRewriter::InlineRewriter(MarkdownTree &tree, const RenderContext &context,
                               const QHash<int, int> &sectionByLine, SectionTitle sectionTitle)
    : m_tree(tree)
    , m_context(context)
    , m_sectionByLine(sectionByLine)
    , m_sectionTitle(std::move(sectionTitle))
{
}

void InlineRewriter::rewrite(MarkdownNode root)
{
    Found found;
    m_tree.consolidateTextNodes();
    collect(root, found);
    for (MarkdownNode heading : std::as_const(found.headings))
        rewriteHeading(heading);
    for (MarkdownNode link : std::as_const(found.links))
        rewriteLink(link);
    for (qsizetype i = 0; i < found.softBreaks.size(); ++i) {
        // Code written without a fence keeps its indentation too.
        QString html = u"<br />\n"_s;
        for (int s = 0; s < found.softBreakIndents.at(i); ++s)
            html += u"&nbsp;"_s;
        replaceWithHtml(found.softBreaks.at(i), html);
    }
    for (MarkdownNode link : std::as_const(found.autolinks))
        decodeAutolink(link);
    for (MarkdownNode code : std::as_const(found.mathCode))
        rewriteMathCode(code);
    for (MarkdownNode text : std::as_const(found.math))
        rewriteMath(text); // before eval tags and citations: it may split the node
    for (MarkdownNode text : std::as_const(found.evalTags))
        rewriteEvalTags(text);
    for (MarkdownNode text : std::as_const(found.citations)) {
        const QString html =
            CitationHtml::rewrite(QString::fromUtf8(text.literal()), *m_context.document);
        if (!html.isEmpty())
            replaceWithHtml(text, html);
    }
}

void InlineRewriter::replaceWithHtml(MarkdownNode node, const QString &html)
{
    MarkdownNode inlineHtml = m_tree.createNode(T::HtmlInline);
    inlineHtml.setLiteral(html.toUtf8());
    node.insertBefore(inlineHtml);
    m_tree.removeNode(node);
}

// Iterative pre-order walk: hostile input nests quotes 30,000 deep.
void InlineRewriter::collect(MarkdownNode root, Found &found)
{
    MarkdownNode paragraph; // of the last soft break, and the breaks seen in it
    int breaks = 0;
    MarkdownNode n = root.firstChild();
    while (n) {
        const T type = n.type();
        if (type == T::Link && isSectionLink(QString::fromUtf8(n.url()))) {
            found.links.append(n);
        } else if (type == T::Link && n.url().contains('&')) {
            found.autolinks.append(n);
        } else if (type == T::SoftBreak && m_context.keepLineBreaks) {
            MarkdownNode block = n.parent();
            while (block && block.type() != T::Paragraph)
                block = block.parent();
            if (!(block == paragraph)) {
                paragraph = block;
                breaks = 0;
            }
            ++breaks;
            int indent = 0;
            const int line = block ? block.startLine() + breaks : 0;
            if (line >= 1 && line <= m_lines.size()) {
                const QByteArrayView text = m_lines.at(line - 1);
                const int container = block.startColumn() - 1;
                while (indent + container < text.size() && text.at(indent + container) == ' ')
                    ++indent;
            }
            found.softBreaks.append(n);
            found.softBreakIndents.append(indent);
        } else if (type == T::Heading && n.parent().type() == T::Document) {
            found.headings.append(n);
        } else if (type == T::HtmlInline) {
            n.setLiteral(passSourceHtml(n.literal()));
        } else if (type == T::Code) {
            const MarkdownNode before = n.previous();
            const MarkdownNode after = n.next();
            if (before.type() == T::Text && before.literal().endsWith('$') &&
                after.type() == T::Text && after.literal().startsWith('$'))
                found.mathCode.append(n);
        } else if (type == T::Text) {
            const QByteArray &literal = n.literal();
            if (literal.count('$') >= 2)
                found.math.append(n);
            else if (m_context.document && CitationHtml::mayHold(literal))
                found.citations.append(n);
            else if (m_context.document && literal.contains("[^"))
                found.evalTags.append(n); // a footnote tag without a definition stays text
        }
        n = n.nextBelow(root);
    }
}

// cmark-gfm's autolink extension takes a bare URL from the raw text, so an entity written in
// it ("?a=1&amp;b=2", as copied from HTML) stays in the link text and URL and shows as "&amp;";
// GitHub shows "&". Decoded here for links whose text is their URL.
void InlineRewriter::decodeAutolink(MarkdownNode link)
{
    MarkdownNode text = link.firstChild();
    if (!text || text.next() || text.type() != T::Text)
        return;
    const QByteArray url = link.url();
    const QByteArray shown = text.literal();
    if (!(url == shown || url == "http://" + shown || url == "mailto:" + shown))
        return;
    static const QRegularExpression entity(
        uR"(&(amp|lt|gt|quot|apos|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});)"_s);
    auto decode = [](const QString &in) -> QString {
        QString out;
        qsizetype last = 0;
        auto it = entity.globalMatch(in);
        while (it.hasNext()) {
            const auto m = it.next();
            out += in.mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            const QString name = m.captured(1);
            char32_t code = 0;
            if (name == u"amp")
                code = u'&';
            else if (name == u"lt")
                code = u'<';
            else if (name == u"gt")
                code = u'>';
            else if (name == u"quot")
                code = u'"';
            else if (name == u"apos")
                code = u'\'';
            else if (name.at(1) == u'x' || name.at(1) == u'X')
                code = char32_t(name.mid(2).toUInt(nullptr, 16));
            else
                code = char32_t(name.mid(1).toUInt());
            if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                code = 0xFFFD;
            out += QString::fromUcs4(&code, 1);
        }
        return out + in.mid(last);
    };
    // Written as HTML rather than with cmark_node_set_url, which frees the extension's URL
    // buffer it does not own; the sanitiser checks the href like any other.
    const QString href = decode(QString::fromUtf8(url));
    replaceWithHtml(link, u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s +
                              decode(QString::fromUtf8(shown)).toHtmlEscaped() + u"</a>"_s);
}

// $`x`$ (GitHub's form that survives Markdown): the code span between two dollars.
void InlineRewriter::rewriteMathCode(MarkdownNode code)
{
    MarkdownNode before = code.previous();
    MarkdownNode after = code.next();
    if (before.type() != T::Text || after.type() != T::Text)
        return;
    QByteArray b = before.literal();
    QByteArray a = after.literal();
    if (!b.endsWith('$') || !a.startsWith('$'))
        return;
    b.chop(1);
    before.setLiteral(b);
    after.setLiteral(a.mid(1));
    replaceWithHtml(code, MathHtml::inlineHtml(QString::fromUtf8(code.literal())));
}

// $x^2$ in a text node: the math becomes HTML, the rest stays text (links, tags, citations
// in it are left as they are written).
void InlineRewriter::rewriteMath(MarkdownNode text)
{
    const QString literal = QString::fromUtf8(text.literal());
    const QList<MathHtml::Span> spans = MathHtml::inlineSpans(literal);
    if (spans.isEmpty()) { // "$5 and $10": text, which may hold a tag or a citation
        if (m_context.document && CitationHtml::mayHold(text.literal())) {
            const QString html = CitationHtml::rewrite(literal, *m_context.document);
            if (!html.isEmpty())
                replaceWithHtml(text, html);
        } else if (m_context.document && literal.contains(u"[^"_s)) {
            rewriteEvalTags(text);
        }
        return;
    }
    qsizetype last = 0;
    for (const MathHtml::Span &span : spans) {
        MarkdownNode before = m_tree.createNode(T::Text);
        before.setLiteral(literal.mid(last, span.start - last).toUtf8());
        text.insertBefore(before);
        MarkdownNode math = m_tree.createNode(T::HtmlInline);
        math.setLiteral(MathHtml::inlineHtml(span.tex).toUtf8());
        text.insertBefore(math);
        last = span.start + span.length;
    }
    text.setLiteral(literal.mid(last).toUtf8());
}

// [^tag] without a footnote definition is the Model Spec's eval tag: a link to its prompts.
void InlineRewriter::rewriteEvalTags(MarkdownNode text)
{
    static const QRegularExpression tagRe(uR"(\[\^([^\]\s]+)\])"_s);
    const QString literal = QString::fromUtf8(text.literal());
    qsizetype last = 0;
    auto it = tagRe.globalMatch(literal);
    if (!it.hasNext())
        return;
    const QDir dir = QFileInfo(m_context.document->filePath()).absoluteDir();
    while (it.hasNext()) {
        const auto m = it.next();
        MarkdownNode before = m_tree.createNode(T::Text);
        before.setLiteral(literal.mid(last, m.capturedStart(0) - last).toUtf8());
        text.insertBefore(before);
        const QString tag = m.captured(1);
        QString file;
        if (m_context.lookup) {
            file = m_context.lookup->examplesFile(tag);
        } else {
            for (const FootnoteTag &f : m_context.document->footnotes())
                if (f.tag == tag && !f.examplesFile.isEmpty())
                    file = f.examplesFile;
        }
        if (file.isEmpty() && m_context.workspace)
            file = m_context.workspace->evalFile(tag, m_context.document->filePath());
        const QString href =
            file.isEmpty() ? u"examples/"_s + tag + u".md"_s : dir.relativeFilePath(file);
        const QString tip = file.isEmpty() ? tr("Eval tag %1: no examples/%1.md").arg(tag)
                                           : tr("Eval prompts for %1").arg(tag);
        MarkdownNode link = m_tree.createNode(T::HtmlInline);
        link.setLiteral(
            (u"<sup class=\"eval-tag"_s + (file.isEmpty() ? u" eval-tag-missing"_s : QString()) +
             u"\"><a class=\"eval-prompts\" href=\""_s + href.toHtmlEscaped() + u"\" title=\""_s +
             tip.toHtmlEscaped() + u"\">"_s + tag.toHtmlEscaped() + u"</a></sup>"_s)
                .toUtf8());
        text.insertBefore(link);
        last = m.capturedEnd(0);
    }
    text.setLiteral(literal.mid(last).toUtf8());
}

void InlineRewriter::rewriteHeading(MarkdownNode heading)
{
    const int index = m_sectionByLine.value(docLine(heading.startLine()), -1);
    Section s;
    if (index >= 0) {
        s = m_context.document->sections().at(index);
        if (s.attributeRange.isValid())
            stripAttributeBlock(heading);
    } else {
        // A fragment (a diff block, a turn body): read the attribute block here, and leave
        // ids to the whole document so anchors stay unique.
        const HeadingAttributes attributes = HeadingAttributes::parse(heading.plainText());
        if (!attributes.hasBlock())
            return;
        stripAttributeBlock(heading);
        s.attributes = attributes.attributes();
    }
    QString badges;
    for (const Attribute &a : s.attributes) {
        if (a.key == u"class")
            continue;
        if (a.key == u"authority") {
            badges += u" <span class=\"authority authority-"_s + a.value.toHtmlEscaped() +
                      u"\" title=\""_s + tr("Authority level").toHtmlEscaped() + u"\">&nbsp;"_s +
                      a.value.toHtmlEscaped() + u"&nbsp;</span>"_s;
        } else {
            badges += u" <span class=\"attr\">&nbsp;"_s + a.key.toHtmlEscaped() + u'=' +
                      a.value.toHtmlEscaped() + u"&nbsp;</span>"_s;
        }
    }
    if (!badges.isEmpty()) {
        MarkdownNode tail = m_tree.createNode(T::HtmlInline);
        tail.setLiteral(badges.toUtf8());
        heading.appendChild(tail);
    }
    if (s.id.isEmpty())
        return;
    // A named anchor for QTextBrowser (it ignores id on headings); browsers use the id.
    MarkdownNode open = m_tree.createNode(T::HtmlInline);
    open.setLiteral((u"<a name=\""_s + s.id.toHtmlEscaped() + u"\"></a>"_s).toUtf8());
    if (heading.firstChild())
        heading.firstChild().insertBefore(open);
    else
        heading.appendChild(open);
    m_headingIds.insert(docLine(heading.startLine()), s.id);
}

// Drops the trailing "{#id key=value}" from a heading's inline text nodes.
void InlineRewriter::stripAttributeBlock(MarkdownNode heading)
{
    QList<MarkdownNode> tail;
    for (MarkdownNode n = heading.lastChild(); n; n = n.previous()) {
        if (n.type() != T::Text)
            return;
        tail.prepend(n);
        if (n.literal().contains('{'))
            break;
    }
    if (tail.isEmpty() || !tail.first().literal().contains('{'))
        return;
    const QByteArray text = tail.first().literal();
    tail.first().setLiteral(text.left(text.lastIndexOf('{')).trimmed());
    for (int i = 1; i < tail.size(); ++i)
        m_tree.removeNode(tail.at(i));
}

void InlineRewriter::rewriteLink(MarkdownNode link)
{
    const QString url = QString::fromUtf8(link.url());
    if (!m_context.document)
        return;
    Reference ref;
    ref.target = url;
    const int hash = int(url.indexOf(u'#'));
    ref.targetFile = hash < 0 ? url : url.left(hash);
    ref.targetId = hash < 0 ? QString() : QUrl::fromPercentEncoding(url.mid(hash + 1).toUtf8());
    ref.kind = ref.targetFile.isEmpty() ? ReferenceKind::Section : ReferenceKind::File;
    QString title;
    ResolutionState state = ResolutionState::Unchecked;
    if (ref.targetFile.isEmpty()) {
        title = m_sectionTitle(ref.targetId);
        state = title.isEmpty() ? ResolutionState::Unresolved : ResolutionState::Resolved;
    } else if (m_context.workspace) {
        const Reference r = m_context.workspace->resolve(ref, m_context.document->filePath());
        title = r.resolvedTitle;
        state = r.state;
    }
    MarkdownNode only = link.firstChild();
    const bool question = only && !only.next() && only.type() == T::Text && only.literal() == "?";
    if (question)
        only.setLiteral((title.isEmpty() ? ref.targetId : title).toUtf8());
    if (state != ResolutionState::Unresolved)
        return;
    // Broken: rewrite as raw HTML with a class and a tooltip, keeping the link text.
    const QString tip =
        ref.targetFile.isEmpty()
            ? tr("Broken reference: no section \"%1\" in this document").arg(ref.targetId)
            : tr("Broken reference: \"%1\" not found").arg(url);
    MarkdownNode open = m_tree.createNode(T::HtmlInline);
    open.setLiteral((u"<a class=\"ref-broken\" href=\""_s + url.toHtmlEscaped() + u"\" title=\""_s +
                     tip.toHtmlEscaped() + u"\">"_s)
                        .toUtf8());
    MarkdownNode close = m_tree.createNode(T::HtmlInline);
    close.setLiteral("&#160;&#9888;</a>");
    link.insertBefore(open);
    while (MarkdownNode child = link.firstChild())
        link.insertBefore(child);
    link.insertBefore(close);
    m_tree.removeNode(link);
}

} // namespace Specwright
