// Registers what the model's GeneratorRegistry cannot hold itself because it needs QtGui: the
// PDF generator and the KSyntaxHighlighting code highlighter for HTML outputs. Call once after
// the QGuiApplication exists (the IDE's GenerateController and `specc generate` do).
#pragma once

namespace Specwright {

class GuiGenerators
{
public:
    static void registerAll();
};

} // namespace Specwright
