#include "preview_render_job.h"

#include "dispose_in_background.h"
#include "ksyntax_code_highlighter.h"
#include "section_html_cache.h"

#include <QAbstractEventDispatcher>
#include <QAbstractTextDocumentLayout>
#include <QMutex>
#include <QThread>
#include <QTimerEvent>

namespace Specwright {

namespace {

// The layout finishing on the worker starts its zero-interval "size changed" timer there. A
// timer that moves threads with its object can no longer be stopped where it lands: it fired
// in the UI thread's event loop without end (the window used CPU while idle). Deliver the
// layout's pending timer events here, where the timers live, so each one stops itself.
void finishTimers(QObject *object)
{
    QAbstractEventDispatcher *dispatcher = QThread::currentThread()->eventDispatcher();
    if (!dispatcher || !object)
        return;
    for (const auto &timer : dispatcher->registeredTimers(object)) {
        QTimerEvent event(timer.timerId);
        QCoreApplication::sendEvent(object, &event);
    }
    dispatcher->unregisterTimers(object); // any that did not stop themselves
}

} // namespace

void PreviewRenderJob::freeOffUiThread(std::unique_ptr<QTextDocument> document)
{
    if (!document)
        return;
    // Freeing the QTextDocument of a 5 MB preview takes long: a worker does it. Its timers
    // stop here first, in the thread they run in.
    finishTimers(document->documentLayout());
    finishTimers(document.get());
    document->moveToThread(nullptr);
    disposeInBackground(std::move(document));
}

PreviewRenderJob::PreviewRenderJob(QObject *parent)
    : QObject(parent)
{
    m_options.embedStyleSheet = false; // the view sets the stylesheet on its document
    m_options.sourcePositions = false; // unused by QTextDocument, a fifth of its HTML
}

PreviewRenderJob::~PreviewRenderJob() = default;

void PreviewRenderJob::setOptions(const SpecHtmlRenderer::Options &options)
{
    m_options = options;
    m_sectionCache.reset(); // a render in flight keeps the old one
}

void PreviewRenderJob::request(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace)
{
    const SpecHtmlRenderer::Options options = m_options;
    const QString style = m_textStyleSheet;
    const std::shared_ptr<CodeHighlighter> highlighter = sharedHighlighter(options.theme);
    const qreal width = m_textWidth;
    // Sections are reused only within one file and one workspace snapshot (a weak pointer:
    // a new snapshot is never taken for a freed one at the same address).
    const QString file = document ? document->filePath() : QString();
    const bool sameWorkspace =
        !m_cachedWorkspace.owner_before(workspace) && !workspace.owner_before(m_cachedWorkspace);
    if (!m_sectionCache || file != m_cachedFile || !sameWorkspace) {
        m_sectionCache = std::make_shared<SectionHtmlCache>();
        m_cachedFile = file;
        m_cachedWorkspace = workspace;
    }
    const std::shared_ptr<SectionHtmlCache> cache = m_sectionCache;
    m_render.start(
        [document, workspace, options, highlighter, cache, style,
         width](const BackgroundTask &task) {
            Result result;
            if (!document)
                return result;
            SpecHtmlRenderer renderer(options, highlighter);
            renderer.setSectionCache(cache);
            result.html = renderer.render(*document, workspace.get());
            if (!style.isEmpty() && !task.isCancelled()) {
                auto text = std::make_unique<QTextDocument>();
                text->setDocumentMargin(kDocumentMargin);
                text->setDefaultStyleSheet(style);
                text->setHtml(result.html);
                if (width > 0) { // lay out here too: the view shows it at this width
                    text->setTextWidth(width);
                    text->size();
                }
                finishTimers(text->documentLayout());
                finishTimers(text.get());
                // No thread: the receiving thread pulls it, any thread may free it.
                text->moveToThread(nullptr);
                result.textDocument = std::move(text);
            }
            return result;
        },
        [this, document](Result result) {
            Q_EMIT finished(result.html, document);
            if (result.textDocument) {
                result.textDocument->moveToThread(thread());
                // One not taken yet (superseded) goes on a worker too.
                freeOffUiThread(std::exchange(m_textDocument, std::move(result.textDocument)));
                Q_EMIT textDocumentReady(document);
            }
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
