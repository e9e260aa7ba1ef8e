#include "spec_html_renderer.h"

#include "citation_html.h"
#include "code_highlighter.h"
#include "example_html_writer.h"
#include "heading_attributes.h"
#include "html_sanitizer.h"
#include "markdown_tree.h"
#include "spec_parser.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

using T = MarkdownNode::Type;

// What one pass over a Markdown text may use. Turn bodies of examples resolve references
// against the document but have no structure (their lines are not document lines).
struct RenderContext
{
    const SpecDocument *document = nullptr;
    const SpecDocument *titles = nullptr; // resolves same-file links when set (else document)
    bool documentStructure = false;
    const Workspace *workspace = nullptr;
    int lineOffset = 0; // added to cmark's line numbers
    bool anchors = true;
};

// The one place where HTML written in a spec (HTML blocks and inline tags) goes into the output.
// Everything else the renderer emits is built and escaped here; a sanitiser hooks in here.
QByteArray passSourceHtml(const QByteArray &html)
{
    return html;
}

bool isSectionLink(const QString &url)
{
    if (url.startsWith(u'#'))
        return true;
    const QUrl u(url);
    if (!u.scheme().isEmpty())
        return false;
    return u.path().endsWith(u".md"_s, Qt::CaseInsensitive);
}

class RenderPass
{
public:
    RenderPass(const SpecHtmlRenderer &renderer, const RenderContext &context)
        : m_renderer(renderer)
        , m_context(context)
        , m_writer(
              renderer.options(),
              [this](const QString &md, int firstLine) { return renderNested(md, firstLine); },
              [this](const QString &id) { return sectionTitle(id); })
    {
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

    QString run(const QByteArray &utf8)
    {
        MarkdownTree tree(utf8);
        m_tree = &tree;
        rewriteBlocks(tree.root());
        rewriteInlines(tree.root());
        QString html = HtmlSanitizer::sanitize(QString::fromUtf8(tree.toHtml(true, true)));
        m_tree = nullptr;
        return postProcess(html);
    }

private:
    QString renderNested(const QString &markdown, int firstLine) const
    {
        RenderContext inner = m_context;
        inner.documentStructure = false;
        inner.lineOffset = firstLine - 1;
        return RenderPass(m_renderer, inner).run(markdown.toUtf8());
    }

    QString sectionTitle(const QString &id) const
    {
        const SpecDocument *titles = m_context.titles ? m_context.titles : m_context.document;
        if (!titles)
            return {};
        const int index = titles->sectionIndexById(id);
        return index >= 0 ? titles->sections().at(index).title : QString();
    }

    int docLine(int cmarkLine) const { return cmarkLine + m_context.lineOffset; }

    void replaceWithHtml(MarkdownNode first, MarkdownNode last, const QString &html)
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

    // Examples, admonitions and code fences become HTML blocks written here. Containers nested
    // deeper than the parser reads (30,000 ">") are left to cmark, which renders iteratively.
    void rewriteBlocks(MarkdownNode parent, int depth = 0)
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
                if (adm >= 0)
                    next = replaceAdmonition(n, adm);
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

    const Example &exampleAt(int index) const { return m_context.document->examples().at(index); }

    MarkdownNode replaceAdmonition(MarkdownNode first, int index)
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

    QString codeBlock(MarkdownNode fence) const
    {
        QString code = QString::fromUtf8(fence.literal());
        while (code.endsWith(u'\n'))
            code.chop(1);
        const QString language = QString::fromUtf8(fence.fenceInfo()).section(u' ', 0, 0);
        QString body;
        if (const auto &h = m_renderer.highlighter(); h && !language.isEmpty())
            body = h->highlight(code, language);
        if (body.isEmpty())
            body = code.toHtmlEscaped();
        const int line = docLine(fence.startLine());
        QString html =
            u"<table class=\"codebox\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\""_s +
            u" data-sourcepos=\""_s + QString::number(fence.startLine()) + u":1-"_s +
            QString::number(fence.endLine()) + u":1\"><tr><td class=\"codebox-cell\">"_s;
        html += u"<pre class=\"code\">"_s;
        if (m_context.anchors)
            html += u"<a name=\""_s + SpecHtmlRenderer::sourceAnchorName(line) + u"\"></a>"_s;
        html += u"<code"_s;
        if (!language.isEmpty())
            html += u" class=\"language-"_s + language.toHtmlEscaped() + u'"';
        html += u'>' + body + u"</code></pre></td></tr></table>\n"_s;
        return html;
    }

    void rewriteInlines(MarkdownNode root)
    {
        QList<MarkdownNode> links;
        QList<MarkdownNode> headings;
        QList<MarkdownNode> evalTags;
        QList<MarkdownNode> citations;
        m_tree->consolidateTextNodes();
        collectInlines(root, links, headings, evalTags, citations);
        for (MarkdownNode heading : std::as_const(headings))
            rewriteHeading(heading);
        for (MarkdownNode link : std::as_const(links))
            rewriteLink(link);
        for (MarkdownNode text : std::as_const(evalTags))
            rewriteEvalTags(text);
        for (MarkdownNode text : std::as_const(citations)) {
            const QString html =
                CitationHtml::rewrite(QString::fromUtf8(text.literal()), *m_context.document);
            if (html.isEmpty())
                continue;
            MarkdownNode node = m_tree->createNode(T::HtmlInline);
            node.setLiteral(html.toUtf8());
            text.insertBefore(node);
            m_tree->removeNode(text);
        }
    }

    // Iterative pre-order walk: hostile input nests quotes 30,000 deep.
    void collectInlines(MarkdownNode root, QList<MarkdownNode> &links,
                        QList<MarkdownNode> &headings, QList<MarkdownNode> &evalTags,
                        QList<MarkdownNode> &citations)
    {
        MarkdownNode n = root.firstChild();
        while (n) {
            const T type = n.type();
            if (type == T::Link && isSectionLink(QString::fromUtf8(n.url())))
                links.append(n);
            else if (type == T::Heading && n.parent().type() == T::Document)
                headings.append(n);
            else if (type == T::HtmlInline)
                n.setLiteral(passSourceHtml(n.literal()));
            else if (type == T::Text && m_context.document && CitationHtml::mayHold(n.literal()))
                citations.append(n);
            else if (type == T::Text && m_context.document && n.literal().contains("[^"))
                evalTags.append(n); // a footnote tag without a definition stays text in cmark
            if (n.firstChild()) {
                n = n.firstChild();
                continue;
            }
            while (!(n == root) && !n.next())
                n = n.parent();
            n = n == root ? MarkdownNode() : n.next();
        }
    }

    // [^tag] without a footnote definition is the Model Spec's eval tag: a link to its prompts.
    void rewriteEvalTags(MarkdownNode text)
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
            MarkdownNode before = m_tree->createNode(T::Text);
            before.setLiteral(literal.mid(last, m.capturedStart(0) - last).toUtf8());
            text.insertBefore(before);
            const QString tag = m.captured(1);
            QString file;
            for (const FootnoteTag &f : m_context.document->footnotes())
                if (f.tag == tag && !f.examplesFile.isEmpty())
                    file = f.examplesFile;
            if (file.isEmpty() && m_context.workspace)
                file = m_context.workspace->evalFile(tag, m_context.document->filePath());
            const QString href =
                file.isEmpty() ? u"examples/"_s + tag + u".md"_s : dir.relativeFilePath(file);
            const QString tip =
                file.isEmpty() ? SpecHtmlRenderer::tr("Eval tag %1: no examples/%1.md").arg(tag)
                               : SpecHtmlRenderer::tr("Eval prompts for %1").arg(tag);
            MarkdownNode link = m_tree->createNode(T::HtmlInline);
            link.setLiteral((u"<sup class=\"eval-tag"_s +
                             (file.isEmpty() ? u" eval-tag-missing"_s : QString()) +
                             u"\"><a class=\"eval-prompts\" href=\""_s + href.toHtmlEscaped() +
                             u"\" title=\""_s + tip.toHtmlEscaped() + u"\">"_s +
                             tag.toHtmlEscaped() + u"</a></sup>"_s)
                                .toUtf8());
            text.insertBefore(link);
            last = m.capturedEnd(0);
        }
        text.setLiteral(literal.mid(last).toUtf8());
    }

    void rewriteHeading(MarkdownNode heading)
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
                          u"\" title=\""_s +
                          SpecHtmlRenderer::tr("Authority level").toHtmlEscaped() + u"\">&nbsp;"_s +
                          a.value.toHtmlEscaped() + u"&nbsp;</span>"_s;
            } else {
                badges += u" <span class=\"attr\">&nbsp;"_s + a.key.toHtmlEscaped() + u'=' +
                          a.value.toHtmlEscaped() + u"&nbsp;</span>"_s;
            }
        }
        if (!badges.isEmpty()) {
            MarkdownNode tail = m_tree->createNode(T::HtmlInline);
            tail.setLiteral(badges.toUtf8());
            heading.appendChild(tail);
        }
        if (s.id.isEmpty())
            return;
        // A named anchor for QTextBrowser (it ignores id on headings); browsers use the id.
        MarkdownNode open = m_tree->createNode(T::HtmlInline);
        open.setLiteral((u"<a name=\""_s + s.id.toHtmlEscaped() + u"\"></a>"_s).toUtf8());
        if (heading.firstChild())
            heading.firstChild().insertBefore(open);
        else
            heading.appendChild(open);
        m_headingIds.insert(docLine(heading.startLine()), s.id);
    }

    // Drops the trailing "{#id key=value}" from a heading's inline text nodes.
    void stripAttributeBlock(MarkdownNode heading)
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
            m_tree->removeNode(tail.at(i));
    }

    void rewriteLink(MarkdownNode link)
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
            title = sectionTitle(ref.targetId);
            state = title.isEmpty() ? ResolutionState::Unresolved : ResolutionState::Resolved;
        } else if (m_context.workspace) {
            const Reference r = m_context.workspace->resolve(ref, m_context.document->filePath());
            title = r.resolvedTitle;
            state = r.state;
        }
        MarkdownNode only = link.firstChild();
        const bool question =
            only && !only.next() && only.type() == T::Text && only.literal() == "?";
        if (question)
            only.setLiteral((title.isEmpty() ? ref.targetId : title).toUtf8());
        if (state != ResolutionState::Unresolved)
            return;
        // Broken: rewrite as raw HTML with a class and a tooltip, keeping the link text.
        const QString tip =
            ref.targetFile.isEmpty()
                ? SpecHtmlRenderer::tr("Broken reference: no section \"%1\" in this document")
                      .arg(ref.targetId)
                : SpecHtmlRenderer::tr("Broken reference: \"%1\" not found").arg(url);
        MarkdownNode open = m_tree->createNode(T::HtmlInline);
        open.setLiteral((u"<a class=\"ref-broken\" href=\""_s + url.toHtmlEscaped() +
                         u"\" title=\""_s + tip.toHtmlEscaped() + u"\">"_s)
                            .toUtf8());
        MarkdownNode close = m_tree->createNode(T::HtmlInline);
        close.setLiteral("&#160;&#9888;</a>");
        link.insertBefore(open);
        while (MarkdownNode child = link.firstChild())
            link.insertBefore(child);
        link.insertBefore(close);
        m_tree->removeNode(link);
    }

    QString postProcess(const QString &html) const
    {
        static const QRegularExpression tagRe(
            uR"re(<([a-z][a-z0-9]*)([^<>]*?) data-sourcepos="(\d+):(\d+)-(\d+):(\d+)"([^<>]*)>)re"_s);
        static const QStringList anchored = {u"p"_s,  u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s,
                                             u"h5"_s, u"h6"_s, u"li"_s, u"td"_s, u"th"_s};
        QString out;
        out.reserve(html.size() + html.size() / 4);
        qsizetype pos = 0;
        auto it = tagRe.globalMatch(html);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(html).mid(pos, m.capturedStart() - pos);
            pos = m.capturedEnd();
            const QString tag = m.captured(1);
            const int startLine = m.captured(3).toInt() + m_context.lineOffset;
            const int endLine = m.captured(5).toInt() + m_context.lineOffset;
            QString attrs = m.captured(2) + m.captured(7);
            if (tag.size() == 2 && tag.at(0) == u'h' && m_headingIds.contains(startLine))
                attrs += u" id=\""_s + m_headingIds.value(startLine).toHtmlEscaped() + u'"';
            if (tag == u"table" && !attrs.contains(u"class="_s))
                attrs += u" class=\"md-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\""_s;
            out += u'<' + tag + attrs + u" data-sourcepos=\""_s + QString::number(startLine) +
                   u':' + m.captured(4) + u'-' + QString::number(endLine) + u':' + m.captured(6) +
                   u"\">"_s;
            if (m_context.anchors && anchored.contains(tag) &&
                !QStringView(html).mid(pos).startsWith(u"<a name=\"sl-"_s))
                out +=
                    u"<a name=\""_s + SpecHtmlRenderer::sourceAnchorName(startLine) + u"\"></a>"_s;
        }
        out += QStringView(html).mid(pos);
        // Task list boxes: QTextBrowser has no form controls; a ballot box reads the same.
        out.replace(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_s,
                    u"<span class=\"task task-done\">&#9745;</span>"_s);
        out.replace(u"<input type=\"checkbox\" disabled=\"\" />"_s,
                    u"<span class=\"task\">&#9744;</span>"_s);
        // Footnote targets get named anchors too (QTextBrowser scrolls only to those).
        static const QRegularExpression refRe(uR"re(<a ([^<>]*?)id="(fnref-[^"]*)")re"_s);
        out.replace(refRe, uR"re(<a \1id="\2" name="\2")re"_s);
        static const QRegularExpression noteRe(uR"re(<li id="fn-([^"]*)">)re"_s);
        out.replace(noteRe, uR"re(<li id="fn-\1"><a name="fn-\1"></a>)re"_s);
        addEvalPromptLinks(out);
        out.replace(u"<section class=\"footnotes\""_s,
                    u"<hr class=\"footnotes-separator\" />\n<section class=\"footnotes\""_s);
        return out;
    }

    // Footnote tags with examples/<tag>.md beside the spec link to their eval prompts.
    void addEvalPromptLinks(QString &html) const
    {
        if (!m_context.document || !m_context.documentStructure)
            return;
        const SpecDocument &doc = *m_context.document;
        const QDir dir = QFileInfo(doc.filePath()).absoluteDir();
        QSet<QString> done;
        for (const FootnoteTag &f : doc.footnotes()) {
            if (f.examplesFile.isEmpty() || done.contains(f.tag))
                continue;
            done.insert(f.tag);
            const QString anchor = u"<a name=\"fn-"_s + f.tag.toHtmlEscaped() + u"\"></a>"_s;
            const qsizetype at = html.indexOf(anchor);
            if (at < 0)
                continue;
            // The anchor is followed by the definition's first <p ...><a name="sl-N"></a>.
            qsizetype insertAt = html.indexOf(u"</a>"_s, html.indexOf(u"<p"_s, at + anchor.size()));
            if (insertAt < 0)
                continue;
            insertAt += 4;
            QString label = SpecHtmlRenderer::tr("eval prompts");
            if (m_context.workspace) {
                const int count =
                    int(m_context.workspace->evalExamples(f.tag, doc.filePath()).size());
                label = count == 1 ? SpecHtmlRenderer::tr("1 eval prompt")
                                   : SpecHtmlRenderer::tr("%1 eval prompts").arg(count);
            }
            html.insert(insertAt, u"<a class=\"eval-prompts\" href=\""_s +
                                      dir.relativeFilePath(f.examplesFile).toHtmlEscaped() +
                                      u"\">"_s + label.toHtmlEscaped() + u"</a> "_s);
        }
    }

    const SpecHtmlRenderer &m_renderer;
    RenderContext m_context;
    ExampleHtmlWriter m_writer;
    MarkdownTree *m_tree = nullptr;
    QHash<int, int> m_sectionByLine;
    QHash<int, int> m_exampleByFenceEnd;
    QHash<int, int> m_admonitionByLine;
    QHash<int, QString> m_headingIds;
};

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

SpecHtmlRenderer::SpecHtmlRenderer()
    : SpecHtmlRenderer(Options())
{
}

SpecHtmlRenderer::SpecHtmlRenderer(const Options &options,
                                   std::shared_ptr<CodeHighlighter> highlighter)
    : m_options(options)
    , m_highlighter(std::move(highlighter))
{
}

SpecHtmlRenderer::~SpecHtmlRenderer() = default;

void SpecHtmlRenderer::setHighlighter(std::shared_ptr<CodeHighlighter> highlighter)
{
    m_highlighter = std::move(highlighter);
}

QString SpecHtmlRenderer::render(const SpecDocument &document, const Workspace *workspace) const
{
    return render(document, workspace, nullptr);
}

QString SpecHtmlRenderer::render(const SpecDocument &document, const Workspace *workspace,
                                 const SpecDocument *titles) const
{
    RenderContext context;
    context.document = &document;
    context.titles = titles;
    context.documentStructure = true;
    context.workspace = workspace;
    context.anchors = m_options.sourceAnchors;
    QString body = RenderPass(*this, context).run(document.markdownUtf8());
    if (m_options.sourceAnchors)
        body = thinLineAnchors(body, document.source().lineCount());
    QString title = m_options.pageTitle;
    if (title.isEmpty() && !document.sections().isEmpty())
        title = document.sections().first().title;
    if (title.isEmpty())
        title = QFileInfo(document.filePath()).fileName();

    const QString style = m_options.embedStyleSheet
                              ? u"<style>\n"_s + styleSheet(m_options.theme) + u"</style>\n"_s
                              : QString();
    const QString themeClass = m_options.theme == Theme::Dark ? u"dark"_s : u"light"_s;
    if (!m_options.standalone)
        return style + body;
    return u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s +
           title.toHtmlEscaped() + u"</title>\n"_s + style + u"</head>\n<body class=\"page "_s +
           themeClass + u"\">\n"_s + body + u"</body>\n</html>\n"_s;
}

QString SpecHtmlRenderer::renderMarkdown(const QString &markdown, int firstLine,
                                         const SpecDocument *references,
                                         const Workspace *workspace) const
{
    RenderContext context;
    context.document = references;
    context.workspace = workspace;
    context.lineOffset = firstLine - 1;
    context.anchors = m_options.sourceAnchors;
    return RenderPass(*this, context).run(markdown.toUtf8());
}

QString SpecHtmlRenderer::styleSheet(Theme theme)
{
    return readResource(u":/preview/preview.css"_s) +
           readResource(theme == Theme::Dark ? u":/preview/preview-dark.css"_s
                                             : u":/preview/preview-light.css"_s);
}

QString SpecHtmlRenderer::thinLineAnchors(const QString &html, int lineCount)
{
    // QTextDocument gives every anchor name a character format of its own and finds formats by
    // a hash that ignores the name: each anchor costs a comparison with every earlier one.
    // Past kMaxLineAnchors the anchors keep one line in `step` (the view interpolates between
    // them) besides those of headings, so a 5 MB spec's preview is built in seconds.
    const int step = lineCount / kMaxLineAnchors + 1;
    if (step <= 1)
        return html;
    static const QRegularExpression anchor(uR"re(<a name="sl-(\d+)"></a>)re"_s);
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    int next = 0;
    auto it = anchor.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const int line = m.capturedView(1).toInt();
        // Headings keep theirs: the outline and links scroll the preview to them.
        const qsizetype tag = html.lastIndexOf(u'<', m.capturedStart() - 1);
        const bool heading = tag >= 0 && html.size() > tag + 2 && html.at(tag + 1) == u'h' &&
                             html.at(tag + 2) >= u'1' && html.at(tag + 2) <= u'6';
        if (line >= next || heading) {
            next = line + step;
            continue; // kept: copied with the text around it
        }
        out += QStringView(html).mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
    }
    out += QStringView(html).mid(pos);
    return out;
}

QString SpecHtmlRenderer::sourceAnchorName(int line)
{
    return u"sl-"_s + QString::number(line);
}

int SpecHtmlRenderer::sourceLineOfAnchor(QStringView anchorName)
{
    if (!anchorName.startsWith(u"sl-"))
        return 0;
    bool ok = false;
    const int line = anchorName.mid(3).toInt(&ok);
    return ok ? line : 0;
}

} // namespace Specwright
