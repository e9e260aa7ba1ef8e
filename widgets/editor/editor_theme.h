// Picks the KSyntaxHighlighting theme that matches a palette and the editor colours it implies.
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QPalette>

namespace Specwright {

struct EditorColors
{
    QColor background;
    QColor text;
    QColor currentLine;
    QColor gutterBackground;
    QColor lineNumber;
    QColor currentLineNumber;
    QColor separator;
    QColor selection;
    QColor searchHighlight;
};

class EditorTheme
{
public:
    // One repository per process: loading the definitions is costly.
    static KSyntaxHighlighting::Repository &repository();
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    static EditorColors colorsFor(const KSyntaxHighlighting::Theme &theme);
    static bool isDark(const QPalette &palette);
};

} // namespace Specwright
