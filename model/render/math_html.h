// TeX math as GitHub writes it ($...$ inline, $$...$$ and ```math blocks) turned into HTML that
// QTextBrowser and browsers both show: common commands become Unicode symbols, ^ and _ become
// <sup>/<sub>, \frac{a}{b} becomes a/b, in a serif italic span. The TeX is kept in the title.
// Not a TeX engine: what it does not know it shows as written.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Specwright {

class MathHtml
{
public:
    struct Span
    {
        qsizetype start = 0;  // of the opening '$'
        qsizetype length = 0; // up to and with the closing '$'
        QString tex;
        bool display = false; // $$...$$
    };
    // Inline math in one line of text: "$x$" where the opening $ is not followed by a space
    // and the closing $ not preceded by one nor followed by a letter or digit, so "$5 and $10"
    // and "$HOME/$USER" are text.
    static QList<Span> inlineSpans(QStringView text);
    // "$$ ... $$" on its own: the TeX between the markers, else a null string.
    static QString displayMath(QStringView paragraphSource);

    static QString inlineHtml(const QString &tex);
    // A centred block; `anchor` (a source anchor, may be empty) goes first in the cell.
    static QString blockHtml(const QString &tex, const QString &anchor, int startLine, int endLine);
    // The converted math, HTML-escaped.
    static QString texToHtml(QStringView tex);
};

} // namespace Specwright
