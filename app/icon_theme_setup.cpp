#include "icon_theme_setup.h"

#include <BreezeIcons>
#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QPalette>
#include <QStyleHints>

namespace Specwright {

namespace {

const QString lightTheme = QStringLiteral("breeze");
const QString darkTheme = QStringLiteral("breeze-dark");

// The theme the desktop chose, if any (Qt reports hicolor or nothing when there is none).
QString &desktopTheme()
{
    static QString name;
    return name;
}

} // namespace

void IconThemeSetup::apply()
{
    // Registers :/icons/breeze and :/icons/breeze-dark.
    BreezeIcons::initIcons();
    const QString system = QIcon::themeName();
    if (system != u"hicolor" && system != lightTheme && system != darkTheme)
        desktopTheme() = system;
    QApplication::setDesktopFileName(QStringLiteral("org.specwright.Specwright"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.specwright.Specwright")));
    update();
    auto *watcher = new IconThemeSetup(qApp);
    qApp->installEventFilter(watcher);
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, watcher,
                     [] { update(); });
}

bool IconThemeSetup::paletteIsDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

void IconThemeSetup::update()
{
    const QString breeze = paletteIsDark() ? darkTheme : lightTheme;
    QIcon::setFallbackThemeName(breeze);
    // The desktop's own theme wins when there is one; Breeze fills its gaps.
    QIcon::setThemeName(desktopTheme().isEmpty() ? breeze : desktopTheme());
}

bool IconThemeSetup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace Specwright
