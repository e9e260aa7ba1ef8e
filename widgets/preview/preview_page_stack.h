// The pages of the preview stacked top to bottom: where each one is, what is at a point, the
// source line anchors of all of them as one mapping, painting the visible ones and the text of
// a selection that may span pages. Only pages in sight are laid out (layOut()); the others'
// heights are estimated from the laid-out ones (from their HTML while not built).
#pragma once

#include "preview_page.h"

#include <QList>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <memory>
#include <vector>

class QPainter;

namespace Specwright {

class PreviewPageStack
{
public:
    using Pages = std::vector<std::unique_ptr<PreviewPage>>;
    // A text position: a page and a position in its document.
    struct Position
    {
        int page = -1;
        int position = 0;
        bool isValid() const { return page >= 0; }
        bool operator<(const Position &o) const
        {
            return page != o.page ? page < o.page : position < o.position;
        }
        bool operator==(const Position &o) const = default;
    };
    struct LineAnchor
    {
        int line = 0;
        qreal y = 0; // in the stack
    };

    // The margin above the first page and below the last.
    static constexpr qreal kMargin = 12;

    void setPages(Pages pages);
    Pages takePages();
    // The pages' sizes changed (laid out again): stacks them anew.
    void restack();
    // Lays out, at `width`, the pages meeting the heights from `top` to `bottom` that are not
    // laid out at it; true when any was (then the stack is restacked).
    bool layOut(qreal top, qreal bottom, qreal width);
    // Lays out one page (and restacks).
    void layOutPage(int index, qreal width);
    // Lays out the one page meeting `top` to `bottom` nearest their middle that is not laid
    // out at `width` (and restacks); false when there is none.
    bool layOutOne(qreal top, qreal bottom, qreal width);
    // Puts a built page in place of the unbuilt one at `index` (restack() follows).
    void replacePage(int index, std::unique_ptr<PreviewPage> page);
    // Puts the built pages lying more than `window` characters of HTML above page `first` or
    // below page `last` back to their HTML (PreviewPage::unbuiltFrom()), but not the pages in
    // `keep`; returns the built pages taken out, for the caller to free off the UI thread
    // (restack() follows).
    Pages unbuildFar(int first, int last, qsizetype window, const QList<int> &keep);
    // The unbuilt page with this key, -1 if none.
    int indexOfUnbuilt(const QByteArray &key) const;
    // Pages still kept as HTML (as of the last restack()).
    int unbuiltCount() const { return m_unbuilt; }

    int count() const { return int(m_pages.size()); }
    PreviewPage *page(int index) const { return m_pages.at(index).get(); }
    qreal top(int index) const { return m_tops.at(index); }
    QSizeF size() const { return m_size; }
    bool isEmpty() const { return m_pages.empty(); }

    // The page at a height in the stack (the nearest one), -1 when empty.
    int pageAt(qreal y) const;
    Position hitTest(const QPointF &point) const;
    QString anchorAt(const QPointF &point) const;
    // The rectangle of a position's cursor, in the stack.
    QRectF positionRect(const Position &position) const;
    // y of a named anchor (heading id, footnote), -1 when there is none.
    qreal namedAnchorY(const QString &name) const;
    // Source line anchors growing in both line and y (see buildLineAnchors()).
    const QList<LineAnchor> &lineAnchors() const { return m_anchors; }
    // The source line at a height, interpolated between anchors (0 when there are none), and
    // the height of a line.
    double lineAtY(double y) const;
    double yOfLine(double line) const;

    Position start() const { return isEmpty() ? Position() : Position{0, 0}; }
    Position end() const;
    // Paints the pages meeting `clip` (stack coordinates, the painter translated to them),
    // the text between `from` and `to` selected.
    void draw(QPainter *painter, const QRectF &clip, const QPalette &palette, Position from,
              Position to) const;
    QString text(Position from, Position to) const;
    // The text between two positions in parts: the text of built pages, the HTML of pages not
    // built yet, whose text joinText() gets from it (in any thread: copying a 5 MB preview
    // gives that to a worker).
    struct TextPart
    {
        QString text;
        bool isHtml = false;
    };
    QList<TextPart> textParts(Position from, Position to) const;
    static QString joinText(const QList<TextPart> &parts);
    QString toPlainText() const;

private:
    void buildLineAnchors();
    static void pull(PreviewPage *page);
    static QString plainTextOfHtml(const QString &html);
    // Lays `p` out at `width` unless it is already; true when it was laid out now.
    bool layOutAt(PreviewPage *p, qreal width);

    Pages m_pages;
    // Pixels per character of the pages laid out so far: the estimate for the others.
    qreal m_width = -1; // the width pages are laid out at now
    qreal m_laidOutHeight = 0;
    qint64 m_laidOutCharacters = 0;
    qint64 m_laidOutHtml = 0;
    int m_unbuilt = 0;
    QList<qreal> m_tops;
    QSizeF m_size;
    QList<LineAnchor> m_anchors;
};

} // namespace Specwright
