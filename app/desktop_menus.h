// Adds Tools > Settings… and Help > About to the main window, and applies the theme setting.
#pragma once

#include <QObject>

namespace Specwright {

class AppSettings;
class MainWindow;

class DesktopMenus : public QObject
{
    Q_OBJECT
public:
    // Call once after the window exists (main() does).
    static void install(MainWindow &window);

    // Light, dark or the system's colour scheme, and the matching Breeze icons.
    static void applyTheme(const AppSettings &settings);

private:
    using QObject::QObject;
};

} // namespace Specwright
