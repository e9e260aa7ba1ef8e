#include "pdf_generator.h"

#include "html_docs_generator.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
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
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setHtml(html);
        document.print(&writer);
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
