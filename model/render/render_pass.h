// One rendering pass over a Markdown text: parses it, rewrites the blocks the spec conventions
// and GitHub add (examples, admonitions, highlighted code, blockquotes with a bar, math) into
// HTML blocks, lets InlineRewriter rewrite the inlines, writes cmark's HTML, sanitises it and
// hands it to HtmlPostProcessor. Nested Markdown (turn and admonition bodies) gets a pass of
// its own without document structure.
#pragma once

#include "example_html_writer.h"
#include "markdown_tree.h"
#include "render_context.h"

#include <QByteArrayView>
#include <QHash>

class QCryptographicHash;

namespace Specwright {

class SpecHtmlRenderer;

class RenderPass
{
public:
    RenderPass(const SpecHtmlRenderer &renderer, const RenderContext &context);

    QString run(const QByteArray &utf8);

private:
    QString writeHtml();
    QString writeSections();
    // Top-level blocks from a heading (or the footnote definitions) to the next group.
    struct SectionGroup
    {
        MarkdownNode first;
        int firstLine = 0;
        bool footnotes = false;
        QByteArray key; // digest for SectionHtmlCache
        QString html;
        bool cached = false;
    };
    void computeGroupKeys(QList<SectionGroup> &groups) const;
    void addFootnoteReferences(QCryptographicHash &hash) const;
    QString renderNested(const QString &markdown, int firstLine, bool keepLineBreaks) const;
    QString sectionTitle(const QString &id) const;
    int docLine(int cmarkLine) const { return cmarkLine + m_context.lineOffset; }
    QString anchor(int cmarkLine) const;
    void replaceWithHtml(MarkdownNode first, MarkdownNode last, const QString &html);
    void rewriteBlocks(MarkdownNode parent, int depth = 0);
    MarkdownNode replaceAdmonition(MarkdownNode first, int index);
    void wrapBlockQuote(MarkdownNode quote);
    // The Markdown source of a paragraph (its lines, without container indentation).
    QString paragraphSource(MarkdownNode paragraph) const;
    QString codeBlock(MarkdownNode fence) const;
    const Example &exampleAt(int index) const;

    const SpecHtmlRenderer &m_renderer;
    RenderContext m_context;
    ExampleHtmlWriter m_writer;
    MarkdownTree *m_tree = nullptr;
    QByteArray m_utf8; // the text being rendered
    // Its lines, for paragraph sources: views into m_utf8 (split copies were a second copy of
    // the text, 8 MB at 5 MB).
    QList<QByteArrayView> m_lines;
    QHash<int, int> m_sectionByLine;
    QHash<int, int> m_exampleByFenceEnd;
    QHash<int, int> m_admonitionByLine;
};

} // namespace Specwright
