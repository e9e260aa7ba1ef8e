// Helpers shared by the test suites: typing real key events and running a program.
#pragma once

#include <QAbstractItemModel>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace TestSupport {

#ifdef QT_WIDGETS_LIB
// Real key events per character (QTest::keyClicks asserts on some ASCII such as '\n' and '_').
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// A real left click in the middle of a widget (a button, a tool button).
inline void click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}
#endif

struct ProcessResult
{
    int code = -1; // -1: did not finish in time
    QString out;
    QString err;
};

inline ProcessResult run(const QString &program, const QStringList &args,
                         const QString &workingDirectory = {}, int timeoutMs = 60000)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The child of `parent` whose objectName is `name`, for tests that drive a widget's parts
// without an accessor made for them; aborts the test with a clear message when there is none.
template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qFatal("no child named \"%s\" of the expected type under %s", name,
               parent ? parent->metaObject()->className() : "(null)");
    return found;
}

// The first column's text of every row of `model`, depth first (an outline on show).
inline QStringList treeTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; model && row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        texts.append(index.data().toString());
        texts += treeTexts(model, index);
    }
    return texts;
}

// The folder of third-party corpora (../shared/corpus beside the clone, or
// $SPECWRIGHT_CORPUS_DIR). Tests read them at run time and never commit copies.
inline QString corpusRoot()
{
    const QString fromEnv = qEnvironmentVariable("SPECWRIGHT_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(SPECWRIGHT_CORPUS) : fromEnv);
}

// A corpus sub-folder such as "real/openapi" or "spec-kit"; empty when it is absent.
inline QString corpusPath(const QString &relative)
{
    const QString path = QDir(corpusRoot()).filePath(relative);
    return QFileInfo(path).isDir() ? path : QString();
}

} // namespace TestSupport

// Skips the current test with a clear message when a corpus folder is absent, so a clone
// outside this environment still passes. Sets `var` to the folder's path otherwise.
#define SPECWRIGHT_REQUIRE_CORPUS(var, relative)                                                   \
    const QString var = TestSupport::corpusPath(QStringLiteral(relative));                         \
    if (var.isEmpty())                                                                             \
        QSKIP(qPrintable(QStringLiteral("corpus folder \"%1\" not found under %2 (set "            \
                                        "SPECWRIGHT_CORPUS_DIR to run this test)")                 \
                             .arg(QStringLiteral(relative), TestSupport::corpusRoot())));

#ifdef QT_WIDGETS_LIB
#include <QImage>
#include <QPalette>
#include <QWidget>

namespace TestSupport {

// A Breeze-like dark palette for appearance tests (set it on a widget or the application).
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    return p;
}

// Pixels of `image` within `tolerance` (per channel) of `colour`.
inline int countColour(const QImage &image, QRgb colour, int tolerance = 0)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += qAbs(qRed(line[x]) - qRed(colour)) <= tolerance &&
                     qAbs(qGreen(line[x]) - qGreen(colour)) <= tolerance &&
                     qAbs(qBlue(line[x]) - qBlue(colour)) <= tolerance;
    }
    return count;
}

// Whether the pixel of `image` at `pos` (widget coordinates; scaled by the image's device
// pixel ratio) is within `tolerance` (per channel) of `colour`: a known pixel of a screenshot.
inline bool isColour(const QImage &image, QPoint pos, const QColor &colour, int tolerance = 0)
{
    const QPoint p = pos * image.devicePixelRatio();
    if (!image.rect().contains(p))
        return false;
    const QColor c = image.pixelColor(p);
    return qAbs(c.red() - colour.red()) <= tolerance &&
           qAbs(c.green() - colour.green()) <= tolerance &&
           qAbs(c.blue() - colour.blue()) <= tolerance;
}

// The mean lightness (0..255) of an image: light palettes give bright pictures, dark dim ones.
inline int averageLightness(const QImage &image)
{
    qint64 sum = 0;
    qint64 n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2, ++n)
            sum += image.pixelColor(x, y).lightness();
    return n ? int(sum / n) : 0;
}

// Grabs `widget`, saves it as <build>/screenshots/<name> and checks the picture: the widget's
// size, and not blank (at least 1% of the pixels differ from the most common colour).
// Returns an error message, empty when all is well; `image` receives the picture.
inline QString saveScreenshot(QWidget *widget, const QString &name, QImage *image = nullptr)
{
    const QImage shot = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (image)
        *image = shot;
    const QSize expected = widget->size() * widget->devicePixelRatio();
    if (shot.size() != expected)
        return QStringLiteral("%1: %2x%3, expected %4x%5")
            .arg(name)
            .arg(shot.width())
            .arg(shot.height())
            .arg(expected.width())
            .arg(expected.height());
    QHash<QRgb, int> histogram;
    for (int y = 0; y < shot.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(shot.constScanLine(y));
        for (int x = 0; x < shot.width(); x += 2)
            ++histogram[line[x]];
    }
    int most = 0;
    int total = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        most = qMax(most, it.value());
        total += it.value();
    }
    if (total == 0 || total - most < total / 100)
        return QStringLiteral("%1 is blank").arg(name);
    const QString dir = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    if (!shot.save(dir + QLatin1Char('/') + name))
        return QStringLiteral("cannot write %1/%2").arg(dir, name);
    return {};
}

} // namespace TestSupport

// Saves and checks a screenshot (see TestSupport::saveScreenshot); fails the test otherwise.
#define SPECWRIGHT_SCREENSHOT(widget, name)                                                        \
    do {                                                                                           \
        const QString screenshotError_ = TestSupport::saveScreenshot((widget), (name));            \
        QVERIFY2(screenshotError_.isEmpty(), qPrintable(screenshotError_));                        \
    } while (false)
#endif
