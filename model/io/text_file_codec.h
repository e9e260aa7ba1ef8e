// Bytes of a text file to text and back without losing a byte: finds the encoding (BOM, valid
// UTF-8, else a legacy 8-bit code page), decodes with a chosen one ("Reopen with Encoding"),
// and encodes for saving while telling which characters the encoding cannot hold.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Specwright {

class TextFileCodec
{
    Q_DECLARE_TR_FUNCTIONS(Specwright::TextFileCodec)
public:
    // How a file is (or is to be) written: an encoding name QStringConverter knows
    // ("UTF-8", "UTF-16LE", "windows-1252", "ISO-8859-1", ...) and whether a BOM leads.
    struct Encoding
    {
        QString name = QStringLiteral("UTF-8");
        bool byteOrderMark = false;
        bool operator==(const Encoding &) const = default;
    };

    struct Decoded
    {
        QString text; // without the BOM
        Encoding encoding;
        bool lossy = false; // bytes that are invalid in the encoding became U+FFFD
    };

    struct Encoded
    {
        QByteArray bytes;
        // Characters the encoding cannot hold (written as '?'), each once, in text order.
        QStringList unrepresentable;
        int unrepresentableCount = 0;
        bool lossless() const { return unrepresentableCount == 0; }
    };

    // BOM (UTF-8, UTF-16 LE/BE), else UTF-8 when the bytes are valid UTF-8, else the legacy
    // 8-bit encoding (Windows-1252, or ISO-8859-1 where that would not round-trip).
    static Decoded decode(const QByteArray &bytes);
    // With a given encoding; a BOM of that encoding is removed and remembered.
    static Decoded decode(const QByteArray &bytes, const QString &encodingName);
    static Encoded encode(const QString &text, const Encoding &encoding);

    static bool isAvailable(const QString &encodingName);
    // The encodings offered in "Reopen with Encoding" (those this Qt build knows).
    static QStringList offeredEncodings();
    // "UTF-8", "UTF-8 with BOM", "Windows-1252" ... for the status bar and menus.
    static QString displayName(const Encoding &encoding);
};

} // namespace Specwright
