// The lint findings one SpecEditor shows: anchored in its buffer by QTextCursors, so they
// follow edits until the next lint replaces them, with their squiggles and the lookups the
// gutter, tooltips and quick fixes need.
#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTextCursor>
#include <QTextEdit>

class QTextBlock;
class QTextDocument;

namespace Specwright {

class EditorFindings
{
public:
    // Anchors `diagnostics` in `document`; ranges use document offsets (SourceRange offsets,
    // or lines/columns when offsets are missing).
    void set(QTextDocument *document, const QList<Diagnostic> &diagnostics);
    // Drops all findings (their cursors point into a buffer no longer shown).
    void clear();

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    qsizetype size() const { return m_diagnostics.size(); }
    // The buffer the findings are anchored in (null once it is gone).
    QTextDocument *document() const { return m_document; }
    // Whether set(document, diagnostics) would anchor what is anchored already: the same
    // buffer and the very same list (a shared copy, as a document shown again hands over).
    bool holds(const QTextDocument *document, const QList<Diagnostic> &diagnostics) const
    {
        return m_document == document && diagnostics.size() == m_diagnostics.size() &&
               diagnostics.constData() == m_diagnostics.constData();
    }

    // Whether only the squiggles near the visible text are shown, so scrolling or resizing
    // must ask for them again.
    bool followsView() const { return m_selections.size() > kAllSelectionsUpTo; }
    // Appends the squiggles to show: all of them, or when followsView() those overlapping
    // the document positions [from, to].
    void appendSelections(QList<QTextEdit::ExtraSelection> &selections, int from, int to) const;

    // Worst severity per block number for the `lines` blocks from `first` on (gutter markers).
    QHash<int, Severity> worstSeverityPerLine(const QTextBlock &first, int lines) const;
    // Indexes into diagnostics() whose range holds the position (or sits on its line).
    QList<int> at(int position) const;
    // Messages of the findings whose range holds the position (tooltips).
    QStringList messagesAt(int position) const;
    // The anchored edits of one fix of one finding; empty when out of range.
    QList<QTextCursor> fixEdits(int diagnosticIndex, int fixIndex) const;

    static QColor severityColor(Severity severity);

private:
    struct Anchored
    {
        QTextCursor range;
        QList<QList<QTextCursor>> fixEdits; // per fix, per edit
    };

    QTextCursor cursorForRange(const SourceRange &range) const;

    // Up to this many findings all are extra selections; beyond, the visible ones only.
    static constexpr qsizetype kAllSelectionsUpTo = 300;

    QPointer<QTextDocument> m_document;
    QList<Diagnostic> m_diagnostics;
    QList<Anchored> m_anchors;
    QList<qsizetype> m_anchorOrder; // indexes into m_anchors by position
    QList<QTextEdit::ExtraSelection> m_selections;
};

} // namespace Specwright
