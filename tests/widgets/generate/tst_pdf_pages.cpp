// The PDF generator's pages, rendered to PNG with pdftoppm and looked at: a commentary box
// that breaks across pages keeps its background inside the text area (no bleed into the
// margins), and the PDF's title is the spec's title.
#include "html_docs_generator.h"
#include "pdf_generator.h"
#include "test_support.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

namespace {

// A spec whose commentary box is longer than a page.
QString longCommentarySpec()
{
    QString md = QStringLiteral("# Long Commentary Spec\n\nIntro text.\n\n");
    for (int i = 0; i < 30; ++i)
        md += QStringLiteral("Filler paragraph %1 before the box, long enough to wrap once or "
                             "twice on an A4 page with the default font.\n\n")
                  .arg(i);
    md += QStringLiteral("!!! meta \"Commentary\"\n");
    for (int i = 0; i < 40; ++i)
        md += QStringLiteral("    Commentary paragraph %1 explains why the rule exists, in "
                             "sentences long enough to wrap over two or three lines of the "
                             "box, as real commentary does.\n\n")
                  .arg(i);
    md += QStringLiteral("After the box.\n");
    return md;
}

bool nearWhite(QRgb c)
{
    return qRed(c) > 245 && qGreen(c) > 245 && qBlue(c) > 245;
}

} // namespace

class TestPdfPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commentaryStaysInsideTheTextArea()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        QFile spec(dir.filePath(QStringLiteral("long.md")));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(longCommentarySpec().toUtf8());
        spec.close();
        GenerationRequest request;
        request.document = SpecDocument::load(spec.fileName());
        request.workspace = Workspace::load(dir.path());
        request.document = request.workspace->document(QStringLiteral("long.md"));
        QVERIFY(request.document);
        QCOMPARE(request.documentTitle(), QStringLiteral("Long Commentary Spec"));
        const QByteArray pdf =
            PdfGenerator::renderPdf(HtmlDocsGenerator::page(request), request.documentTitle());
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.contains("Long Commentary Spec")); // the document title in the metadata
        const QString pdfPath = dir.filePath(QStringLiteral("long.pdf"));
        QFile out(pdfPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pdf);
        out.close();

        const QString shots = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
        QDir().mkpath(shots);
        QProcess p;
        // 50 dpi: the 18 mm margins are 35 px.
        p.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                           pdfPath, shots + QStringLiteral("/pdf-commentary")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);

        int pages = 0;
        int pagesWithBox = 0;
        const QRgb boxLight = qRgb(0xf5, 0xf0, 0xff);
        for (int i = 1; i < 20; ++i) {
            QImage page;
            for (const QString &name : {QStringLiteral("/pdf-commentary-%1.png"),
                                        QStringLiteral("/pdf-commentary-0%1.png")})
                if (page.isNull())
                    page.load(shots + name.arg(i));
            if (page.isNull())
                break;
            ++pages;
            page = page.convertToFormat(QImage::Format_RGB32);
            const int margin = 30; // inside the 35 px margin
            int bleed = 0;
            int numberPixels = 0;
            for (int y = 0; y < page.height(); ++y)
                for (int x = 0; x < page.width(); ++x) {
                    const bool inMargin = x < margin || x >= page.width() - margin || y < margin ||
                                          y >= page.height() - margin;
                    // The page number stands bottom right.
                    const bool pageNumber = y >= page.height() - 35 && x >= page.width() - 35 - 30;
                    numberPixels += pageNumber && !nearWhite(page.pixel(x, y));
                    if (inMargin && !pageNumber && !nearWhite(page.pixel(x, y)))
                        ++bleed;
                }
            QVERIFY2(bleed == 0, qPrintable(QStringLiteral("page %1: %2 coloured pixels in the "
                                                           "margins")
                                                .arg(i)
                                                .arg(bleed)));
            QVERIFY2(numberPixels > 3, qPrintable(QStringLiteral("page %1: no number").arg(i)));
            // The box's background stays within the rows that hold text: it may pad the
            // text by up to a line (12 mm at 50 dpi), not run on into the margin at a page break
            // (print() let it by 2 cm).
            int textTop = -1;
            int textBottom = -1;
            int boxTop = -1;
            int boxBottom = -1;
            for (int y = 0; y < page.height(); ++y) {
                int boxPixels = 0;
                bool text = false;
                for (int x = 0; x < page.width(); ++x) {
                    const QRgb c = page.pixel(x, y);
                    text = text || qGray(c) < 110;
                    boxPixels += qAbs(qRed(c) - qRed(boxLight)) <= 3 &&
                                 qAbs(qGreen(c) - qGreen(boxLight)) <= 3 &&
                                 qAbs(qBlue(c) - qBlue(boxLight)) <= 3;
                }
                if (text) {
                    textTop = textTop < 0 ? y : textTop;
                    textBottom = y;
                }
                if (boxPixels > 20) {
                    boxTop = boxTop < 0 ? y : boxTop;
                    boxBottom = y;
                }
            }
            if (boxTop < 0)
                continue;
            ++pagesWithBox;
            QVERIFY2(boxTop >= textTop - 24 && boxBottom <= textBottom + 24,
                     qPrintable(QStringLiteral("page %1: box rows %2-%3, text rows %4-%5")
                                    .arg(i)
                                    .arg(boxTop)
                                    .arg(boxBottom)
                                    .arg(textTop)
                                    .arg(textBottom)));
        }
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        // The box spans a page break: its colour is on at least two pages.
        QVERIFY2(pagesWithBox >= 2, qPrintable(QString::number(pagesWithBox)));
    }
};

QTEST_MAIN(TestPdfPages)
#include "tst_pdf_pages.moc"
