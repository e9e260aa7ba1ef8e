#include "preview_benchmarks.h"

#include "bench_timer.h"
#include "spec_document.h"

#include <QFile>
#include <QTextDocument>
#include <limits>
#include <malloc.h>

#if __has_include("spec_html_renderer.h") && __has_include("preview_render_job.h")
#define SPECWRIGHT_BENCH_PREVIEW 1
#include "preview_render_job.h"
#include "spec_html_renderer.h"
#endif
#if __has_include("preview_view.h")
#define SPECWRIGHT_BENCH_PREVIEW_VIEW 1
#include "preview_view.h"

#include <QEventLoop>
#include <QThreadPool>
#include <QTimer>
#endif
#if __has_include("section_html_cache.h")
#define SPECWRIGHT_BENCH_SECTION_CACHE 1
#include "section_html_cache.h"
#endif

namespace Specwright::Bench {

namespace {

constexpr double NotBuilt = ResultTable::NotBuilt;

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Bytes malloc has handed out and not got back (exact, unlike RSS, which keeps freed pages).
double heapInUseMb()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

QString mb(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0) + QStringLiteral(" MB");
}

// The text with one word added to the prose line nearest the middle: a one-line edit.
QString withOneLineEdited(const QString &text)
{
    qsizetype at = text.lastIndexOf(u'\n', text.size() / 2) + 1;
    while (at < text.size()) {
        const qsizetype end = text.indexOf(u'\n', at);
        const QStringView line = QStringView(text).mid(at, (end < 0 ? text.size() : end) - at);
        if (line.size() > 20 && line.at(0).isLetter())
            return text.left(at) + QStringLiteral("Edited ") + text.mid(at);
        if (end < 0)
            break;
        at = end + 1;
    }
    return text + QStringLiteral("\nEdited.\n");
}

#ifdef SPECWRIGHT_BENCH_PREVIEW_VIEW
// The longest the UI thread went without running its event loop while a shown PreviewView
// rendered the document on its worker and put the result on screen (a 0 ms timer's gaps).
struct ViewTiming
{
    double shownMs = 0; // renderDocument() -> renderFinished()
    double longestStallMs = 0;
    double allBuiltMs = 0; // renderDocument() -> the pages near the view built (and the stall)
    double longestStallAllBuiltMs = 0;
    double heapMb = 0; // the view's heap once its pages (all or those near the view) are built
    double pageDownStallMs = 0; // following a Page Down through the file
    int pageDownOver50 = 0;
};

// buildAllFirst: the worker builds every page before the view shows any (as before pages
// were built near the view first).
ViewTiming showInView(const SpecDocument::Ptr &doc, bool buildAllFirst)
{
    QThreadPool::globalInstance()->waitForDone(); // a view freed before frees its pages there
    malloc_trim(0);
    const double heapBefore = heapInUseMb();
    PreviewView view;
    view.resize(900, 700);
    view.show();
    if (buildAllFirst)
        view.findChild<PreviewRenderJob *>()->setBuiltFirst(std::numeric_limits<qsizetype>::max());
    QEventLoop loop;
    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    int over50 = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
        longest = std::max(longest, gap);
        over50 += gap > 50 ? 1 : 0;
        sinceTick.start();
    });
    QObject::connect(&view, &PreviewView::renderFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    QElapsedTimer total;
    total.start();
    view.renderDocument(doc);
    sinceTick.start();
    heartbeat.start();
    loop.exec();
    heartbeat.stop();
    const double shown = double(total.nsecsElapsed()) / 1e6;
    // What the view does right after (anchors, the first paint).
    sinceTick.start();
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    ViewTiming timing{shown, std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6)};
    // The pages kept as HTML are built on workers and put in place.
    QObject::connect(&view, &PreviewView::pagesBuilt, &loop, [&] {
        if (!view.isBuildingPages())
            loop.quit();
    });
    sinceTick.start();
    heartbeat.start();
    if (view.isBuildingPages())
        loop.exec();
    heartbeat.stop();
    timing.allBuiltMs = double(total.nsecsElapsed()) / 1e6;
    timing.longestStallAllBuiltMs = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
    timing.heapMb = heapInUseMb() - heapBefore;
    if (buildAllFirst)
        return timing;
    // Page Down as the editor makes the preview follow it: 40 source lines every 16 ms, for
    // at most 400 steps; the longest gap between the event loop's turns and the gaps > 50 ms.
    const int lastLine = int(doc->text().count(u'\n')) + 1;
    int line = 1;
    int steps = 0;
    longest = 0;
    over50 = 0;
    QTimer pageDown;
    pageDown.setInterval(16);
    QObject::connect(&pageDown, &QTimer::timeout, &loop, [&] {
        line += 40;
        if (line > lastLine || ++steps > 400) {
            loop.quit();
            return;
        }
        view.scrollToSourceLine(line);
    });
    sinceTick.start();
    heartbeat.start();
    pageDown.start();
    loop.exec();
    heartbeat.stop();
    timing.pageDownStallMs = longest;
    timing.pageDownOver50 = over50;
    return timing;
}
#endif

} // namespace

