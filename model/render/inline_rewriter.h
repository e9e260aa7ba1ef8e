// The inline half of a rendering pass: heading attribute blocks become badges and anchors,
// [?](#id) shows the target's title, broken references are marked, eval tags [^tag] link to
// their prompts, citations and $math$ become HTML. Works on the cmark tree before it is written.
#pragma once

#include "markdown_tree.h"
#include "render_context.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>

namespace Specwright {

class InlineRewriter
{
    Q_DECLARE_TR_FUNCTIONS(SpecHtmlRenderer)

public:
    using SectionTitle = std::function<QString(const QString &id)>;

    InlineRewriter(MarkdownTree &tree, const RenderContext &context,
                   const QHash<int, int> &sectionByLine, SectionTitle sectionTitle);

    // `lines`: the source lines of the text (line N at N-1), for the indentation of lines kept
    // in turn bodies; may be empty.
    // Views into the pass's text, which outlives the rewriter.
    void setSourceLines(const QList<QByteArrayView> &lines) { m_lines = lines; }

    void rewrite(MarkdownNode root);
    // Document line of a heading -> its section id (for id="..." on the <hN> element).
    const QHash<int, QString> &headingIds() const { return m_headingIds; }

private:
    struct Found
    {
        QList<MarkdownNode> links;
        QList<MarkdownNode> headings;
        QList<MarkdownNode> evalTags;
        QList<MarkdownNode> citations;
        QList<MarkdownNode> math;
        QList<MarkdownNode> mathCode;   // `x` between $ and $
        QList<MarkdownNode> softBreaks; // in turn bodies
        QList<int> softBreakIndents;    // spaces at the start of the line after each
        QList<MarkdownNode> autolinks;  // whose text is their URL
    };
    void collect(MarkdownNode root, Found &found);
    void rewriteEvalTags(MarkdownNode text);
    void rewriteHeading(MarkdownNode heading);
    void stripAttributeBlock(MarkdownNode heading);
    void rewriteLink(MarkdownNode link);
    void rewriteMath(MarkdownNode text);
    void rewriteMathCode(MarkdownNode code);
    void decodeAutolink(MarkdownNode link);
    void replaceWithHtml(MarkdownNode node, const QString &html);
    int docLine(int cmarkLine) const { return cmarkLine + m_context.lineOffset; }

    MarkdownTree &m_tree;
    const RenderContext &m_context;
    const QHash<int, int> &m_sectionByLine;
    SectionTitle m_sectionTitle;
    QList<QByteArrayView> m_lines;
    QHash<int, QString> m_headingIds;
};

} // namespace Specwright
