// The features that plug into the main window, installed in one place and in one order (docks
// first, then what lists the window's actions: the palette and the toolbar tooltips).
#pragma once

namespace Specwright {

class MainWindow;

class WindowIntegrations
{
public:
    static void install(MainWindow *window);
};

} // namespace Specwright
