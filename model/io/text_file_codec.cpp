#include "text_file_codec.h"

#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>

namespace Specwright {

namespace {

const QString utf8 = QStringLiteral("UTF-8");
const QString utf16le = QStringLiteral("UTF-16LE");
const QString utf16be = QStringLiteral("UTF-16BE");
const QString windows1252 = QStringLiteral("windows-1252");
const QString latin1 = QStringLiteral("ISO-8859-1");

QByteArray bomOf(const QString &name)
{
    if (name.compare(utf8, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("\xEF\xBB\xBF");
    if (name.compare(utf16le, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("\xFF\xFE");
    if (name.compare(utf16be, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("\xFE\xFF");
    return {};
}

// Unicode encodings hold every character; only legacy code pages need the lossless check.
bool holdsEverything(const QString &name)
{
    return name.startsWith(QLatin1String("UTF-"), Qt::CaseInsensitive);
}

QString decodeWith(const QString &name, QByteArrayView bytes, bool *error)
{
    // Stateless: a sequence cut off at the end of the file is an error, not pending input.
    QStringDecoder decoder(name.toLatin1().constData(), QStringConverter::Flag::ConvertInitialBom |
                                                            QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        *error = true;
        return {};
    }
    QString text = decoder(bytes);
    *error = decoder.hasError();
    return text;
}

QByteArray encodeWith(const QString &name, QStringView text)
{
    QStringEncoder encoder(name.toLatin1().constData(), QStringConverter::Flag::Default);
    return encoder(text);
}

} // namespace

bool TextFileCodec::isAvailable(const QString &encodingName)
{
    return QStringDecoder(encodingName.toLatin1().constData()).isValid();
}

TextFileCodec::Decoded TextFileCodec::decode(const QByteArray &bytes)
{
    if (bytes.startsWith(bomOf(utf8)))
        return decode(bytes, utf8);
    if (bytes.startsWith(bomOf(utf16le)))
        return decode(bytes, utf16le);
    if (bytes.startsWith(bomOf(utf16be)))
        return decode(bytes, utf16be);
    Decoded utf8Result = decode(bytes, utf8);
    if (!utf8Result.lossy)
        return utf8Result;
    // Not UTF-8: a legacy 8-bit file. Windows-1252 is what such files almost always are (and
    // a superset of Latin-1's printable range); where its five unassigned bytes occur or the
    // bytes would not come back the same, Latin-1 maps every byte to a character and back.
    if (isAvailable(windows1252)) {
        Decoded legacy = decode(bytes, windows1252);
        if (!legacy.lossy && encodeWith(windows1252, legacy.text) == bytes)
            return legacy;
    }
    return decode(bytes, latin1);
}

TextFileCodec::Decoded TextFileCodec::decode(const QByteArray &bytes, const QString &encodingName)
{
    Decoded out;
    out.encoding.name = encodingName;
    const QByteArray bom = bomOf(encodingName);
    QByteArrayView body(bytes);
    if (!bom.isEmpty() && bytes.startsWith(bom)) {
        out.encoding.byteOrderMark = true;
        body = body.sliced(bom.size());
    }
    bool error = false;
    out.text = decodeWith(encodingName, body, &error);
    out.lossy = error;
    return out;
}

TextFileCodec::Encoded TextFileCodec::encode(const QString &text, const Encoding &encoding)
{
    Encoded out;
    out.bytes = encoding.byteOrderMark ? bomOf(encoding.name) : QByteArray();
    out.bytes += encodeWith(encoding.name, text);
    if (holdsEverything(encoding.name))
        return out;
    bool error = false;
    if (decodeWith(encoding.name, out.bytes, &error) == text && !error)
        return out;
    // Something did not survive: name the characters (each tested once, on its own).
    QHash<char32_t, bool> fits;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint cp : codePoints) {
        auto it = fits.constFind(cp);
        if (it == fits.constEnd()) {
            const char32_t c = cp;
            const QString one = QString::fromUcs4(&c, 1);
            bool oneError = false;
            const bool ok =
                decodeWith(encoding.name, encodeWith(encoding.name, one), &oneError) == one &&
                !oneError;
            it = fits.insert(cp, ok);
            if (!ok)
                out.unrepresentable.append(one);
        }
        if (!it.value())
            ++out.unrepresentableCount;
    }
    return out;
}

QStringList TextFileCodec::offeredEncodings()
{
    static const QStringList offered = [] {
        QStringList out;
        for (const QString &name :
             {utf8, utf16le, utf16be, windows1252, latin1, QStringLiteral("ISO-8859-15"),
              QStringLiteral("windows-1250"), QStringLiteral("windows-1251"),
              QStringLiteral("KOI8-R"), QStringLiteral("Shift_JIS"), QStringLiteral("GB18030"),
              QStringLiteral("Big5"), QStringLiteral("EUC-KR")})
            if (isAvailable(name))
                out.append(name);
        return out;
    }();
    return offered;
}

QString TextFileCodec::displayName(const Encoding &encoding)
{
    QString name = encoding.name;
    if (name.startsWith(QLatin1String("windows-"), Qt::CaseInsensitive))
        name = QStringLiteral("Windows-") + name.mid(8);
    return encoding.byteOrderMark ? tr("%1 with BOM").arg(name) : name;
}

} // namespace Specwright
