// Diff of the blocks (paragraphs, list items, fences, tables...) of one section's own text,
// with a word diff inside every block that changed.
#pragma once

#include "diff_types.h"
#include "spec_document.h"

namespace Specwright {

class BlockDiff
{
public:
    struct BlockText
    {
        BlockKind kind = BlockKind::Paragraph;
        int line = 0;
        QString text;
        int endLine = 0;
    };

    // The section's own leaf blocks (its heading and subsections excluded), in order.
    static QList<BlockText> blocksOf(const SpecDocument &doc, const QList<int> &blockIndexes);
    // Block indexes of each section, in one pass over the document.
    static QList<QList<int>> blocksBySection(const SpecDocument &doc);

    static QList<BlockChange> compute(const QList<BlockText> &oldBlocks,
                                      const QList<BlockText> &newBlocks);
    static BlockChange modified(const BlockText &oldBlock, const BlockText &newBlock);
};

} // namespace Specwright
