#include "section_diff.h"

#include "block_diff.h"
#include "example_diff.h"
#include "formatting_normalizer.h"
#include "parallel_pair.h"
#include "section_matcher.h"
#include "statement_diff.h"

#include <algorithm>

namespace Specwright {

namespace {

// Positions outside a longest increasing subsequence of `seq`: the ones that changed order.
QList<bool> outOfOrder(const QList<int> &seq)
{
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
    QList<bool> out(seq.size(), true);
    for (int i = tailIdx.isEmpty() ? -1 : tailIdx.last(); i >= 0; i = prev[i])
        out[i] = false;
    return out;
}

// The new index the old parent of old section `o` became (-1: top level or parent gone).
int mappedOldParent(const SpecDocument &oldDoc, const QList<int> &oldToNew, int o)
{
    const int p = oldDoc.sections()[o].parent;
    return p < 0 ? -1 : oldToNew[p];
}

// Among the matched sections that kept their parent, those whose place among their siblings
// changed (each parent's children compared on their own, so an insertion moves nothing).
QList<bool> reorderedFlags(const SpecDocument &oldDoc, const SpecDocument &newDoc,
                           const SectionMatcher::Result &match, const QList<bool> &moved)
{
    QList<bool> reordered(newDoc.sections().size(), false);
    QList<QList<int>> groups(newDoc.sections().size() + 1); // last: the top level
    for (int n = 0; n < newDoc.sections().size(); ++n) {
        if (match.newToOld[n] < 0 || moved[n])
            continue;
        const int p = newDoc.sections()[n].parent;
        groups[p < 0 ? int(groups.size()) - 1 : p].append(n);
    }
    for (const QList<int> &group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        QList<int> seq;
        for (int n : group)
            seq.append(match.newToOld[n]);
        const QList<bool> flags = outOfOrder(seq);
        for (int i = 0; i < group.size(); ++i)
            reordered[group[i]] = flags[i];
    }
    Q_UNUSED(oldDoc);
    return reordered;
}

// Attribute changes by key; repeated keys (classes) compare as one joined value.
QList<AttributeChange> attributeChanges(const Section &a, const Section &b)
{
    QStringList keys;
    for (const Attribute &x : a.attributes)
        if (!keys.contains(x.key))
            keys.append(x.key);
    for (const Attribute &x : b.attributes)
        if (!keys.contains(x.key))
            keys.append(x.key);
    auto valueOf = [](const Section &s, const QString &key) {
        QStringList values;
        for (const Attribute &x : s.attributes)
            if (x.key == key)
                values.append(x.value);
        return values.join(u' ');
    };
    QList<AttributeChange> out;
    for (const QString &key : std::as_const(keys)) {
        const QString o = valueOf(a, key), n = valueOf(b, key);
        if (o != n)
            out.append({key, o, n});
    }
    return out;
}

SectionChange removedSection(const SpecDocument &doc, int index, const QList<QList<int>> &blocks)
{
    const Section &s = doc.sections()[index];
    SectionChange c;
    c.status = SectionStatus::Removed;
    c.oldIndex = index;
    c.oldId = s.id;
    c.oldTitle = s.title;
    c.level = c.oldLevel = s.level;
    c.oldLine = s.headingLine;
    c.blocks = BlockDiff::compute(BlockDiff::blocksOf(doc, blocks[index]), {});
    for (const BlockChange &b : c.blocks)
        c.wordsRemoved += b.wordsRemoved;
    c.examples = ExampleDiff::compute(doc, doc.examplesOf(index), doc, {});
    c.statements = StatementDiff::compute(doc, index, doc, -1);
    return c;
}

void setParents(SectionChange &c, const SpecDocument &oldDoc, int o, const SpecDocument &newDoc,
                int n)
{
    const int op = oldDoc.sections()[o].parent;
    const int np = newDoc.sections()[n].parent;
    if (op >= 0) {
        c.oldParentId = oldDoc.sections()[op].id;
        c.oldParentTitle = oldDoc.sections()[op].title;
    }
    if (np >= 0) {
        c.newParentId = newDoc.sections()[np].id;
        c.newParentTitle = newDoc.sections()[np].title;
    }
}

} // namespace

DiffResult SectionDiff::compute(const SpecDocument &oldDoc, const SpecDocument &newDoc)
{
    const SectionMatcher::Result match = SectionMatcher::match(oldDoc, newDoc);
    const QList<QList<int>> oldBlocks = BlockDiff::blocksBySection(oldDoc);
    const QList<QList<int>> newBlocks = BlockDiff::blocksBySection(newDoc);
    // Moved means re-parented: the parent it has now is not the one it had.
    QList<bool> moved(newDoc.sections().size(), false);
    for (int n = 0; n < newDoc.sections().size(); ++n)
        if (const int o = match.newToOld[n]; o >= 0)
            moved[n] = mappedOldParent(oldDoc, match.oldToNew, o) != newDoc.sections()[n].parent;
    const QList<bool> reordered = reorderedFlags(oldDoc, newDoc, match, moved);
    // Removed sections are listed after the last matched section that came before them.
    QList<bool> inOrder(newDoc.sections().size(), false);
    {
        QList<int> seq, pos;
        for (int n = 0; n < newDoc.sections().size(); ++n)
            if (match.newToOld[n] >= 0) {
                seq.append(match.newToOld[n]);
                pos.append(n);
            }
        const QList<bool> out = outOfOrder(seq);
        for (int i = 0; i < pos.size(); ++i)
            inOrder[pos[i]] = !out[i];
    }

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
        c.level = c.oldLevel = ns.level;
        c.newLine = ns.headingLine;
        c.matchedBy = match.matchKind[n];
        const QList<BlockDiff::BlockText> nb = BlockDiff::blocksOf(newDoc, newBlocks[n]);
        if (o < 0) {
            c.status = SectionStatus::Added;
            c.blocks = BlockDiff::compute({}, nb);
            c.examples = ExampleDiff::compute(newDoc, {}, newDoc, newDoc.examplesOf(n));
            c.statements = StatementDiff::compute(newDoc, -1, newDoc, n);
        } else {
            if (inOrder[n])
                emitRemovedBefore(o);
            const Section &os = oldDoc.sections()[o];
            c.oldIndex = o;
            c.oldId = os.id;
            c.oldTitle = os.title;
            c.oldLine = os.headingLine;
            c.oldLevel = os.level;
            c.blocks = BlockDiff::compute(BlockDiff::blocksOf(oldDoc, oldBlocks[o]), nb);
            bool formatting = false, wording = false;
            for (BlockChange &b : c.blocks) {
                if (b.kind == BlockChange::Equal)
                    continue;
                b.formattingOnly =
                    b.kind == BlockChange::Modified &&
                    FormattingNormalizer::sameContent(b.oldText, b.newText, b.blockKind);
                (b.formattingOnly ? formatting : wording) = true;
            }
            // Examples and statements live in the blocks: when every block is equal, so are
            // they, and the (costlier) comparisons are skipped.
            if (formatting || wording) {
                c.examples = ExampleDiff::compute(oldDoc, oldDoc.examplesOf(o), newDoc,
                                                  newDoc.examplesOf(n));
                c.statements = StatementDiff::compute(oldDoc, o, newDoc, n, c.blocks);
            }
            c.attributes = attributeChanges(os, ns);
            c.renamed = os.id != ns.id || os.title != ns.title;
            c.moved = moved[n];
            c.reordered = reordered[n];
            c.levelChanged = os.level != ns.level && !c.moved;
            if (c.moved || c.renamed)
                setParents(c, oldDoc, o, newDoc, n);
            c.contentChanged = wording || !c.examples.isEmpty() || !c.attributes.isEmpty() ||
                               !c.statements.isEmpty();
            c.formattingOnly = !c.contentChanged && (formatting || c.levelChanged);
            c.status = c.contentChanged   ? SectionStatus::Modified
                       : c.renamed        ? SectionStatus::Renamed
                       : c.moved          ? SectionStatus::Moved
                       : c.reordered      ? SectionStatus::Reordered
                       : c.formattingOnly ? SectionStatus::FormattingOnly
                                          : SectionStatus::Unchanged;
        }
        for (const BlockChange &b : c.blocks) {
            if (b.formattingOnly)
                continue;
            c.wordsAdded += b.wordsAdded;
            c.wordsRemoved += b.wordsRemoved;
        }
        result.sections.append(c);
    }
    emitRemovedBefore(int(oldDoc.sections().size()));
    return result;
}

DiffResult SectionDiff::compute(const SpecDocument::Ptr &oldDoc, const SpecDocument::Ptr &newDoc)
{
    DiffResult result = compute(*oldDoc, *newDoc);
    result.oldDocument = oldDoc;
    result.newDocument = newDoc;
    return result;
}

DiffResult SectionDiff::compute(const QString &oldText, const QString &newText)
{
    // Both versions are parsed at once when a pool thread is free.
    auto [oldDoc, newDoc] = runInParallel([&oldText] { return SpecDocument::parse(oldText); },
                                          [&newText] { return SpecDocument::parse(newText); });
    return compute(oldDoc, newDoc);
}

} // namespace Specwright
