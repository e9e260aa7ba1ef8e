// The selection, the mouse and the keyboard of a PreviewView: a press, a drag (scrolling past
// an edge), a double click on a word, Shift+click, Select All and Copy work on text positions
// in the page stack as a text browser's do; a click on a link reports it; Home, End and Space
// scroll; the context menu offers Copy and Select All. The view forwards its input events here.
#pragma once

#include "latest_result.h"
#include "preview_page_stack.h"

#include <QPoint>
#include <QString>

class QContextMenuEvent;
class QKeyEvent;
class QMouseEvent;

namespace Specwright {

class PreviewView;

class PreviewInput
{
public:
    explicit PreviewInput(PreviewView *view);

    PreviewPageStack::Position selectionStart() const { return m_selectionStart; }
    PreviewPageStack::Position selectionEnd() const { return m_selectionEnd; }
    bool hasSelection() const
    {
        return m_selectionStart.isValid() && m_selectionStart != m_selectionEnd;
    }
    QString selectedText() const;
    void selectAll();
    void clearSelection();
    // To the clipboard; the text of pages not built yet is got on a worker (then it follows).
    void copy() const;

    // false: not handled here (the view's base class takes it).
    bool mousePress(QMouseEvent *event);
    void mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    void mouseDoubleClick(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    // Copy, Copy Link Location (on a link) and Select All.
    void contextMenu(QContextMenuEvent *event);

private:
    const PreviewPageStack &pages() const;

    PreviewView *m_view;
    PreviewPageStack::Position m_selectionStart;
    PreviewPageStack::Position m_selectionEnd;
    bool m_selecting = false;
    QPoint m_pressPos;
    QString m_pressedHref;
    mutable LatestResult<QString> m_copy;
};

} // namespace Specwright
