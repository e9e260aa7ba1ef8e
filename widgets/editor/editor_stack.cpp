#include "editor_stack.h"

#include "spec_editor.h"

#include <QCoreApplication>
#include <QResizeEvent>
#include <QTextDocument>

namespace Specwright {

EditorStack::EditorStack(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("editorStack"));
    m_spare = makeEditor();
    raise(m_spare);
}

SpecEditor *EditorStack::makeEditor()
{
    auto *editor = new SpecEditor(this);
    applySettings(editor);
    addWidget(editor);
    // Only the editor on show speaks for the stack.
    const auto forward = [this, editor](auto signal, auto repeat) {
        connect(editor, signal, this, [this, editor, repeat](auto... args) {
            if (editor == m_current)
                Q_EMIT(this->*repeat)(args...);
        });
    };
    forward(&SpecEditor::cursorLineChanged, &EditorStack::cursorLineChanged);
    forward(&SpecEditor::cursorPositionChanged, &EditorStack::cursorPositionChanged);
    forward(&SpecEditor::jumpStarting, &EditorStack::jumpStarting);
    forward(&SpecEditor::firstVisibleLineChanged, &EditorStack::firstVisibleLineChanged);
    forward(&SpecEditor::addToDictionaryRequested, &EditorStack::addToDictionaryRequested);
    forward(&SpecEditor::undoAvailable, &EditorStack::undoAvailable);
    forward(&SpecEditor::redoAvailable, &EditorStack::redoAvailable);
    forward(&SpecEditor::copyAvailable, &EditorStack::copyAvailable);
    forward(&SpecEditor::textChanged, &EditorStack::textChanged);
    // The editor zooms itself on Ctrl+wheel: its zoom becomes every editor's.
    connect(editor, &SpecEditor::zoomChanged, this, [this, editor](int steps) {
        if (editor != m_current || steps == m_zoomSteps)
            return;
        m_zoomSteps = steps;
        Q_EMIT zoomChanged(m_zoomSteps);
    });
    return editor;
}

SpecEditor *EditorStack::showBuffer(QTextDocument *buffer)
{
    if (!buffer)
        return m_current;
    SpecEditor *editor = m_editors.value(buffer);
    if (editor == m_current)
        return editor;
    if (!editor) {
        editor = m_spare ? std::exchange(m_spare, nullptr) : makeEditor();
        editor->setBuffer(buffer);
        m_editors.insert(buffer, editor);
    }
    raise(editor); // also the spare, which was on show with a buffer of its own
    return editor;
}

void EditorStack::raise(SpecEditor *editor)
{
    applySettings(editor);
    // A page of its own size from the start: the scroll range (and a restored scroll
    // position) needs the viewport's height before the layout gets to it.
    if (m_current)
        resizeHidden(editor, m_current->geometry());
    const bool hadFocus = m_current && m_current->hasFocus();
    m_current = editor;
    setCurrentWidget(editor);
    if (hadFocus)
        editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT currentEditorChanged(editor);
    Q_EMIT bufferChanged(editor->document());
    Q_EMIT cursorPositionChanged();
    Q_EMIT cursorLineChanged(editor->currentLine());
    Q_EMIT undoAvailable(editor->document()->isUndoAvailable());
    Q_EMIT redoAvailable(editor->document()->isRedoAvailable());
    Q_EMIT copyAvailable(editor->textCursor().hasSelection());
}

// Qt gives a widget resized while hidden its resize event on show without the old size, and
// QPlainTextEdit lays out every block again for it (20 ms at 5 MB, on each switch to that
// tab), also when only the height changed (a bar above the editors came or went). Sent here
// with the old sizes, the events keep the layout unless the width changed.
void EditorStack::resizeHidden(SpecEditor *editor, const QRect &geometry)
{
    QWidget *viewport = editor->viewport();
    const QSize oldSize = editor->size();
    const QSize oldViewportSize = viewport->size();
    editor->setGeometry(geometry);
    if (editor->isVisible() || !editor->testAttribute(Qt::WA_PendingResizeEvent) ||
        viewport->testAttribute(Qt::WA_PendingResizeEvent))
        return; // visible, unchanged, or a first show (nothing laid out yet)
    QResizeEvent resized(editor->size(), oldSize);
    editor->setAttribute(Qt::WA_PendingResizeEvent, false);
    QCoreApplication::sendEvent(editor, &resized); // lays out the viewport and scroll bars
    if (viewport->testAttribute(Qt::WA_PendingResizeEvent)) {
        QResizeEvent viewportResized(viewport->size(), oldViewportSize);
        viewport->setAttribute(Qt::WA_PendingResizeEvent, false);
        QCoreApplication::sendEvent(viewport, &viewportResized);
    }
}

void EditorStack::releaseBuffer(QTextDocument *buffer)
{
    SpecEditor *editor = m_editors.take(buffer);
    if (!editor)
        return;
    if (editor == m_current) {
        if (!m_spare)
            m_spare = makeEditor();
        raise(m_spare);
    }
    removeWidget(editor);
    delete editor;
}

void EditorStack::applySettings(SpecEditor *editor)
{
    editor->setFontSettings(m_fontFamily, m_fontSize, m_zoomSteps);
    editor->setWordWrap(m_wordWrap);
}

void EditorStack::setBaseFont(const QString &family, int pointSize)
{
    m_fontFamily = family;
    m_fontSize = pointSize;
    applySettings(m_current); // the others when shown
}

void EditorStack::zoomBy(int steps)
{
    m_current->zoomBy(steps); // it knows the limits of its font; its zoomChanged updates ours
}

void EditorStack::resetZoom()
{
    zoomBy(-m_zoomSteps);
}

void EditorStack::setWordWrap(bool wrap)
{
    m_wordWrap = wrap;
    m_current->setWordWrap(wrap);
}

} // namespace Specwright
