#include "theme_palette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Specwright {

namespace {

void fill(QPalette &p, const QColor &window, const QColor &text, const QColor &base,
          const QColor &alternate, const QColor &button, const QColor &highlight,
          const QColor &disabledText, const QColor &link)
{
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button.darker(110));
}

} // namespace

QPalette ThemePalette::light()
{
    QPalette p;
    // Breeze light colours.
    fill(p, QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29), Qt::white, QColor(0xf7, 0xf7, 0xf7),
         QColor(0xfc, 0xfc, 0xfc), QColor(0x3d, 0xae, 0xe9), QColor(0xa0, 0xa2, 0xa4),
         QColor(0x29, 0x80, 0xb9));
    return p;
}

QPalette ThemePalette::dark()
{
    QPalette p;
    // Breeze dark colours.
    fill(p, QColor(0x20, 0x23, 0x26), QColor(0xfc, 0xfc, 0xfc), QColor(0x14, 0x16, 0x18),
         QColor(0x1d, 0x1f, 0x22), QColor(0x29, 0x2c, 0x30), QColor(0x3d, 0xae, 0xe9),
         QColor(0x70, 0x74, 0x78), QColor(0x1d, 0x99, 0xf3));
    return p;
}

void ThemePalette::apply(Scheme scheme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    // The style the platform chose, remembered before the first change.
    static const QString platformStyle = QApplication::style()->name();
    switch (scheme) {
    case Scheme::System:
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Unknown);
        if (QApplication::style()->name() != platformStyle)
            QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Scheme::Light:
    case Scheme::Dark:
        QGuiApplication::styleHints()->setColorScheme(
            scheme == Scheme::Dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
        // Fusion draws every control from the palette, so both themes look whole.
        if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(scheme == Scheme::Dark ? dark() : light());
        break;
    }
}

} // namespace Specwright
