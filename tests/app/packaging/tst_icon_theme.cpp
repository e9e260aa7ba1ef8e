// The toolbar icons come from the Breeze icons compiled into the program, so the UI is complete
// without a desktop icon theme; the dark variant (when installed)
// follows a dark palette.
#include "icon_theme_setup.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QPalette>
#include <QTest>

using namespace Specwright;

class TestIconTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void breezeIconsWithoutDesktopTheme()
    {
        IconThemeSetup::apply();
        QVERIFY(QIcon::themeName() == u"breeze" || QIcon::themeName() == u"breeze-dark");
        // The themes are compiled in, so no icon theme on the desktop is needed.
        QVERIFY(QFile::exists(QStringLiteral(":/icons/breeze/index.theme")));
        // Breeze icons are SVG: drawing them needs Qt's SVG plugins (qt6-svg-plugins, a
        // dependency of the .deb), which this build environment may lack.
        if (!QImageReader::supportedImageFormats().contains("svg"))
            QSKIP("qt6-svg-plugins is not installed: Breeze SVG icons cannot be drawn here");
        for (const char *name :
             {"document-open", "document-save", "edit-undo", "edit-find", "view-preview"}) {
            const QIcon icon = QIcon::fromTheme(QString::fromLatin1(name));
            QVERIFY2(!icon.isNull(), name);
            const QImage image = icon.pixmap(22, 22).toImage();
            QVERIFY2(!image.isNull(), name);
            // Something was drawn: not every pixel is transparent.
            bool drawn = false;
            for (int y = 0; y < image.height() && !drawn; ++y)
                for (int x = 0; x < image.width() && !drawn; ++x)
                    drawn = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(drawn, name);
        }
    }

    void darkPaletteSelectsBreezeDark()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QVERIFY(IconThemeSetup::paletteIsDark());
        QCOMPARE(QIcon::fallbackThemeName(), IconThemeSetup::breezeTheme(true));

        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QVERIFY(!IconThemeSetup::paletteIsDark());
        QCOMPARE(QIcon::fallbackThemeName(), QStringLiteral("breeze"));
    }
};

QTEST_MAIN(TestIconTheme)
#include "tst_icon_theme.moc"
