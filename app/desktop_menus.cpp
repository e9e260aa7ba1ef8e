#include "desktop_menus.h"

#include "about_dialog.h"
#include "app_settings.h"
#include "icon_theme_setup.h"
#include "main_actions.h"
#include "main_window.h"
#include "settings_dialog.h"
#include "theme_palette.h"

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
    // QKeySequence::Preferences is empty on most Linux desktops: Ctrl+, as in VS Code and Kate.
    QAction *settings =
        actions->add(MainActions::Menu::Tools, tr("&Settings…"),
                     QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("configure"));
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
    ThemePalette::Scheme scheme = ThemePalette::Scheme::System;
    if (settings.theme == AppSettings::Theme::Light)
        scheme = ThemePalette::Scheme::Light;
    else if (settings.theme == AppSettings::Theme::Dark)
        scheme = ThemePalette::Scheme::Dark;
    ThemePalette::apply(scheme);
    IconThemeSetup::update();
}

} // namespace Specwright
