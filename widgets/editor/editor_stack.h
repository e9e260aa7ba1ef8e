// One SpecEditor per open buffer, stacked: showing another buffer raises its editor, which
// kept its layout, colours, cursor, scroll position and findings (QPlainTextEdit::setDocument
// lays out every block of a buffer again: 0.15 s at 5 MB on each tab switch). An editor is
// made when its buffer is first shown. The signals of the editor on show are repeated here,
// so whoever follows "the editor" connects once; font, zoom and word wrap are the stack's and
// reach an editor in the background when it is shown next (each costs it a new layout).
#pragma once

#include <QHash>
#include <QStackedWidget>

class QTextDocument;

namespace Specwright {

class SpecEditor;

class EditorStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit EditorStack(QWidget *parent = nullptr);

    // The editor on show; never null (before any buffer is shown it shows a buffer of its own).
    SpecEditor *editor() const { return m_current; }
    // The editor showing `buffer`, or null when it was never shown (or was released).
    SpecEditor *editorFor(const QTextDocument *buffer) const { return m_editors.value(buffer); }
    int editorCount() const { return int(m_editors.size()); }

    // Shows `buffer` in its own editor, made on its first show; returns that editor. The
    // keyboard focus moves along when the previous editor had it.
    SpecEditor *showBuffer(QTextDocument *buffer);
    // Deletes the editor of `buffer`, before the buffer goes. Releasing the buffer on show
    // leaves an editor with an empty buffer of its own on show.
    void releaseBuffer(QTextDocument *buffer);

    // Settings of every editor.
    void setBaseFont(const QString &family, int pointSize);
    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }
    void setWordWrap(bool wrap);
    bool wordWrap() const { return m_wordWrap; }

Q_SIGNALS:
    // Another editor is on show (after it is raised).
    void currentEditorChanged(Specwright::SpecEditor *editor);
    // Those of the editor on show (SpecEditor's and QPlainTextEdit's); a switch sends
    // bufferChanged, cursorPositionChanged, cursorLineChanged and the availability signals.
    void bufferChanged(QTextDocument *buffer);
    void cursorLineChanged(int line);
    void cursorPositionChanged();
    void jumpStarting();
    void firstVisibleLineChanged(int line);
    void addToDictionaryRequested(const QString &word);
    void undoAvailable(bool available);
    void redoAvailable(bool available);
    void copyAvailable(bool available);
    void textChanged();
    void zoomChanged(int steps);

private:
    SpecEditor *makeEditor();
    void raise(SpecEditor *editor);
    // Gives a hidden editor the geometry it will be shown at, keeping its layout when only its
    // height changes.
    void resizeHidden(SpecEditor *editor, const QRect &geometry);
    // Font, zoom and wrap as the stack has them (no-ops where the editor has them already).
    void applySettings(SpecEditor *editor);

    QHash<const QTextDocument *, SpecEditor *> m_editors;
    SpecEditor *m_current = nullptr;
    SpecEditor *m_spare = nullptr; // shows a buffer of its own; the next new buffer takes it
    QString m_fontFamily;
    int m_fontSize = 0; // 0: the system's fixed-width size
    int m_zoomSteps = 0;
    bool m_wordWrap = true;
};

} // namespace Specwright
