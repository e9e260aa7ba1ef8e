#include "pass_rate_badge_delegate.h"

#include <QApplication>
#include <QPainter>

namespace Specwright {

PassRateBadgeDelegate::PassRateBadgeDelegate(int colorRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colorRole(colorRole)
{
}

QColor PassRateBadgeDelegate::colorFor(double rate)
{
    if (rate >= 0.9)
        return QColor(0x2e, 0x8b, 0x47);
    if (rate >= 0.5)
        return QColor(0xc0, 0x7a, 0x10);
    return QColor(0xc0, 0x39, 0x2b);
}

void PassRateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QColor fill = index.data(m_colorRole).value<QColor>();
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!fill.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    const int h = qMin(fm.height() + 2, option.rect.height() - 2);
    const int w = qMin(fm.horizontalAdvance(text) + h * 2 / 3, option.rect.width() - 4);
    QRect pill(0, 0, w, h);
    pill.moveCenter(option.rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize PassRateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty())
        size.setWidth(fm.horizontalAdvance(text) + fm.height() * 2 / 3 + 8);
    return size;
}

} // namespace Specwright
