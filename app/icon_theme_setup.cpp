#include "icon_theme_setup.h"

#include "palette_icon_engine.h"

#include <BreezeIcons>
#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QMainWindow>
#include <QPalette>
#include <QStyleHints>
#include <QToolBar>
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

void IconThemeSetup::followPaletteInToolBars(QMainWindow *window)
{
    auto *watcher = new IconThemeSetup(window);
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions())
            follow(action);
        bar->installEventFilter(watcher);
    }
}

void IconThemeSetup::follow(QAction *action)
{
    // The cache key of the icon we set tells a new icon from ours (setIcon sends ActionChanged).
    static const char *const ours = "specwrightPaletteIcon";
    if (action->icon().isNull() || action->property(ours).toLongLong() == action->icon().cacheKey())
        return;
    const QIcon icon = PaletteIconEngine::follow(action->icon());
    action->setProperty(ours, icon.cacheKey());
    action->setIcon(icon);
}

bool IconThemeSetup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        update();
    if ((event->type() == QEvent::ActionAdded || event->type() == QEvent::ActionChanged) &&
        qobject_cast<QToolBar *>(watched))
        follow(static_cast<QActionEvent *>(event)->action());
    return QObject::eventFilter(watched, event);
}

} // namespace Specwright
