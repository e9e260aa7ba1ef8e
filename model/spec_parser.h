// Builds a SpecDocument from text: walks the cmark-gfm block tree once and fills sections,
// examples, statements, references, footnote tags, markers, blocks and problems.
#pragma once

#include "markdown_tree.h"
#include "spec_document.h"

#include <QCoreApplication>

namespace Specwright {

class SpecParser
{
    Q_DECLARE_TR_FUNCTIONS(SpecParser)

public:
    explicit SpecParser(SpecDocument &document)
        : m_doc(document)
    {
    }
    void run(const QString &text);
    // Containers (quotes, lists, items) nested deeper than this are skipped with a problem.
    static constexpr int maxNestingDepth = 200;

private:
    struct Context
    {
        int listDepth = 0;
        bool inQuote = false;
        int depth = 0; // containers entered; bounds the recursion of walk()
    };

    void walk(MarkdownNode parent, const Context &context);
    void addHeading(MarkdownNode node);
    bool addExample(MarkdownNode titleParagraph, MarkdownNode fence);
    void addFenceExample(MarkdownNode fence, const QString &title, int titleLine, int titleColumn);
    void addInputOutputExample(MarkdownNode fence);
    // Records <a name="x"> / id="x" link targets found in HTML.
    void addAnchors(const QByteArray &html, int startLine, int endLine);
    // ReSpec [[X]] and kramdown-rfc {{X}} citations; {{anchor}} cross references. Blanks what it
    // read in `masked` so later scans do not see it.
    void scanCitations(QString &masked, int offset);
    void resolveAnchors();
    void resolveExampleText();
    // Markdown to plain text where [?](#id) shows the target's title.
    QString plainWithTitles(const QString &markdown) const;
    bool addAdmonition(MarkdownNode paragraph);
    Block &addBlock(BlockKind kind, MarkdownNode node, const Context &context,
                    const QString &info = {});
    void checkFence(MarkdownNode fence);
    bool isClosed(MarkdownNode fence) const;
    // Scans the source between two offsets for references, footnotes, markers and (optionally)
    // normative statements.
    void scanProse(int startOffset, int endOffset, bool withStatements);
    int startOffset(MarkdownNode node) const;
    int endOffset(MarkdownNode node) const;
    void finish();
    void addProblem(ProblemKind kind, int line, const QString &message);

    struct Anchor
    {
        QString id;
        int startLine = 0;
        int endLine = 0;
    };

    SpecDocument &m_doc;
    QList<Anchor> m_anchors;
    int m_section = -1;
    int m_inputOutputExamples = 0; // CommonMark examples are numbered in document order
    QHash<QString, int> m_slugCounts;
};

} // namespace Specwright
