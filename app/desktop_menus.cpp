#include "desktop_menus.h"

#include "about_dialog.h"
#include "app_settings.h"
#include "icon_theme_setup.h"
#include "main_actions.h"
#include "main_window.h"
#include "settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QStyleHints>

namespace Specwright {

void DesktopMenus::install(MainWindow &window)
{
    applyTheme(AppSettings::load());
    window.applySettings(AppSettings::load());
    MainActions *actions = window.actions();
    auto *owner = new DesktopMenus(&window);

    actions->addSeparator(MainActions::Menu::Tools);
    QAction *settings = actions->add(MainActions::Menu::Tools, tr("&Settings…"),
                                     QKeySequence::Preferences, QStringLiteral("configure"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, owner, [&window] {
        SettingsDialog dialog(&window);
        connect(&dialog, &SettingsDialog::settingsChanged, &window, &DesktopMenus::applyTheme);
        connect(&dialog, &SettingsDialog::settingsChanged, &window, &MainWindow::applySettings);
        dialog.exec();
    });

    QAction *about = actions->add(MainActions::Menu::Help, tr("&About Specwright"), {},
                                  QStringLiteral("help-about"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, owner, [&window] {
        AboutDialog dialog(&window);
        dialog.exec();
    });
    QAction *aboutQt = actions->add(MainActions::Menu::Help, tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, owner, [] { QApplication::aboutQt(); });
}

void DesktopMenus::applyTheme(const AppSettings &settings)
{
    Qt::ColorScheme scheme = Qt::ColorScheme::Unknown; // Unknown: follow the system
    if (settings.theme == AppSettings::Theme::Light)
        scheme = Qt::ColorScheme::Light;
    else if (settings.theme == AppSettings::Theme::Dark)
        scheme = Qt::ColorScheme::Dark;
    QGuiApplication::styleHints()->setColorScheme(scheme);
    IconThemeSetup::update();
}

} // namespace Specwright
