#include "buffer_text.h"

#include "spec_syntax_highlighter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <array>

namespace Specwright {

namespace {
// Block format property holding the break after a block that differs from the convention.
constexpr int breakProperty = QTextFormat::UserProperty + 0x5357;

// Length of the block break starting at text[i], or 0 when there is none.
qsizetype breakLength(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'\r')
        return (i + 1 < text.size() && text.at(i + 1) == u'\n') ? 2 : 1;
    if (c == u'\n' || c == QChar::ParagraphSeparator || c == QChar(0xFDD0) || c == QChar(0xFDD1))
        return 1;
    return 0;
}
} // namespace

BufferText::Convention BufferText::load(QTextDocument *buffer, const QString &text)
{
    // The most frequent of \n, \r\n and \r is the convention; the rest is remembered per block.
    std::array<qsizetype, 3> counts{};
    QList<QString> breaks;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = breakLength(text, i);
        if (n == 0)
            continue;
        const QString br = text.mid(i, n);
        breaks.append(br);
        if (br == u"\n")
            ++counts[0];
        else if (br == u"\r\n")
            ++counts[1];
        else if (br == u"\r")
            ++counts[2];
        i += n - 1;
    }
    Convention convention;
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        convention.lineEnd = QStringLiteral("\r\n");
    else if (counts[2] > counts[0] && counts[2] > counts[1])
        convention.lineEnd = QStringLiteral("\r");

    SpecSyntaxHighlighter::setPlainText(buffer, text); // a big text is coloured in slices
    bool marked = false;
    QTextBlock block = buffer->firstBlock();
    for (const QString &br : std::as_const(breaks)) {
        if (!block.isValid())
            break;
        if (br != convention.lineEnd) {
            QTextBlockFormat format;
            format.setProperty(breakProperty, br);
            QTextCursor(block).mergeBlockFormat(format);
            marked = true;
        }
        block = block.next();
    }
    if (marked)
        buffer->clearUndoRedoStacks(); // the marks are not an edit
    convention.mixed = marked;
    return convention;
}

QString BufferText::text(const QTextDocument *buffer, const Convention &convention)
{
    if (!convention.mixed) {
        // One break for all: the raw text (U+2029 between blocks, nothing rewritten) with the
        // convention's break, a copy instead of 100,000 block lookups at 5 MB (autosave).
        QString raw = buffer->toRawText();
        return convention.lineEnd == u"\n"
                   ? raw.replace(QChar::ParagraphSeparator, u'\n')
                   : raw.replace(QChar::ParagraphSeparator, convention.lineEnd);
    }
    QString out;
    out.reserve(buffer->characterCount());
    for (QTextBlock block = buffer->firstBlock(); block.isValid(); block = block.next()) {
        out += block.text(); // raw: keeps U+00A0 and U+2028
        if (block.next().isValid()) {
            const QVariant br = block.blockFormat().property(breakProperty);
            out += br.isValid() ? br.toString() : convention.lineEnd;
        }
    }
    return out;
}

} // namespace Specwright
