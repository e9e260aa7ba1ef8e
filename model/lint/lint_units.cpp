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

// Everything a rule reads of a unit is the same, up to where the unit starts.
bool sameUnit(const SpecDocument &oldDoc, const Unit &o, const SpecDocument &newDoc, const Unit &n)
{
    if (o.hash != n.hash || o.endOffset - o.startOffset != n.endOffset - n.startOffset ||
        o.blocks.size() != n.blocks.size() || o.statements.size() != n.statements.size())
        return false;
    if (QStringView(oldDoc.text()).mid(o.startOffset, o.endOffset - o.startOffset) !=
        QStringView(newDoc.text()).mid(n.startOffset, n.endOffset - n.startOffset))
        return false;
    int po = o.section, pn = n.section;
    for (; po >= 0 && pn >= 0;
         po = oldDoc.sections().at(po).parent, pn = newDoc.sections().at(pn).parent)
        if (oldDoc.sections().at(po).title != newDoc.sections().at(pn).title)
            return false;
    if (po >= 0 || pn >= 0)
        return false;
    const int dl = o.startLine, nl = n.startLine;
    for (int i = 0; i < o.blocks.size(); ++i) {
        const Block &a = oldDoc.blocks().at(o.blocks.at(i));
        const Block &b = newDoc.blocks().at(n.blocks.at(i));
        if (a.kind != b.kind || a.startLine - dl != b.startLine - nl ||
            a.endLine - dl != b.endLine - nl || a.listDepth != b.listDepth ||
            a.inQuote != b.inQuote || a.inAdmonition != b.inAdmonition || a.inTable != b.inTable ||
            a.info != b.info)
            return false;
    }
    for (int i = 0; i < o.statements.size(); ++i) {
        const Statement &a = oldDoc.statements().at(o.statements.at(i));
        const Statement &b = newDoc.statements().at(n.statements.at(i));
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
    cut(document, false);
    m_from.fill(-1, m_units.size());
    m_dirtyCount = size();
}

LintUnits::LintUnits(const SpecDocument &document, const LintUnits *previous,
                     const SpecDocument *previousDocument)
{
    cut(document, true);
    m_from.fill(-1, m_units.size());
    for (int u = 0; u < m_units.size(); ++u)
        m_byHash.insert(m_units.at(u).hash, u);
    if (previous && previousDocument) {
        for (int u = 0; u < m_units.size(); ++u) {
            for (auto it = previous->m_byHash.constFind(m_units.at(u).hash);
                 it != previous->m_byHash.cend() && it.key() == m_units.at(u).hash; ++it) {
                if (sameUnit(*previousDocument, previous->at(it.value()), document,
                             m_units.at(u))) {
                    m_from[u] = it.value();
                    break;
                }
            }
        }
    }
    m_dirtyCount = int(std::count(m_from.cbegin(), m_from.cend(), -1));
}

void LintUnits::cut(const SpecDocument &doc, bool hashed)
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
        if (!hashed)
            continue;
        size_t h =
            qHash(QStringView(doc.text()).mid(unit.startOffset, unit.endOffset - unit.startOffset));
        // The rules read the titles of the enclosing sections (glossary, example sections).
        for (int p = unit.section; p >= 0 && p < sections.size(); p = sections.at(p).parent)
            h = qHashMulti(h, sections.at(p).title);
        unit.hash = h;
    }
    const QList<Block> &blocks = doc.blocks();
    for (int b = 0; b < blocks.size(); ++b)
        if (blocks.at(b).section + 1 >= 0 && blocks.at(b).section + 1 < m_units.size())
            m_units[blocks.at(b).section + 1].blocks.append(b);
    const QList<Statement> &statements = doc.statements();
    for (int s = 0; s < statements.size(); ++s)
        if (statements.at(s).section + 1 >= 0 && statements.at(s).section + 1 < m_units.size())
            m_units[statements.at(s).section + 1].statements.append(s);
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
