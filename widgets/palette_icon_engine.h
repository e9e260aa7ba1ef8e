// Draws a monochrome icon theme's glyphs in the palette's text colour. Breeze (the icons
// compiled into the program; Debian's library has no breeze-dark) draws its glyphs in a dark
// grey, dark-on-dark under a dark palette. This engine wraps such an icon and, whenever the
// application palette is dark, paints its dark neutral pixels in the palette's button text
// colour (coloured accents stay as they are). It asks the palette at each paint, so a theme
// change shows at once.
#pragma once

#include <QIcon>
#include <QIconEngine>

namespace Specwright {

class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QIcon &icon);

    // `icon` wrapped (a null icon is returned as it is).
    static QIcon follow(const QIcon &icon);
    static bool paletteIsDark();

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    QString key() const override;
    bool isNull() override;
    QIconEngine *clone() const override;

private:
    QPixmap recoloured(QPixmap pixmap) const;

    QIcon m_icon;
};

} // namespace Specwright
