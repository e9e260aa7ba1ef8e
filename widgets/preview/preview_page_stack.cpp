#include "preview_page_stack.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QThread>
#include <algorithm>

namespace Specwright {

QString PreviewPageStack::plainTextOfHtml(const QString &html)
{
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    document.setHtml(html);
    return document.toPlainText();
}

void PreviewPageStack::setPages(Pages pages)
{
    m_pages = std::move(pages);
    restack();
}

PreviewPageStack::Pages PreviewPageStack::takePages()
{
    Pages pages = std::exchange(m_pages, {});
    restack();
    return pages;
}

void PreviewPageStack::pull(PreviewPage *page)
{
    // A worker's document has no thread: the layout's timers need this one.
    if (!page->document()->thread())
        page->document()->moveToThread(QThread::currentThread());
}

bool PreviewPageStack::layOut(qreal top, qreal bottom, qreal width)
{
    bool changed = m_width != width;
    m_width = width;
    for (int i = pageAt(top); i >= 0 && i < count() && m_tops.at(i) < bottom; ++i)
        changed |= layOutAt(page(i), width);
    if (changed)
        restack();
    return changed;
}

bool PreviewPageStack::layOutOne(qreal top, qreal bottom, qreal width)
{
    if (isEmpty())
        return false;
    const int first = pageAt(top);
    const int last = pageAt(bottom);
    const int middle = pageAt((top + bottom) / 2);
    for (int d = 0; middle + d <= last || middle - d >= first; ++d) {
        for (const int i : {middle + d, middle - d}) {
            if (i < first || i > last || page(i)->isLaidOutAt(width) || !page(i)->isBuilt())
                continue;
            m_width = width;
            layOutAt(page(i), width);
            restack();
            return true;
        }
    }
    return false;
}

void PreviewPageStack::layOutPage(int index, qreal width)
{
    if (page(index)->isLaidOutAt(width))
        return;
    m_width = width;
    layOutAt(page(index), width);
    restack();
}

void PreviewPageStack::replacePage(int index, std::unique_ptr<PreviewPage> page)
{
    m_pages.at(size_t(index)) = std::move(page);
}

PreviewPageStack::Pages PreviewPageStack::unbuildFar(int first, int last, qsizetype window,
                                                     const QList<int> &keep)
{
    Pages far;
    if (isEmpty())
        return far;
    auto unbuild = [&](int i) {
        PreviewPage *p = page(i);
        if (!p->isBuilt() || keep.contains(i))
            return;
        std::unique_ptr<PreviewPage> html = PreviewPage::unbuiltFrom(*p);
        far.push_back(std::exchange(m_pages.at(size_t(i)), std::move(html)));
    };
    qsizetype passed = 0;
    for (int i = std::max(0, last + 1); i < count(); ++i) {
        if (passed > window)
            unbuild(i);
        passed += page(i)->htmlSize();
    }
    passed = 0;
    for (int i = std::min(count() - 1, first - 1); i >= 0; --i) {
        if (passed > window)
            unbuild(i);
        passed += page(i)->htmlSize();
    }
    return far;
}

int PreviewPageStack::indexOfUnbuilt(const QByteArray &key) const
{
    for (int i = 0; i < count(); ++i) {
        if (!page(i)->isBuilt() && page(i)->key() == key)
            return i;
    }
    return -1;
}

bool PreviewPageStack::layOutAt(PreviewPage *p, qreal width)
{
    if (p->isLaidOutAt(width) || !p->isBuilt()) // an unbuilt one keeps its estimate
        return false;
    const bool first = !p->isLaidOut() && !p->hasKeptMeasure(); // counted once per page
    pull(p);
    p->layOut(width);
    if (first) {
        m_laidOutHeight += p->size().height();
        m_laidOutCharacters += p->characterCount();
        m_laidOutHtml += p->htmlSize();
    }
    return true;
}

void PreviewPageStack::restack()
{
    const qreal perCharacter =
        m_laidOutCharacters > 0 ? m_laidOutHeight / qreal(m_laidOutCharacters) : 0.25;
    const qreal perHtmlCharacter =
        m_laidOutHtml > 0 ? m_laidOutHeight / qreal(m_laidOutHtml) : 0.08;
    m_unbuilt = 0;
    for (const auto &page : m_pages) {
        page->estimate(perCharacter, perHtmlCharacter);
        m_unbuilt += page->isBuilt() ? 0 : 1;
    }
    m_tops.clear();
    m_tops.reserve(qsizetype(m_pages.size()));
    qreal y = kMargin;
    qreal width = 0;
    const PreviewPage *previous = nullptr;
    for (const auto &page : m_pages) {
        if (previous) { // adjacent block margins collapse, as inside one document
            const qreal gap = previous->spaceBelow() + page->spaceAbove();
            y += std::max(previous->bottomMargin(), page->topMargin()) - gap;
        }
        m_tops.append(y);
        y += page->size().height();
        if (page->isLaidOutAt(m_width)) // pages still at an old width do not widen the view
            width = std::max(width, page->size().width());
        previous = page.get();
    }
    m_size = m_pages.empty() ? QSizeF() : QSizeF(width, y + kMargin);
    buildLineAnchors();
}

void PreviewPageStack::buildLineAnchors()
{
    m_anchors.clear();
    for (int i = 0; i < count(); ++i) {
        for (const PreviewPage::LineAnchor &a : page(i)->lineAnchors())
            m_anchors.append({a.line, top(i) + a.y});
    }
    std::stable_sort(m_anchors.begin(), m_anchors.end(),
                     [](const LineAnchor &a, const LineAnchor &b) { return a.line < b.line; });
    // Side-by-side cells put later lines beside earlier ones, and footnotes are written at
    // the end whatever their line: keep the longest run that grows in both line and height
    // (longest increasing subsequence), so the mapping can be searched and inverted.
    QList<int> tails; // index of the smallest last y of a run of each length
    QList<int> previous(m_anchors.size(), -1);
    for (int i = 0; i < m_anchors.size(); ++i) {
        const LineAnchor &a = m_anchors.at(i);
        if (!tails.isEmpty() && a.line == m_anchors.at(tails.last()).line)
            continue; // one anchor per line: the first
        auto it = std::lower_bound(tails.begin(), tails.end(), a.y, [this](int index, qreal y) {
            return m_anchors.at(index).y < y;
        });
        if (it != tails.end() && m_anchors.at(*it).y == a.y)
            continue; // same height as an earlier line (a table row): keep the earlier
        if (it != tails.begin())
            previous[i] = *(it - 1);
        if (it == tails.end())
            tails.append(i);
        else
            *it = i;
    }
    QList<LineAnchor> monotonic;
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        monotonic.append(m_anchors.at(i));
    std::reverse(monotonic.begin(), monotonic.end());
    m_anchors = monotonic;
}

double PreviewPageStack::lineAtY(double y) const
{
    if (m_anchors.isEmpty())
        return 0.0;
    auto it = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), y,
                               [](double value, const LineAnchor &a) { return value < a.y; });
    if (it == m_anchors.cbegin())
        return m_anchors.first().line;
    const LineAnchor &a = *(it - 1);
    if (it == m_anchors.cend())
        return a.line;
    const LineAnchor &b = *it;
    return a.line + (y - a.y) / (b.y - a.y) * (b.line - a.line);
}

