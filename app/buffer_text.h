// Moves a file's text into an editor buffer and back without changing a byte nobody edited.
// QTextDocument turns \r\n, \r, \n, U+2029, U+FDD0 and U+FDD1 alike into block breaks and
// toPlainText() rewrites U+00A0 and U+2028, so the buffer alone cannot say what was on disk:
// each block remembers the break that ended it where it differs from the file's convention.
#pragma once

#include <QString>

class QTextDocument;

namespace Specwright {

class BufferText
{
public:
    // The file's line-end convention ("\n", "\r\n" or "\r"); the encoding and its BOM are
    // TextFileCodec's.
    struct Convention
    {
        QString lineEnd = QStringLiteral("\n");
        // Some block ends in another break than lineEnd (text() then reads block by block).
        bool mixed = false;
    };

    // Decoded text (BOM already removed) into the buffer; returns the text's convention.
    static Convention load(QTextDocument *buffer, const QString &text);
    // The buffer's exact text: each block followed by its own break or the convention's.
    static QString text(const QTextDocument *buffer, const Convention &convention);
};

} // namespace Specwright
