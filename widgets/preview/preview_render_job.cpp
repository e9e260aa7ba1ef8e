#include "preview_render_job.h"

#include "ksyntax_code_highlighter.h"

#include <QFutureWatcher>
#include <QMutex>
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
    const quint64 generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, document] {
        --m_running;
        const QString html = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation) // a newer request supersedes this one
            Q_EMIT finished(html, document);
    });
    watcher->setFuture(run(document, workspace, m_options));
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
