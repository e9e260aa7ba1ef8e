// Paints a cell's text as a small rounded badge in the colour of its BadgeColorRole (the
// Intents outline's eval pass rates); white text on a saturated fill reads in light and dark.
#pragma once

#include <QStyledItemDelegate>

namespace Specwright {

class PassRateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PassRateBadgeDelegate(int colorRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Green from 90 %, amber from 50 %, red below.
    static QColor colorFor(double rate);

private:
    int m_colorRole;
};

} // namespace Specwright