double PreviewPageStack::yOfLine(double line) const
{
    if (m_anchors.isEmpty())
        return 0.0;
    auto it = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), line,
                               [](double value, const LineAnchor &a) { return value < a.line; });
    if (it == m_anchors.cbegin())
        return 0.0;
    const LineAnchor &a = *(it - 1);
    if (it == m_anchors.cend())
        return a.y;
    const LineAnchor &b = *it;
    return a.y + (line - a.line) / double(b.line - a.line) * (b.y - a.y);
}

int PreviewPageStack::pageAt(qreal y) const
{
    if (m_tops.isEmpty())
        return -1;
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), y);
    return it == m_tops.cbegin() ? 0 : int(it - m_tops.cbegin()) - 1;
}

PreviewPageStack::Position PreviewPageStack::hitTest(const QPointF &point) const
{
    const int index = pageAt(point.y());
    if (index < 0)
        return {};
    const PreviewPage *p = page(index);
    if (!p->isLaidOut())
        return {index, 0};
    const QPointF local(point.x(), std::clamp(point.y() - top(index), 0.0, p->size().height()));
    const int position = p->document()->documentLayout()->hitTest(local, Qt::FuzzyHit);
    return {index, std::max(0, position)};
}

QString PreviewPageStack::anchorAt(const QPointF &point) const
{
    const int index = pageAt(point.y());
    if (index < 0 || point.y() > top(index) + page(index)->size().height() ||
        !page(index)->isLaidOut())
        return {};
    return page(index)->document()->documentLayout()->anchorAt(point - QPointF(0, top(index)));
}

