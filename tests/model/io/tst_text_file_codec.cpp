// Encoding detection and the lossless check that guards every save.
#include "text_file_codec.h"

#include <QTest>

using namespace Specwright;

class TestTextFileCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validUtf8IsUtf8()
    {
        const QByteArray bytes = QStringLiteral("# Caf\u00e9 \u2014 \u65e5\u672c\n").toUtf8();
        const TextFileCodec::Decoded d = TextFileCodec::decode(bytes);
        QCOMPARE(d.encoding.name, QStringLiteral("UTF-8"));
        QVERIFY(!d.encoding.byteOrderMark);
        QVERIFY(!d.lossy);
        QCOMPARE(d.text, QStringLiteral("# Caf\u00e9 \u2014 \u65e5\u672c\n"));
        QCOMPARE(TextFileCodec::encode(d.text, d.encoding).bytes, bytes);
    }

    void byteOrderMarksAreFoundAndKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBF# A\n") << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le") << QByteArray("\xFF\xFE#\0 \0A\0\n\0", 10)
                                  << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be") << QByteArray("\xFE\xFF\0#\0 \0A\0\n", 10)
                                  << QStringLiteral("UTF-16BE");
    }
    void byteOrderMarksAreFoundAndKept()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const TextFileCodec::Decoded d = TextFileCodec::decode(bytes);
        QCOMPARE(d.encoding.name, name);
        QVERIFY(d.encoding.byteOrderMark);
        QCOMPARE(d.text, QStringLiteral("# A\n"));
        QCOMPARE(TextFileCodec::encode(d.text, d.encoding).bytes, bytes);
    }

    void latin1BytesAreALegacyEncodingNotReplacementCharacters()
    {
        // "Café – naïve" in Windows-1252: E9, 96 (en dash), EF.
        const QByteArray bytes("# Caf\xE9 \x96 na\xEFve\n");
        const TextFileCodec::Decoded d = TextFileCodec::decode(bytes);
        QVERIFY2(!d.text.contains(QChar(0xFFFD)), qPrintable(d.text));
        QVERIFY(!d.lossy);
        if (TextFileCodec::isAvailable(QStringLiteral("windows-1252"))) {
            QCOMPARE(d.encoding.name, QStringLiteral("windows-1252"));
            QCOMPARE(d.text, QStringLiteral("# Caf\u00e9 \u2013 na\u00efve\n"));
        } else {
            QCOMPARE(d.encoding.name, QStringLiteral("ISO-8859-1"));
        }
        const TextFileCodec::Encoded e = TextFileCodec::encode(d.text, d.encoding);
        QVERIFY(e.lossless());
        QCOMPARE(e.bytes, bytes); // not one byte changed
    }

    void bytesUnassignedInWindows1252FallBackToLatin1AndRoundTrip()
    {
        const QByteArray bytes("A\x81 \xE9 \x8D\n");
        const TextFileCodec::Decoded d = TextFileCodec::decode(bytes);
        QVERIFY(!d.text.contains(QChar(0xFFFD)));
        QCOMPARE(TextFileCodec::encode(d.text, d.encoding).bytes, bytes);
    }

    void charactersALegacyEncodingCannotHoldAreNamed()
    {
        const TextFileCodec::Encoding latin1{QStringLiteral("ISO-8859-1"), false};
        const QString text = QStringLiteral("caf\u00e9 \u2192 \u65e5 \u2192 \U0001F600");
        const TextFileCodec::Encoded e = TextFileCodec::encode(text, latin1);
        QVERIFY(!e.lossless());
        QCOMPARE(e.unrepresentableCount, 4);
        QCOMPARE(e.unrepresentable, (QStringList{QStringLiteral("\u2192"), QStringLiteral("\u65e5"),
                                                 QStringLiteral("\U0001F600")}));
        QVERIFY(TextFileCodec::encode(QStringLiteral("caf\u00e9"), latin1).lossless());
        // Unicode encodings hold everything.
        QVERIFY(TextFileCodec::encode(text, {}).lossless());
    }

    void reopenWithAnotherEncodingDecodesAsAsked()
    {
        const QByteArray bytes = QStringLiteral("caf\u00e9").toUtf8();
        const TextFileCodec::Decoded asLatin1 =
            TextFileCodec::decode(bytes, QStringLiteral("ISO-8859-1"));
        QCOMPARE(asLatin1.text, QStringLiteral("caf\u00c3\u00a9"));
        QCOMPARE(asLatin1.encoding.name, QStringLiteral("ISO-8859-1"));
        const TextFileCodec::Decoded wrongUtf8 =
            TextFileCodec::decode(QByteArray("caf\xE9"), QStringLiteral("UTF-8"));
        QVERIFY(wrongUtf8.lossy);
    }

    void offeredEncodingsAreUsableAndNamed()
    {
        const QStringList offered = TextFileCodec::offeredEncodings();
        QVERIFY(offered.contains(QStringLiteral("UTF-8")));
        QVERIFY(offered.contains(QStringLiteral("ISO-8859-1")));
        for (const QString &name : offered)
            QVERIFY2(TextFileCodec::isAvailable(name), qPrintable(name));
        QCOMPARE(TextFileCodec::displayName({QStringLiteral("windows-1252"), false}),
                 QStringLiteral("Windows-1252"));
        QCOMPARE(TextFileCodec::displayName({QStringLiteral("UTF-8"), true}),
                 QStringLiteral("UTF-8 with BOM"));
    }
};

QTEST_GUILESS_MAIN(TestTextFileCodec)
#include "tst_text_file_codec.moc"
