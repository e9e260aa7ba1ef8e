#include "preview_render_job.h"

#include "ksyntax_code_highlighter.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent>

namespace Specwright {

PreviewRenderJob::PreviewRenderJob(QObject *parent)
    : QObject(parent)
{
    m_options.embedStyleSheet = false; // the view sets the stylesheet on its document
}

PreviewRenderJob::~PreviewRenderJob() = default;

void PreviewRenderJob::request(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace)
{
    struct Result
    {
        QString html;
        QTextDocument *textDocument = nullptr;
    };
    const quint64 generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, document] {
        --m_running;
        const Result result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation) { // a newer request supersedes this one
            delete result.textDocument;
            return;
        }
        Q_EMIT finished(result.html, document);
        if (result.textDocument)
            Q_EMIT textDocumentReady(result.textDocument, document);
    });
    const SpecHtmlRenderer::Options options = m_options;
    const QString style = m_textStyleSheet;
    const std::shared_ptr<CodeHighlighter> highlighter = sharedHighlighter(options.theme);
    QThread *target = thread();
    const qreal width = m_textWidth;
    watcher->setFuture(
        QtConcurrent::run([document, workspace, options, highlighter, style, target, width] {
            Result result;
            if (!document)
                return result;
            result.html = SpecHtmlRenderer(options, highlighter).render(*document, workspace.get());
            if (!style.isEmpty()) {
                auto *text = new QTextDocument;
                text->setDocumentMargin(kDocumentMargin);
                text->setDefaultStyleSheet(style);
                text->setHtml(result.html);
                if (width > 0) { // lay out here too: the view shows it at this width
                    text->setTextWidth(width);
                    text->size();
                }
                text->moveToThread(target);
                result.textDocument = text;
            }
            return result;
        }));
}

QFuture<QString> PreviewRenderJob::run(const SpecDocument::Ptr &document,
                                       const Workspace::Ptr &workspace,
                                       const SpecHtmlRenderer::Options &options)
{
    std::shared_ptr<CodeHighlighter> highlighter = sharedHighlighter(options.theme);
    return QtConcurrent::run([document, workspace, options, highlighter] {
        if (!document)
            return QString();
        return SpecHtmlRenderer(options, highlighter).render(*document, workspace.get());
    });
}

std::shared_ptr<CodeHighlighter> PreviewRenderJob::sharedHighlighter(SpecHtmlRenderer::Theme theme)
{
    // Loading the syntax repository takes a while: one per theme for the whole program.
    static QMutex mutex;
    static std::shared_ptr<CodeHighlighter> light;
    static std::shared_ptr<CodeHighlighter> dark;
    QMutexLocker lock(&mutex);
    std::shared_ptr<CodeHighlighter> &slot = theme == SpecHtmlRenderer::Theme::Dark ? dark : light;
    if (!slot)
        slot = std::make_shared<KSyntaxCodeHighlighter>(theme);
    return slot;
}

} // namespace Specwright
