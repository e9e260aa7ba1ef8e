// A document cut into the units an incremental re-lint reuses: the text before the first heading
// and each heading with its body up to the next heading (unit u holds section u - 1). Matched
// against the previous snapshot's units, a unit that lies in the text both snapshots share
// before or after the edit, with the same blocks, statements and enclosing titles (up to where
// it starts), is clean: what a rule read from it last time still holds, moved by the unit's line
// and offset delta.
#pragma once

#include "diagnostic.h"
#include "spec_document.h"

#include <QList>

namespace Specwright {

class LintUnits
{
public:
    struct Unit
    {
        int section = -1; // -1: the text before the first heading
        int startLine = 1;
        int startOffset = 0;
        int endOffset = 0; // exclusive: where the next unit starts
        // The unit's blocks and statements: indexes [first, first + count) into
        // SpecDocument::blocks() and statements(), which are in document order.
        int firstBlock = 0;
        int blockCount = 0;
        int firstStatement = 0;
        int statementCount = 0;
    };

    // Every unit dirty: a full lint.
    explicit LintUnits(const SpecDocument &document);
    // Units matched against `previous` (null: every unit dirty).
    LintUnits(const SpecDocument &document, const LintUnits *previous,
              const SpecDocument *previousDocument);

    int size() const { return int(m_units.size()); }
    const Unit &at(int u) const { return m_units.at(u); }
    // The previous snapshot's unit that unit u repeats, or -1 (dirty).
    int previousOf(int u) const { return m_from.at(u); }
    bool isDirty(int u) const { return m_from.at(u) < 0; }
    bool allDirty() const { return m_dirtyCount == size(); }
    int dirtyCount() const { return m_dirtyCount; }
    // Index section + 1 -> dirty, for LintContext::restrictToSections.
    QList<bool> dirtyMask() const;
    // How far unit u moved since the previous snapshot.
    int lineDelta(int u, const LintUnits &previous) const
    {
        return m_units.at(u).startLine - previous.at(m_from.at(u)).startLine;
    }
    int offsetDelta(int u, const LintUnits &previous) const
    {
        return m_units.at(u).startOffset - previous.at(m_from.at(u)).startOffset;
    }
    // The unit a line belongs to.
    int unitOfLine(int line) const;
    static int unitOfSection(int section) { return section + 1; }
    // A finding of a clean unit, moved with it.
    static Diagnostic moved(Diagnostic d, int lines, int offset);

private:
    bool cut(const SpecDocument &document);

    QList<Unit> m_units;
    QList<int> m_from;
    int m_dirtyCount = 0;
};

} // namespace Specwright
