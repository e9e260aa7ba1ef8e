#include "palette_icon_engine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Specwright {

namespace {
const QString engineKey = QStringLiteral("SpecwrightPaletteIconEngine");
}

PaletteIconEngine::PaletteIconEngine(const QIcon &icon)
    : m_icon(icon)
{
}

QIcon PaletteIconEngine::follow(const QIcon &icon)
{
    return icon.isNull() ? icon : QIcon(new PaletteIconEngine(icon));
}

bool PaletteIconEngine::paletteIsDark()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QPixmap PaletteIconEngine::recoloured(QPixmap pixmap) const
{
    if (pixmap.isNull() || !paletteIsDark())
        return pixmap;
    const QColor text = QGuiApplication::palette().color(QPalette::ButtonText);
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = line[x];
            if (qAlpha(px) == 0)
                continue;
            const QColor c = QColor::fromRgb(px);
            // Breeze's glyph grey (#232629) and its shades; not the blue, red or green accents.
            if (c.hslSaturation() < 60 && c.lightness() < 110)
                line[x] = qRgba(text.red(), text.green(), text.blue(), qAlpha(px));
        }
    }
    QPixmap out = QPixmap::fromImage(image);
    out.setDevicePixelRatio(pixmap.devicePixelRatio());
    return out;
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                              QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pm = scaledPixmap(rect.size(), mode, state, dpr);
    painter->drawPixmap(rect, pm);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return recoloured(m_icon.pixmap(size, mode, state));
}

QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                        qreal scale)
{
    return recoloured(m_icon.pixmap(size, scale, mode, state));
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return m_icon.actualSize(size, mode, state);
}

QList<QSize> PaletteIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return m_icon.availableSizes(mode, state);
}

QString PaletteIconEngine::iconName()
{
    return m_icon.name();
}

QString PaletteIconEngine::key() const
{
    return engineKey;
}

bool PaletteIconEngine::isNull()
{
    return m_icon.isNull();
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(m_icon);
}

} // namespace Specwright
