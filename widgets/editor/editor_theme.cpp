#include "editor_theme.h"

namespace Specwright {

using KSyntaxHighlighting::Theme;

KSyntaxHighlighting::Repository &EditorTheme::repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

bool EditorTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

Theme EditorTheme::themeFor(const QPalette &palette)
{
    auto &repo = repository();
    // Prefer the Breeze pair so light and dark look like one family.
    const Theme named = repo.theme(isDark(palette) ? QStringLiteral("Breeze Dark")
                                                   : QStringLiteral("Breeze Light"));
    if (named.isValid())
        return named;
    return repo.themeForPalette(palette);
}

EditorColors EditorTheme::colorsFor(const Theme &theme)
{
    auto color = [&theme](Theme::EditorColorRole role) {
        return QColor::fromRgba(theme.editorColor(role));
    };
    EditorColors c;
    c.background = color(Theme::BackgroundColor);
    c.text = QColor::fromRgba(theme.textColor(Theme::Normal));
    c.currentLine = color(Theme::CurrentLine);
    c.gutterBackground = color(Theme::IconBorder);
    c.lineNumber = color(Theme::LineNumbers);
    c.currentLineNumber = color(Theme::CurrentLineNumber);
    c.separator = color(Theme::Separator);
    c.selection = color(Theme::TextSelection);
    c.searchHighlight = color(Theme::SearchHighlight);
    return c;
}

} // namespace Specwright