QRectF PreviewPageStack::positionRect(const Position &position) const
{
    if (!position.isValid() || position.page >= count())
        return {};
    const PreviewPage *p = page(position.page);
    if (!p->isLaidOut())
        return QRectF(0, top(position.page) + p->yOfPosition(position.position), 1, 10);
    const QTextBlock block = p->document()->findBlock(position.position);
    if (!block.isValid())
        return {};
    const QRectF blockRect = p->document()->documentLayout()->blockBoundingRect(block);
    const QTextLine line =
        block.layout()->lineForTextPosition(position.position - block.position());
    if (!line.isValid())
        return QRectF(blockRect.topLeft() + QPointF(0, top(position.page)), QSizeF(1, 10));
    const qreal x = line.cursorToX(position.position - block.position());
    return QRectF(blockRect.left() + x, top(position.page) + blockRect.top() + line.y(), 1,
                  line.height());
}

qreal PreviewPageStack::namedAnchorY(const QString &name) const
{
    for (int i = 0; i < count(); ++i) {
        if (const qreal y = page(i)->namedAnchorY(name); y >= 0)
            return top(i) + y;
    }
    return -1;
}

PreviewPageStack::Position PreviewPageStack::end() const
{
    if (isEmpty())
        return {};
    return {count() - 1, page(count() - 1)->characterCount() - 1}; // clamped where used
}

void PreviewPageStack::draw(QPainter *painter, const QRectF &clip, const QPalette &palette,
                            Position from, Position to) const
{
    if (isEmpty())
        return;
    if (to < from)
        std::swap(from, to);
    for (int i = pageAt(clip.top()); i >= 0 && i < count() && top(i) < clip.bottom(); ++i) {
        const PreviewPage *p = page(i);
        if (!p->isLaidOut())
            continue; // comes into sight laid out (PreviewView lays out what it shows)
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.clip = clip.translated(0, -top(i));
        if (from.isValid() && from.page <= i && i <= to.page && !(from == to)) {
            const int last = p->document()->characterCount() - 1;
            QTextCursor cursor(p->document());
            cursor.setPosition(from.page == i ? std::min(from.position, last) : 0);
            cursor.setPosition(to.page == i ? std::min(to.position, last) : last,
                               QTextCursor::KeepAnchor);
            QAbstractTextDocumentLayout::Selection selection;
            selection.cursor = cursor;
            selection.format.setBackground(palette.brush(QPalette::Highlight));
            selection.format.setForeground(palette.brush(QPalette::HighlightedText));
            context.selections.append(selection);
        }
        painter->save();
        painter->translate(0, top(i));
        painter->setClipRect(context.clip, Qt::IntersectClip);
        p->document()->documentLayout()->draw(painter, context);
        painter->restore();
    }
}

QString PreviewPageStack::text(Position from, Position to) const
{
    return joinText(textParts(from, to));
}

QList<PreviewPageStack::TextPart> PreviewPageStack::textParts(Position from, Position to) const
{
    if (to < from)
        std::swap(from, to);
    if (!from.isValid() || from == to)
        return {};
    QList<TextPart> parts;
    for (int i = from.page; i <= to.page && i < count(); ++i) {
        const PreviewPage *p = page(i);
        if (!p->isBuilt()) { // positions in it are estimates: all of it
            parts.append({p->html(), true});
            continue;
        }
        const int last = p->document()->characterCount() - 1;
        const int start = from.page == i ? std::min(from.position, last) : 0;
        const int end = to.page == i ? std::min(to.position, last) : last;
        if (start == 0 && end == last) { // a whole page: far cheaper than a fragment
            parts.append({p->document()->toPlainText(), false});
            continue;
        }
        QTextCursor cursor(p->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        parts.append({cursor.selection().toPlainText(), false});
    }
    return parts;
}

QString PreviewPageStack::joinText(const QList<TextPart> &parts)
{
    QStringList texts;
    texts.reserve(parts.size());
    for (const TextPart &part : parts)
        texts.append(part.isHtml ? plainTextOfHtml(part.text) : part.text);
    return texts.join(u'\n');
}

QString PreviewPageStack::toPlainText() const
{
    QStringList parts;
    for (const auto &p : m_pages)
        parts.append(p->isBuilt() ? p->document()->toPlainText() : plainTextOfHtml(p->html()));
    return parts.join(u'\n');
}

} // namespace Specwright
