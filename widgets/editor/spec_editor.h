// The Markdown spec editor: KSyntaxHighlighting colours that follow the palette, a line-number
// gutter with diagnostic markers, current-line highlight, zoom, word wrap, and lint diagnostics
// shown as squiggles with quick fixes (Ctrl+. or the context menu).
//
// Nothing here touches the whole document per keystroke: highlighting is incremental
// (QSyntaxHighlighter), diagnostics are anchored by QTextCursors that follow edits.
#pragma once

#include "diagnostic.h"
#include "editor_findings.h"

#include <QHash>
#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextCursor>

namespace Specwright {

class LineNumberArea;
class SpecSyntaxHighlighter;

class SpecEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SpecEditor(QWidget *parent = nullptr);
    ~SpecEditor() override;

    // Navigation (1-based lines and columns).
    void goToLine(int line, int column = 1);
    void goToOffset(int offset);
    int currentLine() const;
    int currentColumn() const;
    int firstVisibleLine() const;
    // Scrolls so that `line` is the first visible line (used by preview sync).
    void scrollToLine(int line);
    // Shows another buffer (another open document). Each buffer keeps its own highlighter
    // (made on first show, a child of the buffer), layout, undo history and cursor, so
    // showing it again lays out and colours nothing anew; the diagnostics of the previous
    // buffer are dropped (its owner sets the new ones).
    void setBuffer(QTextDocument *buffer);

    // Diagnostics of the current text; ranges use document offsets (SourceRange offsets, or
    // lines/columns when offsets are missing).
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    // Marks the find bar's matches (at most kMaxSearchMarks of them, nearest first).
    void setSearchMatches(const QList<QTextCursor> &matches);
    int searchMarkCount() const { return int(m_searchSelections.size()); }
    static constexpr int kMaxSearchMarks = 2000;
    const QList<Diagnostic> &diagnostics() const { return m_findings.diagnostics(); }
    // Indexes into diagnostics() whose range holds the position (or sits on its line).
    QList<int> diagnosticsAt(int position) const;
    // Applies one fix of one diagnostic as a single undo step; false when out of range.
    bool applyFix(int diagnosticIndex, int fixIndex);
    // Applies edits given in offsets of the current text as one undo step (e.g. "fix all of
    // this rule" from the Problems panel); false when an edit lies outside the text.
    bool applyEdits(const QList<TextEdit> &edits);
    // Actions applying the fixes available at the cursor (empty when none).
    QList<QAction *> quickFixActions(QObject *parent);
    void showQuickFixMenu();

    // Appearance.
    // The font before zooming: empty family means the system's fixed-width font.
    void setBaseFont(const QString &family, int pointSize);
    // Family, base size (0: keep) and zoom at once: at most one new layout of the buffer.
    void setFontSettings(const QString &family, int pointSize, int zoomSteps);
    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }
    void setWordWrap(bool wrap);
    bool wordWrap() const;
    QString themeName() const;
    void applyTheme();

    // Gutter hooks for LineNumberArea.
    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent *event);
    void gutterClicked(const QPoint &pos);

Q_SIGNALS:
    // A quick fix "Add to dictionary" was chosen; whoever owns the workspace writes the word.
    void addToDictionaryRequested(const QString &word);
    void cursorLineChanged(int line);
    // goToLine() or goToOffset() is about to move the cursor (Back / Forward record it).
    void jumpStarting();
    void bufferChanged(QTextDocument *buffer);
    void firstVisibleLineChanged(int line);
    void zoomChanged(int steps);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void refreshExtraSelections();
    // Colours the lines on screen first while a big buffer is coloured in slices.
    void colourVisibleLines();
    void onCursorMoved();
    void applyFont();

    LineNumberArea *m_gutter;
    SpecSyntaxHighlighter *m_highlighter;
    // Buffers this editor showed: their layouts still name it as their main view (Qt clears
    // that only for the shown one), so the destructor gives them fresh layouts.
    QList<QPointer<QTextDocument>> m_shownBuffers;
    EditorFindings m_findings; // those of the buffer on show
    // Those of the buffers shown before: their cursors keep following the buffer's edits, so
    // showing it again with the same diagnostics anchors nothing anew.
    QHash<const QTextDocument *, EditorFindings> m_backgroundFindings;
    QList<QTextEdit::ExtraSelection> m_searchSelections;
    QColor m_currentLineColor;
    QColor m_gutterBackground;
    QColor m_lineNumberColor;
    QColor m_currentLineNumberColor;
    QString m_themeName;
    int m_zoomSteps = 0;
    int m_wheelZoomDelta = 0; // Ctrl+wheel angle not yet a whole zoom step
    int m_baseFontSize = 10;
    QString m_fontFamily;
    int m_lastCursorLine = -1;
    // Typing is undone a word at a time: where the last typed character left the cursor and
    // the document revision it left, so a later keystroke knows it continues the same word.
    int m_typedPosition = -1;
    int m_typedRevision = -1;
    bool m_typedWordCharacter = false;
    int m_lastFirstVisible = -1;
    bool m_applyingTheme = false;
};

} // namespace Specwright
