#include "section_diff.h"

#include "block_diff.h"
#include "example_diff.h"
#include "section_matcher.h"

#include <QSemaphore>
#include <QThreadPool>
#include <algorithm>

namespace Specwright {

namespace {

// Matched pairs whose relative order changed: those outside a longest increasing subsequence
// of old indexes taken in new order.
QList<bool> movedFlags(const QList<int> &newToOld)
{
    QList<int> seq, pos;
    for (int n = 0; n < newToOld.size(); ++n)
        if (newToOld[n] >= 0) {
            seq.append(newToOld[n]);
            pos.append(n);
        }
    const int m = int(seq.size());
    QList<int> tails, tailIdx, prev(m, -1);
    for (int i = 0; i < m; ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), seq[i]);
        const int k = int(it - tails.begin());
        if (it == tails.end()) {
            tails.append(seq[i]);
            tailIdx.append(i);
        } else {
            *it = seq[i];
            tailIdx[k] = i;
        }
        prev[i] = k > 0 ? tailIdx[k - 1] : -1;
    }
    QList<bool> moved(newToOld.size(), false);
    for (int i = 0; i < m; ++i)
        moved[pos[i]] = true;
    for (int i = tailIdx.isEmpty() ? -1 : tailIdx.last(); i >= 0; i = prev[i])
        moved[pos[i]] = false;
    return moved;
}

SectionChange removedSection(const SpecDocument &doc, int index, const QList<QList<int>> &blocks)
{
    const Section &s = doc.sections()[index];
    SectionChange c;
    c.status = SectionStatus::Removed;
    c.oldIndex = index;
    c.oldId = s.id;
    c.oldTitle = s.title;
    c.level = s.level;
    c.oldLine = s.headingLine;
    c.blocks = BlockDiff::compute(BlockDiff::blocksOf(doc, blocks[index]), {});
    for (const BlockChange &b : c.blocks)
        c.wordsRemoved += b.wordsRemoved;
    for (int e : doc.examplesOf(index))
        c.examples.append({ExampleChange::Removed, doc.examples()[e].title, {}});
    return c;
}

} // namespace

DiffResult SectionDiff::compute(const SpecDocument &oldDoc, const SpecDocument &newDoc)
{
    const SectionMatcher::Result match = SectionMatcher::match(oldDoc, newDoc);
    const QList<QList<int>> oldBlocks = BlockDiff::blocksBySection(oldDoc);
    const QList<QList<int>> newBlocks = BlockDiff::blocksBySection(newDoc);
    const QList<bool> moved = movedFlags(match.newToOld);

    DiffResult result;
    QList<bool> emittedOld(oldDoc.sections().size(), false);
    int nextOld = 0;
    auto emitRemovedBefore = [&](int limit) {
        for (; nextOld < limit; ++nextOld)
            if (match.oldToNew[nextOld] < 0 && !emittedOld[nextOld]) {
                emittedOld[nextOld] = true;
                result.sections.append(removedSection(oldDoc, nextOld, oldBlocks));
            }
    };
    for (int n = 0; n < newDoc.sections().size(); ++n) {
        const Section &ns = newDoc.sections()[n];
        const int o = match.newToOld[n];
        SectionChange c;
        c.newIndex = n;
        c.newId = ns.id;
        c.newTitle = ns.title;
        c.level = ns.level;
        c.newLine = ns.headingLine;
        c.matchedBy = match.matchKind[n];
        const QList<BlockDiff::BlockText> nb = BlockDiff::blocksOf(newDoc, newBlocks[n]);
        if (o < 0) {
            c.status = SectionStatus::Added;
            c.blocks = BlockDiff::compute({}, nb);
            for (int e : newDoc.examplesOf(n))
                c.examples.append({ExampleChange::Added, newDoc.examples()[e].title, {}});
        } else {
            if (!moved[n])
                emitRemovedBefore(o);
            const Section &os = oldDoc.sections()[o];
            c.oldIndex = o;
            c.oldId = os.id;
            c.oldTitle = os.title;
            c.oldLine = os.headingLine;
            c.blocks = BlockDiff::compute(BlockDiff::blocksOf(oldDoc, oldBlocks[o]), nb);
            c.examples =
                ExampleDiff::compute(oldDoc, oldDoc.examplesOf(o), newDoc, newDoc.examplesOf(n));
            c.renamed = os.id != ns.id || os.title != ns.title;
            c.moved = moved[n];
            c.contentChanged =
                !c.examples.isEmpty() || os.level != ns.level ||
                std::any_of(c.blocks.cbegin(), c.blocks.cend(),
                            [](const BlockChange &b) { return b.kind != BlockChange::Equal; });
            c.status = c.contentChanged ? SectionStatus::Modified
                       : c.renamed      ? SectionStatus::Renamed
                       : c.moved        ? SectionStatus::Moved
                                        : SectionStatus::Unchanged;
        }
        for (const BlockChange &b : c.blocks) {
            c.wordsAdded += b.wordsAdded;
            c.wordsRemoved += b.wordsRemoved;
        }
        result.sections.append(c);
    }
    emitRemovedBefore(int(oldDoc.sections().size()));
    return result;
}

DiffResult SectionDiff::compute(const QString &oldText, const QString &newText)
{
    // Parse the old version on a free pool thread while this one parses the new version; when
    // no thread is free (e.g. called from the pool itself), parse both here.
    SpecDocument::Ptr oldDoc;
    QSemaphore done;
    const bool started = QThreadPool::globalInstance()->tryStart([&oldDoc, &oldText, &done] {
        oldDoc = SpecDocument::parse(oldText);
        done.release();
    });
    const SpecDocument::Ptr newDoc = SpecDocument::parse(newText);
    if (started)
        done.acquire();
    else
        oldDoc = SpecDocument::parse(oldText);
    return compute(*oldDoc, *newDoc);
}

} // namespace Specwright
