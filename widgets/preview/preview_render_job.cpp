#include "preview_render_job.h"

#include "dispose_in_background.h"
#include "ksyntax_code_highlighter.h"
#include "section_html_cache.h"

#include <QAbstractEventDispatcher>
#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QMutex>
#include <QThread>
#include <QTimerEvent>

namespace Specwright {

namespace {

// A layout made or finished on a worker starts its timers there. A timer that moves threads
// with its object can no longer be stopped where it lands: it fired in the UI thread's event
// loop without end (the window used CPU while idle), and a layout merely created on a worker
// warned "QBasicTimer::stop: Failed" at each UI-thread layout of the page. So workers never
// make a layout (releaseFromThread() does not ask for one); of a document's own timers, the
// pending events are delivered here, where they live, so each one stops itself.
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

// A page's key: its section's HTML digest and the stylesheet.
QByteArray pageKey(const QByteArray &sectionKey, const QByteArray &styleKey)
{
    return sectionKey + '@' + styleKey;
}

} // namespace

void PreviewRenderJob::releaseFromThread(QTextDocument *document)
{
    if (!document)
        return;
    // The layout only if there is one: documentLayout() would make it here.
    finishTimers(document->findChild<QAbstractTextDocumentLayout *>(Qt::FindDirectChildrenOnly));
    finishTimers(document);
    document->moveToThread(nullptr);
}

std::unique_ptr<PreviewPage> PreviewRenderJob::buildReleased(const QByteArray &key,
                                                             const QString &html,
                                                             const QString &styleSheet,
                                                             const QUrl &baseUrl)
{
    auto page = PreviewPage::build(key, html, styleSheet, baseUrl);
    releaseFromThread(page->document()); // the receiving thread pulls it
    return page;
}

void PreviewRenderJob::freeOffUiThread(std::unique_ptr<QTextDocument> document)
{
    if (!document)
        return;
    // Freeing the QTextDocument of a 5 MB preview takes long: a worker does it. Its timers
    // stop here first, in the thread they run in.
    releaseFromThread(document.get());
    disposeInBackground(std::move(document));
}

void PreviewRenderJob::freeOffUiThread(std::vector<std::unique_ptr<PreviewPage>> pages)
{
    if (pages.empty())
        return;
    for (const auto &page : pages) {
        if (page && page->document() && page->document()->thread() == QThread::currentThread())
            releaseFromThread(page->document());
    }
    using List = std::vector<std::unique_ptr<PreviewPage>>;
    disposeInBackground(std::make_unique<List>(std::move(pages)));
}

void PreviewRenderJob::freeOffUiThread(Pages pages)
{
    std::vector<std::unique_ptr<PreviewPage>> owned;
    for (PageSlot &slot : pages) {
        if (slot.page)
            owned.push_back(std::move(slot.page));
    }
    freeOffUiThread(std::move(owned));
}

PreviewRenderJob::PreviewRenderJob(QObject *parent)
    : QObject(parent)
{
    m_options.embedStyleSheet = false; // the view sets the stylesheet on its documents
    m_options.sourcePositions = false; // unused by QTextDocument, a fifth of its HTML
}

PreviewRenderJob::~PreviewRenderJob()
{
    freeOffUiThread(std::exchange(m_pages, {}));
}

void PreviewRenderJob::setOptions(const SpecHtmlRenderer::Options &options)
{
    m_options = options;
    m_sectionCache.reset(); // a render in flight keeps the old one
}

void PreviewRenderJob::setTextDocumentStyleSheet(const QString &styleSheet)
{
    m_textStyleSheet = styleSheet;
    m_styleKey = QCryptographicHash::hash(styleSheet.toUtf8(), QCryptographicHash::Md5).toHex();
}

void PreviewRenderJob::request(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace)
{
    const SpecHtmlRenderer::Options options = m_options;
    const QString style = m_textStyleSheet;
    const QByteArray styleKey = m_styleKey;
    const std::shared_ptr<CodeHighlighter> highlighter = sharedHighlighter(options.theme);
    const QUrl baseUrl = m_baseUrl;
    const QSet<QByteArray> shown = m_shownPages;
    const qsizetype minimumPage = m_minimumPage;
    const int focusLine = m_focusLine;
    const qsizetype builtFirst = m_builtFirst;
    const bool wholeHtml = style.isEmpty() || m_wholeHtmlWithPages;
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
        [document, workspace, options, highlighter, cache, style, styleKey, baseUrl, shown,
         minimumPage, focusLine, builtFirst, wholeHtml](const BackgroundTask &task) {
            Result result;
            if (!document)
                return result;
            SpecHtmlRenderer renderer(options, highlighter);
            renderer.setSectionCache(cache);
            const QList<RenderedSection> sections =
                renderer.renderSections(*document, workspace.get());
            if (wholeHtml) {
                qsizetype size = 0;
                for (const RenderedSection &s : sections)
                    size += s.html.size();
                result.html.reserve(size);
                for (const RenderedSection &s : sections)
                    result.html += s.html;
            }
            if (style.isEmpty())
                return result;
            result.withPages = true;
            // Consecutive sections share a page up to about minimumPage characters of HTML:
            // each QTextDocument costs a fixed amount (its stylesheet is parsed again), which
            // thousands of small sections paid thousands of times. A run ends after a section
            // whose digest says so once it is big enough, so an edit moves few boundaries.
            struct Run
            {
                qsizetype start = 0;
                qsizetype end = 0;
                qsizetype chars = 0;
                QByteArray key;
            };
            std::vector<Run> runs;
            for (qsizetype start = 0; start < sections.size();) {
                Run run{start, start, 0, {}};
                QCryptographicHash digest(QCryptographicHash::Md5);
                while (run.end < sections.size()) {
                    const RenderedSection &s = sections.at(run.end++);
                    run.chars += s.html.size();
                    digest.addData(s.key);
                    if (run.chars >= minimumPage &&
                        (run.chars >= 2 * minimumPage || quint8(s.key.back()) % 4 == 0))
                        break;
                }
                run.key = pageKey(digest.result(), styleKey);
                start = run.end;
                runs.push_back(std::move(run));
            }
            // The new pages nearest the view's top line are built now, the rest later.
            std::vector<bool> buildNow(runs.size(), false);
            std::size_t focus = 0;
            while (focus + 1 < runs.size() &&
                   sections.at(runs[focus + 1].start).firstLine <= focusLine)
                ++focus;
            qsizetype budget = builtFirst;
            for (std::size_t distance = 0; budget > 0 && distance < runs.size(); ++distance) {
                for (const std::size_t i : {focus + distance, focus - distance}) {
                    if (i >= runs.size() || buildNow[i] || shown.contains(runs[i].key))
                        continue;
                    if (distance > 0 && budget <= 0)
                        break;
                    buildNow[i] = true;
                    budget -= runs[i].chars;
                }
            }
            result.pages.reserve(runs.size());
            for (std::size_t i = 0; i < runs.size(); ++i) {
                if (task.isCancelled())
                    return Result();
                Run &run = runs[i];
                if (shown.contains(run.key)) {
                    result.pages.push_back({std::move(run.key), nullptr});
                    continue;
                }
                QString html;
                html.reserve(run.chars);
                for (qsizetype j = run.start; j < run.end; ++j)
                    html += sections.at(j).html;
                auto page = buildNow[i] ? buildReleased(run.key, html, style, baseUrl)
                                        : PreviewPage::unbuilt(run.key, html, style, baseUrl);
                result.pages.push_back({std::move(run.key), std::move(page)});
                ++result.built;
            }
            return result;
        },
        [this, document](Result result) {
            Q_EMIT finished(result.html, document);
            if (result.withPages) {
                // The documents stay without a thread until the view lays them out (pulling
                // thousands at once took tens of milliseconds). Pages not taken yet (superseded) go
                // on a worker too.
                freeOffUiThread(std::exchange(m_pages, std::move(result.pages)));
                m_builtPages = result.built;
                Q_EMIT pagesReady(document);
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
