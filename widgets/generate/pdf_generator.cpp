#include "pdf_generator.h"

#include "html_docs_generator.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Specwright {

QByteArray PdfGenerator::renderPdf(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Specwright"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        // Paginated by hand rather than with QTextDocument::print: print() makes the page
        // margins part of the layout, so a table cell that breaks across pages (a commentary
        // box) paints its background over the bottom and top margins. Here the document is
        // as tall as the printable area and each page is clipped to it.
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setHtml(html);
        document.setPageSize(page.size());
        QPainter painter(&writer);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            const QRectF clip(0, i * page.height(), page.width(), page.height());
            painter.save();
            painter.setClipRect(QRectF(QPointF(0, 0), page.size()));
            painter.translate(0, -clip.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            // The page number, right-aligned in the bottom margin (as print() wrote it).
            QFont font = document.defaultFont();
            font.setPointSizeF(8);
            painter.setFont(font);
            painter.setPen(Qt::darkGray);
            const qreal gap = writer.resolution() * 4 / 25.4; // 4 mm below the text area
            painter.drawText(QRectF(0, page.height() + gap, page.width(), gap * 2),
                             Qt::AlignRight | Qt::AlignTop, QString::number(i + 1));
        }
    }
    return bytes;
}

GeneratorOutput PdfGenerator::generate(const GenerationRequest &request,
                                       const GenerationContext &context)
{
    GeneratorOutput out;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        out.error = tr("the PDF generator needs a QGuiApplication (run with a display or "
                       "QT_QPA_PLATFORM=offscreen)");
        return out;
    }
    context.log(tr("laying out the PDF of %1").arg(request.specPath()));
    const QString html = HtmlDocsGenerator::page(request);
    if (context.isCanceled())
        return out;
    const QByteArray pdf = renderPdf(html, request.documentTitle());
    if (!pdf.startsWith("%PDF")) {
        out.error = tr("Qt's PDF writer produced no PDF");
        return out;
    }
    context.progress(1, 1);
    out.files.append({outputPath(request, QStringLiteral("docs/{spec}.pdf")), pdf});
    return out;
}

} // namespace Specwright
