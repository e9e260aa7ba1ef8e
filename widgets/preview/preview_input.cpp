#include "preview_input.h"

#include "preview_view.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <algorithm>

namespace Specwright {

PreviewInput::PreviewInput(PreviewView *view)
    : m_view(view)
    , m_copy(view)
{
}

const PreviewPageStack &PreviewInput::pages() const
{
    return m_view->pages();
}

QString PreviewInput::selectedText() const
{
    return pages().text(m_selectionStart, m_selectionEnd);
}

void PreviewInput::selectAll()
{
    m_selectionStart = pages().start();
    m_selectionEnd = pages().end();
    m_view->viewport()->update();
}

void PreviewInput::clearSelection()
{
    m_selectionStart = m_selectionEnd = {};
    m_selecting = false;
}

void PreviewInput::copy() const
{
    if (!hasSelection())
        return;
    QList<PreviewPageStack::TextPart> parts = pages().textParts(m_selectionStart, m_selectionEnd);
    const bool anyHtml = std::any_of(parts.cbegin(), parts.cend(),
                                     [](const PreviewPageStack::TextPart &p) { return p.isHtml; });
    if (!anyHtml) {
        QGuiApplication::clipboard()->setText(PreviewPageStack::joinText(parts));
        return;
    }
    m_copy.start([parts = std::move(parts)](
                     const BackgroundTask &) { return PreviewPageStack::joinText(parts); },
                 [](QString text) { QGuiApplication::clipboard()->setText(text); });
}

bool PreviewInput::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressPos = event->position().toPoint();
    m_pressedHref = m_view->anchorAt(m_pressPos);
    const PreviewPageStack::Position at = pages().hitTest(m_view->stackPoint(m_pressPos));
    if (event->modifiers() & Qt::ShiftModifier && m_selectionStart.isValid())
        m_selectionEnd = at;
    else
        m_selectionStart = m_selectionEnd = at;
    m_selecting = at.isValid();
    m_view->viewport()->update();
    return true;
}

void PreviewInput::mouseMove(QMouseEvent *event)
{
    QWidget *viewport = m_view->viewport();
    QScrollBar *bar = m_view->verticalScrollBar();
    const QPoint pos = event->position().toPoint();
    if (m_selecting && event->buttons() & Qt::LeftButton) {
        // Dragging past an edge scrolls.
        if (pos.y() < 0)
            bar->setValue(bar->value() + pos.y());
        else if (pos.y() > viewport->height())
            bar->setValue(bar->value() + pos.y() - viewport->height());
        m_selectionEnd = pages().hitTest(m_view->stackPoint(pos));
        viewport->update();
        return;
    }
    viewport->setCursor(m_view->anchorAt(pos).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

bool PreviewInput::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_selecting = false;
    const QPoint pos = event->position().toPoint();
    const bool click = (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    if (click && !m_pressedHref.isEmpty() && m_view->anchorAt(pos) == m_pressedHref) {
        m_selectionStart = m_selectionEnd = {};
        m_view->viewport()->update();
        Q_EMIT m_view->anchorClicked(QUrl(std::exchange(m_pressedHref, {})));
        return true;
    }
    m_pressedHref.clear();
    if (hasSelection() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    return true;
}

void PreviewInput::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const PreviewPageStack::Position at =
        pages().hitTest(m_view->stackPoint(event->position().toPoint()));
    if (!at.isValid() || !pages().page(at.page)->isBuilt())
        return;
    QTextCursor cursor(pages().page(at.page)->document());
    cursor.setPosition(at.position);
    cursor.select(QTextCursor::WordUnderCursor);
    m_selectionStart = {at.page, cursor.selectionStart()};
    m_selectionEnd = {at.page, cursor.selectionEnd()};
    m_selecting = false;
    m_view->viewport()->update();
}

bool PreviewInput::keyPress(QKeyEvent *event)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return true;
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument) || event->key() == Qt::Key_Home) {
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        return true;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument) || event->key() == Qt::Key_End) {
        // The last pages come into sight laid out and the range changes: to the end again.
        for (int pass = 0; pass < 4 && bar->value() != bar->maximum(); ++pass)
            bar->triggerAction(QAbstractSlider::SliderToMaximum);
        return true;
    }
    if (event->key() == Qt::Key_Space) {
        bar->triggerAction(event->modifiers() & Qt::ShiftModifier
                               ? QAbstractSlider::SliderPageStepSub
                               : QAbstractSlider::SliderPageStepAdd);
        return true;
    }
    return false;
}

void PreviewInput::contextMenu(QContextMenuEvent *event)
{
    // The strings keep the view's translation context.
    auto *menu = new QMenu(m_view);
    QAction *copyAction = menu->addAction(PreviewView::tr("&Copy"), m_view, &PreviewView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    const QString href = m_view->anchorAt(m_view->viewport()->mapFromGlobal(event->globalPos()));
    if (!href.isEmpty()) {
        menu->addAction(PreviewView::tr("Copy &Link Location"), m_view,
                        [href] { QGuiApplication::clipboard()->setText(href); });
    }
    menu->addSeparator();
    QAction *all = menu->addAction(PreviewView::tr("Select All"), m_view, &PreviewView::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    all->setEnabled(!pages().isEmpty());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Specwright
