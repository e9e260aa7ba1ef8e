// The application palettes for the Light and Dark theme settings. Setting only the colour
// scheme hint changes nothing where the platform theme ignores it (plain X11, offscreen), so
// the chosen theme sets a full palette on the Fusion style; "follow the system" restores the
// platform's own.
#pragma once

#include <QPalette>

namespace Specwright {

class ThemePalette
{
public:
    enum class Scheme
    {
        System,
        Light,
        Dark
    };

    static QPalette light();
    static QPalette dark();
    // Applies the scheme to the whole application (widgets follow through PaletteChange).
    static void apply(Scheme scheme);
};

} // namespace Specwright
