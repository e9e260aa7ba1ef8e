#include "icon_theme_setup.h"

#include <BreezeIcons>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QPalette>
#include <QStyleHints>
#include <algorithm>

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

// Debian's library holds only the light Breeze icons; breeze-dark comes from an installed
// breeze-icon-theme when there is one.
bool themeAvailable(const QString &name)
{
    const QStringList paths = QIcon::themeSearchPaths();
    return std::any_of(paths.begin(), paths.end(), [&name](const QString &path) {
        return QFile::exists(path + u'/' + name + QStringLiteral("/index.theme"));
    });
}

} // namespace

QString IconThemeSetup::breezeTheme(bool dark)
{
    return dark && themeAvailable(darkTheme) ? darkTheme : lightTheme;
}

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
    const QString breeze = breezeTheme(paletteIsDark());
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
