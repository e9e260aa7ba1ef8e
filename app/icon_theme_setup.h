// Makes the toolbar icons available without a desktop icon theme: the Breeze icons of KF6
// BreezeIcons are compiled into the program and serve as the theme (or the fallback when
// the desktop has its own), in their light or dark variant to match the palette.
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace Specwright {

class IconThemeSetup : public QObject
{
    Q_OBJECT
public:
    // Call once after the QApplication exists; follows later palette/colour scheme changes.
    static void apply();

    // Picks breeze or breeze-dark for the current palette (call after changing the palette).
    static void update();

    static bool paletteIsDark();
    // Keeps the icons of the window's tool bars legible under a dark palette where no
    // breeze-dark is installed: each action's icon is drawn by PaletteIconEngine, including
    // icons set later.
    static void followPaletteInToolBars(QMainWindow *window);
    // breeze-dark for a dark palette when it is installed, else breeze.
    static QString breezeTheme(bool dark);

private:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override;
    static void follow(QAction *action);
};

} // namespace Specwright
