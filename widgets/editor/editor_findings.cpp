#include "editor_findings.h"

#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>
#include <numeric>

namespace Specwright {

QColor EditorFindings::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xda, 0x44, 0x53);
    case Severity::Warning:
        return QColor(0xe0, 0x9b, 0x1a);
    case Severity::Info:
        return QColor(0x3d, 0xae, 0xe9);
    }
    return {};
}

void EditorFindings::clear()
{
    m_document = nullptr;
    m_diagnostics.clear();
    m_anchors.clear();
    m_anchorOrder.clear();
    m_selections.clear();
}

QTextCursor EditorFindings::cursorForRange(const SourceRange &range) const
{
    QTextDocument *doc = m_document;
    const int last = std::max(0, doc->characterCount() - 1);
    int start = range.startOffset;
    int end = range.endOffset;
    if (start < 0) {
        const QTextBlock b = doc->findBlockByNumber(std::max(1, range.startLine) - 1);
        start = b.isValid() ? b.position() + std::max(0, range.startColumn - 1) : 0;
        const QTextBlock e = doc->findBlockByNumber(std::max(1, range.endLine) - 1);
        end = e.isValid() ? e.position() + std::max(0, range.endColumn) : start;
    }
    start = std::clamp(start, 0, last);
    end = std::clamp(end, start, last);
    QTextCursor cursor(doc);
    cursor.setPosition(start);
    if (end == start) {
        // An empty range underlines the word (or the line) it sits on, so it stays visible.
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!cursor.hasSelection())
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    } else {
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    }
    return cursor;
}

void EditorFindings::set(QTextDocument *document, const QList<Diagnostic> &diagnostics)
{
    clear();
    m_document = document;
    m_diagnostics = diagnostics;
    m_anchors.reserve(diagnostics.size());
    // A cursor placed outside an edit block measures its x in the laid-out line: every
    // finding's block would be laid out (thousands of them in a big spec, most never shown).
    // Inside an (empty) edit block it does not.
    QTextCursor quiet(document);
    quiet.beginEditBlock();
    for (const Diagnostic &d : diagnostics) {
        Anchored anchored;
        anchored.range = cursorForRange(d.range);
        for (const Fix &fix : d.fixes) {
            QList<QTextCursor> edits;
            for (const TextEdit &edit : fix.edits) {
                QTextCursor c(document);
                const int last = std::max(0, document->characterCount() - 1);
                c.setPosition(std::clamp(edit.startOffset, 0, last));
                c.setPosition(std::clamp(edit.endOffset, c.position(), last),
                              QTextCursor::KeepAnchor);
                edits.append(c);
            }
            anchored.fixEdits.append(edits);
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = anchored.range;
        selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        // Spelling gets the red squiggle every editor uses for it, whatever its severity.
        selection.format.setUnderlineColor(d.ruleId.startsWith(u"spelling/")
                                               ? QColor(0xd0, 0x20, 0x20)
                                               : severityColor(d.severity));
        selection.format.setToolTip(d.message);
        m_selections.append(selection);
        m_anchors.append(anchored);
    }
    quiet.endEditBlock();
    m_anchorOrder.resize(m_anchors.size());
    std::iota(m_anchorOrder.begin(), m_anchorOrder.end(), 0);
    std::stable_sort(m_anchorOrder.begin(), m_anchorOrder.end(), [this](qsizetype a, qsizetype b) {
        return m_anchors[a].range.position() < m_anchors[b].range.position();
    });
}

void EditorFindings::appendSelections(QList<QTextEdit::ExtraSelection> &selections, int from,
                                      int to) const
{
    if (!followsView()) {
        selections.append(m_selections);
        return;
    }
    for (const QTextEdit::ExtraSelection &s : m_selections)
        if (s.cursor.selectionEnd() >= from && s.cursor.selectionStart() <= to)
            selections.append(s);
}

QHash<int, Severity> EditorFindings::worstSeverityPerLine(const QTextBlock &first, int lines) const
{
    QHash<int, Severity> marks;
    const QTextDocument *doc = first.document();
    if (!doc || m_anchors.isEmpty())
        return marks;
    const int firstNumber = first.blockNumber();
    // Only the findings on screen: m_anchorOrder sorts them by position (edits move the
    // cursors, never reorder them), so a paint costs no lookup per finding of a big spec.
    const QTextBlock below = doc->findBlockByNumber(firstNumber + lines + 1);
    const int from = first.position();
    const int to = below.isValid() ? below.position() : doc->characterCount();
    auto begin = std::lower_bound(
        m_anchorOrder.cbegin(), m_anchorOrder.cend(), from,
        [this](qsizetype i, int position) { return m_anchors[i].range.position() < position; });
    for (auto at = begin; at != m_anchorOrder.cend() && m_anchors[*at].range.position() <= to;
         ++at) {
        const qsizetype i = *at;
        const int n = m_anchors[i].range.block().blockNumber();
        if (n < firstNumber || n > firstNumber + lines)
            continue;
        const Severity s = m_diagnostics[i].severity;
        auto it = marks.find(n);
        if (it == marks.end() || int(s) < int(*it))
            marks.insert(n, s);
    }
    return marks;
}

QList<int> EditorFindings::at(int position) const
{
    QList<int> exact;
    QList<int> onLine;
    if (!m_document)
        return exact;
    const QTextBlock block = m_document->findBlock(position);
    for (qsizetype i = 0; i < m_anchors.size(); ++i) {
        const QTextCursor &c = m_anchors[i].range;
        if (position >= c.selectionStart() && position <= c.selectionEnd())
            exact.append(int(i));
        else if (c.block() == block)
            onLine.append(int(i));
    }
    return exact.isEmpty() ? onLine : exact;
}

QStringList EditorFindings::messagesAt(int position) const
{
    QStringList messages;
    for (qsizetype i = 0; i < m_anchors.size(); ++i) {
        const QTextCursor &c = m_anchors[i].range;
        if (position >= c.selectionStart() && position <= c.selectionEnd())
            messages.append(m_diagnostics[i].message);
    }
    return messages;
}

QList<QTextCursor> EditorFindings::fixEdits(int diagnosticIndex, int fixIndex) const
{
    if (diagnosticIndex < 0 || diagnosticIndex >= m_anchors.size())
        return {};
    const Anchored &anchored = m_anchors[diagnosticIndex];
    if (fixIndex < 0 || fixIndex >= anchored.fixEdits.size())
        return {};
    return anchored.fixEdits[fixIndex];
}

} // namespace Specwright