void PreviewBenchmarks::run(ResultTable &table) const
{
    QList<double> build, rerender, full, speedUp, stall, shown, shownAllFirst, shownRatio, allBuilt,
        stallAllBuilt, pageDownStall;
    QStringList heap, resident, htmlSize, pageDownOver50, viewHeap, viewHeapAllFirst;
    for (const BenchInput &input : m_inputs) {
#ifdef SPECWRIGHT_BENCH_PREVIEW
        // What the preview's worker does: the view's options (stylesheet set on the document).
        SpecHtmlRenderer::Options options;
        options.embedStyleSheet = false;
        options.sourcePositions = false;
        const auto highlighter = PreviewRenderJob::sharedHighlighter(options.theme);
        const SpecDocument::Ptr doc = SpecDocument::parse(input.text, input.path);
        const QString html = SpecHtmlRenderer(options, highlighter).render(*doc);
        htmlSize.append(mb(double(html.size()) * 2 / (1024.0 * 1024.0)));
        const QString style = SpecHtmlRenderer::styleSheet(options.theme);
        auto makeDocument = [&] {
            auto text = std::make_unique<QTextDocument>();
            text->setDocumentMargin(PreviewRenderJob::kDocumentMargin);
            text->setDefaultStyleSheet(style);
            text->setHtml(html);
            text->setTextWidth(800);
            text->size();
            return text;
        };
        {
            // Measured once, before any timing run, so freed pages do not hide the growth.
            const double heapBefore = heapInUseMb();
            const qint64 rssBefore = residentKb();
            const auto text = makeDocument();
            heap.append(mb(heapInUseMb() - heapBefore));
            resident.append(mb(double(residentKb() - rssBefore) / 1024.0));
        }
        build.append(medianMs(std::min(runs(input), 3), [&] { makeDocument(); }));
#else
        build.append(NotBuilt);
        heap.append(QStringLiteral("n/a"));
        resident.append(QStringLiteral("n/a"));
        htmlSize.append(QStringLiteral("n/a"));
#endif
#ifdef SPECWRIGHT_BENCH_PREVIEW_VIEW
        const ViewTiming before = showInView(doc, true);
        const ViewTiming view = showInView(doc, false);
        stall.append(view.longestStallMs);
        shown.append(view.shownMs);
        shownAllFirst.append(before.shownMs);
        shownRatio.append(view.shownMs > 0 ? before.shownMs / view.shownMs
                                           : ResultTable::NotMeasured);
        allBuilt.append(view.allBuiltMs);
        stallAllBuilt.append(view.longestStallAllBuiltMs);
        pageDownStall.append(view.pageDownStallMs);
        pageDownOver50.append(QString::number(view.pageDownOver50));
        viewHeap.append(mb(view.heapMb));
        viewHeapAllFirst.append(mb(before.heapMb));
#else
        stall.append(NotBuilt);
        shown.append(NotBuilt);
        shownAllFirst.append(NotBuilt);
        shownRatio.append(ResultTable::NotMeasured);
        allBuilt.append(NotBuilt);
        stallAllBuilt.append(NotBuilt);
        pageDownStall.append(NotBuilt);
        pageDownOver50.append(QStringLiteral("n/a"));
        viewHeap.append(QStringLiteral("n/a"));
        viewHeapAllFirst.append(QStringLiteral("n/a"));
#endif
#if defined(SPECWRIGHT_BENCH_PREVIEW) && defined(SPECWRIGHT_BENCH_SECTION_CACHE)
        const SpecDocument::Ptr edited =
            SpecDocument::parse(withOneLineEdited(input.text), input.path);
        SpecHtmlRenderer plain(options, highlighter);
        SpecHtmlRenderer cached(options, highlighter);
        cached.setSectionCache(std::make_shared<SectionHtmlCache>());
        int turn = 0;
        qsizetype sink = cached.render(*doc).size();
        const PairTiming t = medianPairMs(
            runs(input), [&] { sink += cached.render(++turn % 2 ? *edited : *doc).size(); },
            [&] { sink += plain.render(*edited).size(); });
        rerender.append(t.first);
        full.append(t.second);
        speedUp.append(t.first > 0 ? t.second / t.first : ResultTable::NotMeasured);
        Q_UNUSED(sink);
#else
        rerender.append(NotBuilt);
        full.append(NotBuilt);
        speedUp.append(ResultTable::NotMeasured);
#endif
    }
    table.addHeading(QStringLiteral("Preview document (what the worker hands to the view)"));
    table.addCells(QStringLiteral("  preview HTML (UTF-16)"), htmlSize);
    table.addTimes(QStringLiteral("QTextDocument setHtml + layout at 800 px"), build);
    table.addCells(QStringLiteral("  heap the document holds (malloc)"), heap);
    table.addCells(QStringLiteral("  VmRSS growth while building it"), resident);
    table.addTimes(QStringLiteral("PreviewView: renderDocument -> shown"), shown);
    table.addTimes(QStringLiteral("  longest UI-thread stall meanwhile"), stall);
    table.addTimes(QStringLiteral("  every page built first (before, same run)"), shownAllFirst);
    table.addRatios(QStringLiteral("  speed-up every page first / near the view first"),
                    shownRatio);
    table.addTimes(QStringLiteral("  renderDocument -> pages near the view built"), allBuilt);
    table.addTimes(QStringLiteral("  longest UI-thread stall until then"), stallAllBuilt);
    table.addTimes(QStringLiteral("  following Page Down: longest UI-thread stall"), pageDownStall);
    table.addCells(QStringLiteral("  following Page Down: stalls over 50 ms"), pageDownOver50);
    table.addCells(QStringLiteral("  view heap, pages near the view built (malloc)"), viewHeap);
    table.addCells(QStringLiteral("  view heap, every page built (before, same run)"),
                   viewHeapAllFirst);
    table.addTimes(QStringLiteral("full render from the parsed model"), full);
    table.addTimes(QStringLiteral("re-render after a one-line edit (section cache)"), rerender);
    table.addRatios(QStringLiteral("speed-up full / re-render after the edit"), speedUp);
}

} // namespace Specwright::Bench
