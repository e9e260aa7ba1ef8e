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
    bool addAdmonition(MarkdownNode paragraph);
    Block &addBlock(BlockKind kind, MarkdownNode node, const Context &context,
                    const QString &info = {});
    void checkFence(MarkdownNode fence);
    // Scans the source between two offsets for references, footnotes, markers and (optionally)
    // normative statements.
    void scanProse(int startOffset, int endOffset, bool withStatements);
    int startOffset(MarkdownNode node) const;
    int endOffset(MarkdownNode node) const;
    void finish();
    void addProblem(ProblemKind kind, int line, const QString &message);

    SpecDocument &m_doc;
    int m_section = -1;
    QHash<QString, int> m_slugCounts;
};

} // namespace Specwright
