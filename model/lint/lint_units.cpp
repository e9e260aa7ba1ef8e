#include "lint_units.h"

#include <algorithm>

namespace Specwright {

namespace {

bool sameRange(const SourceRange &a, int aLine, int aOffset, const SourceRange &b, int bLine,
               int bOffset)
{
    return a.startLine - aLine == b.startLine - bLine && a.endLine - aLine == b.endLine - bLine &&
           a.startColumn == b.startColumn && a.endColumn == b.endColumn &&
           a.startOffset - aOffset == b.startOffset - bOffset &&
           a.endOffset - aOffset == b.endOffset - bOffset;
}

using Unit = LintUnits::Unit;

// Everything a rule reads of a unit whose text is the same, up to where the unit starts.
bool sameUnit(const SpecDocument &oldDoc, const Unit &o, const SpecDocument &newDoc, const Unit &n)
{
    if (o.endOffset - o.startOffset != n.endOffset - n.startOffset ||
        o.blockCount != n.blockCount || o.statementCount != n.statementCount)
        return false;
    int po = o.section, pn = n.section;
    for (; po >= 0 && pn >= 0;
         po = oldDoc.sections().at(po).parent, pn = newDoc.sections().at(pn).parent)
        if (oldDoc.sections().at(po).title != newDoc.sections().at(pn).title)
            return false;
    if (po >= 0 || pn >= 0)
        return false;
    const int dl = o.startLine, nl = n.startLine;
    for (int i = 0; i < o.blockCount; ++i) {
        const Block &a = oldDoc.blocks().at(o.firstBlock + i);
        const Block &b = newDoc.blocks().at(n.firstBlock + i);
        if (a.kind != b.kind || a.startLine - dl != b.startLine - nl ||
            a.endLine - dl != b.endLine - nl || a.listDepth != b.listDepth ||
            a.inQuote != b.inQuote || a.inAdmonition != b.inAdmonition || a.inTable != b.inTable ||
            a.info != b.info)
            return false;
    }
    for (int i = 0; i < o.statementCount; ++i) {
        const Statement &a = oldDoc.statements().at(o.firstStatement + i);
        const Statement &b = newDoc.statements().at(n.firstStatement + i);
        if (a.kind != b.kind || a.modality != b.modality || a.negated != b.negated ||
            a.upperCaseKeyword != b.upperCaseKeyword || a.keyword != b.keyword ||
            a.requirementId != b.requirementId || a.text != b.text ||
            !sameRange(a.range, dl, o.startOffset, b.range, nl, n.startOffset) ||
            !sameRange(a.keywordRange, dl, o.startOffset, b.keywordRange, nl, n.startOffset))
            return false;
    }
    return true;
}

} // namespace

LintUnits::LintUnits(const SpecDocument &document)
{
    cut(document);
    m_from.fill(-1, m_units.size());
    m_dirtyCount = size();
}

LintUnits::LintUnits(const SpecDocument &document, const LintUnits *previous,
                     const SpecDocument *previousDocument)
{
    const bool ordered = cut(document);
    m_from.fill(-1, m_units.size());
    m_dirtyCount = size();
    if (!ordered || !previous || !previousDocument || previous->m_units.isEmpty())
        return;
    // The text both snapshots share before and after the edit: a unit inside it has the same
    // text as the previous unit at the same place (from the start, or from the end).
    const QStringView now = document.text(), before = previousDocument->text();
    const qsizetype shortest = std::min(now.size(), before.size());
    qsizetype prefix = 0;
    for (qsizetype step = 4096; prefix < shortest; prefix += step) {
        const qsizetype n = std::min(step, shortest - prefix);
        if (now.mid(prefix, n) != before.mid(prefix, n)) {
            while (now.at(prefix) == before.at(prefix))
                ++prefix;
            break;
        }
    }
    prefix = std::min(prefix, shortest);
    // Measured on its own: an insertion next to text like it makes the two overlap, and each
    // still says which units kept their text.
    qsizetype suffix = 0;
    for (qsizetype step = 4096; suffix < shortest; suffix += step) {
        const qsizetype n = std::min(step, shortest - suffix);
        if (now.mid(now.size() - suffix - n, n) != before.mid(before.size() - suffix - n, n)) {
            while (now.at(now.size() - 1 - suffix) == before.at(before.size() - 1 - suffix))
                ++suffix;
            break;
        }
    }
    suffix = std::min(suffix, shortest);
    const int delta = int(now.size() - before.size());
    // The previous unit at that offset with the same length (an empty unit may start there too).
    auto previousAt = [&](int offset, int length) {
        auto it = std::lower_bound(previous->m_units.cbegin(), previous->m_units.cend(), offset,
                                   [](const Unit &unit, int o) { return unit.startOffset < o; });
        for (; it != previous->m_units.cend() && it->startOffset == offset; ++it)
            if (it->endOffset - it->startOffset == length)
                return int(it - previous->m_units.cbegin());
        return -1;
    };
    for (int u = 0; u < m_units.size(); ++u) {
        const Unit &unit = m_units.at(u);
        for (const int startBefore :
             {unit.endOffset <= prefix ? unit.startOffset : -1,
              unit.startOffset >= now.size() - suffix ? unit.startOffset - delta : -1}) {
            const int p =
                startBefore >= 0 ? previousAt(startBefore, unit.endOffset - unit.startOffset) : -1;
            if (p >= 0 && sameUnit(*previousDocument, previous->at(p), document, unit)) {
                m_from[u] = p;
                --m_dirtyCount;
                break;
            }
        }
    }
}

bool LintUnits::cut(const SpecDocument &doc)
{
    const SourceText &src = doc.source();
    const QList<Section> &sections = doc.sections();
    const int textSize = int(doc.text().size());
    auto offsetOfLine = [&](int line) {
        return line >= 1 && line <= src.lineCount() ? src.lineStartOffset(line) : textSize;
    };
    m_units.resize(sections.size() + 1);
    for (int u = 0; u < m_units.size(); ++u) {
        Unit &unit = m_units[u];
        unit.section = u - 1;
        unit.startLine = u == 0 ? 1 : sections.at(u - 1).headingLine;
        unit.startOffset = offsetOfLine(unit.startLine);
        unit.endOffset = u < sections.size() ? offsetOfLine(sections.at(u).headingLine) : textSize;
        unit.endOffset = std::max(unit.startOffset, unit.endOffset);
    }
    // Blocks and statements come in document order, so each unit's are one run of indexes.
    bool ordered = true;
    auto runs = [&](const auto &items, int Unit::*first, int Unit::*count) {
        int last = 0;
        for (int i = 0; i < items.size(); ++i) {
            const int u = items.at(i).section + 1;
            if (u < last || u >= m_units.size()) {
                ordered = false;
                continue;
            }
            if (m_units.at(u).*count == 0)
                m_units[u].*first = i;
            m_units[u].*count += 1;
            last = u;
        }
    };
    runs(doc.blocks(), &Unit::firstBlock, &Unit::blockCount);
    runs(doc.statements(), &Unit::firstStatement, &Unit::statementCount);
    return ordered;
}

Diagnostic LintUnits::moved(Diagnostic d, int lines, int offset)
{
    d.range.startLine += lines;
    d.range.endLine += lines;
    d.range.startOffset += offset;
    d.range.endOffset += offset;
    for (Fix &f : d.fixes)
        for (TextEdit &e : f.edits)
            e.startOffset += offset, e.endOffset += offset;
    return d;
}

QList<bool> LintUnits::dirtyMask() const
{
    QList<bool> mask(m_units.size());
    for (int u = 0; u < m_units.size(); ++u)
        mask[u] = m_from.at(u) < 0;
    return mask;
}

int LintUnits::unitOfLine(int line) const
{
    const auto it = std::upper_bound(m_units.cbegin(), m_units.cend(), line,
                                     [](int l, const Unit &u) { return l < u.startLine; });
    return std::max(0, int(it - m_units.cbegin()) - 1);
}

} // namespace Specwright
