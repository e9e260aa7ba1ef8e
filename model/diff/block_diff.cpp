#include "block_diff.h"

#include "sequence_diff.h"
#include "word_diff.h"

#include <QHash>
#include <utility>

namespace Specwright {

namespace {
constexpr int pairingWindow = 8;
} // namespace

QList<QList<int>> BlockDiff::blocksBySection(const SpecDocument &doc)
{
    QList<QList<int>> bySection(doc.sections().size());
    for (int i = 0; i < doc.blocks().size(); ++i) {
        const Block &b = doc.blocks()[i];
        if (b.kind != BlockKind::Heading && b.section >= 0 && b.section < bySection.size())
            bySection[b.section].append(i);
    }
    return bySection;
}

QList<BlockDiff::BlockText> BlockDiff::blocksOf(const SpecDocument &doc,
                                                const QList<int> &blockIndexes)
{
    QList<BlockText> out;
    out.reserve(blockIndexes.size());
    const int lines = doc.source().lineCount();
    for (int i : blockIndexes) {
        const Block &b = doc.blocks()[i];
        const int first = qBound(1, b.startLine, qMax(1, lines));
        const int last = qBound(first, b.endLine, qMax(1, lines));
        const int start = doc.source().lineStartOffset(first);
        const QStringView lastLine = doc.source().line(last);
        const int end = doc.source().lineStartOffset(last) + int(lastLine.size());
        out.append({b.kind, b.startLine, doc.text().mid(start, qMax(0, end - start)), last});
    }
    return out;
}

namespace {

BlockChange added(const BlockDiff::BlockText &block)
{
    BlockChange c;
    c.kind = BlockChange::Added;
    c.blockKind = block.kind;
    c.newText = block.text;
    c.newLine = block.line;
    c.newEndLine = block.endLine;
    c.wordsAdded = WordDiff::wordCount(c.newText);
    return c;
}

BlockChange removed(const BlockDiff::BlockText &block)
{
    BlockChange c;
    c.kind = BlockChange::Removed;
    c.blockKind = block.kind;
    c.oldText = block.text;
    c.oldLine = block.line;
    c.oldEndLine = block.endLine;
    c.wordsRemoved = WordDiff::wordCount(c.oldText);
    return c;
}

} // namespace

BlockChange BlockDiff::modified(const BlockText &oldBlock, const BlockText &newBlock)
{
    BlockChange c;
    c.kind = BlockChange::Modified;
    c.blockKind = newBlock.kind;
    c.oldText = oldBlock.text;
    c.newText = newBlock.text;
    c.oldLine = oldBlock.line;
    c.newLine = newBlock.line;
    c.oldEndLine = oldBlock.endLine;
    c.newEndLine = newBlock.endLine;
    c.words = WordDiff::compute(oldBlock.text, newBlock.text);
    c.wordsAdded = WordDiff::wordCount(c.words, DiffSegment::Inserted);
    c.wordsRemoved = WordDiff::wordCount(c.words, DiffSegment::Deleted);
    return c;
}

QList<BlockChange> BlockDiff::compute(const QList<BlockText> &oldBlocks,
                                      const QList<BlockText> &newBlocks)
{
    QHash<QString, int> ids;
    std::vector<int> a, b;
    for (const BlockText &t : oldBlocks)
        a.push_back(SequenceDiff::intern(ids, t.text.trimmed()));
    for (const BlockText &t : newBlocks)
        b.push_back(SequenceDiff::intern(ids, t.text.trimmed()));
    const QList<SequenceDiff::Edit> edits = SequenceDiff::compute(a, b);

    QList<BlockChange> out;
    QList<int> deleted, inserted; // pending run of changes
    // Word bags are made once per block: pairing compares each removed block with several
    // added ones, and re-tokenising both every time made large rewrites quadratic.
    QList<WordDiff::WordBag> oldBags(oldBlocks.size()), newBags(newBlocks.size());
    QList<bool> oldBagged(oldBlocks.size(), false), newBagged(newBlocks.size(), false);
    auto oldBag = [&](int i) -> const WordDiff::WordBag & {
        if (!std::exchange(oldBagged[i], true))
            oldBags[i] = WordDiff::bagOf(oldBlocks[i].text);
        return oldBags[i];
    };
    auto newBag = [&](int i) -> const WordDiff::WordBag & {
        if (!std::exchange(newBagged[i], true))
            newBags[i] = WordDiff::bagOf(newBlocks[i].text);
        return newBags[i];
    };
    auto flush = [&] {
        // Pair each removed block with the next similar added block: that is an edit. Only a
        // few added blocks ahead are looked at, so the work stays linear in the run's length.
        int nextInsert = 0;
        for (int d : deleted) {
            int paired = -1;
            const int limit = int(std::min<qsizetype>(inserted.size(), nextInsert + pairingWindow));
            for (int k = nextInsert; k < limit && paired < 0; ++k)
                if (WordDiff::similarity(oldBag(d), newBag(inserted[k])) >= 0.4)
                    paired = k;
            if (paired < 0) {
                out.append(removed(oldBlocks[d]));
                continue;
            }
            for (int k = nextInsert; k < paired; ++k) {
                out.append(added(newBlocks[inserted[k]]));
            }
            out.append(modified(oldBlocks[d], newBlocks[inserted[paired]]));
            nextInsert = paired + 1;
        }
        for (int k = nextInsert; k < inserted.size(); ++k) {
            out.append(added(newBlocks[inserted[k]]));
        }
        deleted.clear();
        inserted.clear();
    };
    for (const SequenceDiff::Edit &e : edits) {
        if (e.op == SequenceDiff::Op::Delete) {
            deleted.append(e.oldIndex);
        } else if (e.op == SequenceDiff::Op::Insert) {
            inserted.append(e.newIndex);
        } else {
            flush();
            BlockChange c;
            c.kind = BlockChange::Equal;
            c.blockKind = newBlocks[e.newIndex].kind;
            c.oldText = oldBlocks[e.oldIndex].text;
            c.newText = newBlocks[e.newIndex].text;
            c.oldLine = oldBlocks[e.oldIndex].line;
            c.newLine = newBlocks[e.newIndex].line;
            c.oldEndLine = oldBlocks[e.oldIndex].endLine;
            c.newEndLine = newBlocks[e.newIndex].endLine;
            out.append(c);
        }
    }
    flush();
    return out;
}

} // namespace Specwright
