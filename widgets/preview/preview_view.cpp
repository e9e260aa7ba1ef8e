#include "preview_view.h"

#include "preview_page_builder.h"
#include "preview_render_job.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Specwright {

PreviewView::PreviewView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_job(new PreviewRenderJob(this))
    , m_builder(new PreviewPageBuilder(this))
    , m_input(this)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true); // the link cursor
    viewport()->setCursor(Qt::ArrowCursor);
    connect(this, &PreviewView::anchorClicked, this, &PreviewView::onAnchorClicked);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PreviewView::onScrollValueChanged);
    connect(m_job, &PreviewRenderJob::pagesReady, this, [this](const SpecDocument::Ptr &document) {
        m_readyDocument = document;
        showReadyWhenQuiet();
    });
    connect(m_builder, &PreviewPageBuilder::built, this, &PreviewView::placeBuiltPages);
    m_layOutNearby.setSingleShot(true);
    m_layOutNearby.setInterval(0);
    connect(&m_layOutNearby, &QTimer::timeout, this, &PreviewView::layOutNearby);
    m_showWhenQuiet.setSingleShot(true);
    connect(&m_showWhenQuiet, &QTimer::timeout, this, &PreviewView::showReadyWhenQuiet);
    qApp->installEventFilter(this); // key presses anywhere: is the user typing?
    m_theme = paletteTheme();
    SpecHtmlRenderer::Options options = m_job->options();
    options.theme = m_theme;
    m_job->setOptions(options);
    m_styleSheet = SpecHtmlRenderer::styleSheet(m_theme);
    m_job->setTextDocumentStyleSheet(m_styleSheet);
}

PreviewView::~PreviewView()
{
    PreviewRenderJob::freeOffUiThread(m_pages.takePages());
}

void PreviewView::renderDocument(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace)
{
    m_workspace = workspace;
    if (document && !document->filePath().isEmpty() && m_sourceFilePath != document->filePath())
        setSourceFilePath(document->filePath());
    if (isVisible() || !window()->isVisible()) {
        m_pendingDocument.reset();
        requestRender(document);
    } else {
        m_pendingDocument = document; // hidden in a shown window: render when shown again
    }
}

void PreviewView::requestRender(const SpecDocument::Ptr &document)
{
    QSet<QByteArray> shown;
    if (!m_fromHtml) {
        for (int i = 0; i < m_pages.count(); ++i)
            shown.insert(m_pages.page(i)->key());
    }
    m_job->setShownPages(std::move(shown));
    m_job->setFocusLine(int(topLine()));
    m_job->request(document, m_workspace);
}

bool PreviewView::layOutVisible()
{
    // Pages are laid out here, when they come into sight (and again after a width change):
    // a page costs a few milliseconds, the others keep estimated heights. The source line at
    // the top stays where it is while heights above it become exact. The pages just above and
    // below follow one per event (layOutNearby()), so a scroll pays for what it shows.
    if (m_layingOut || m_pages.isEmpty())
        return false;
    m_layingOut = true;
    const qreal width = viewport()->width();
    bool any = false;
    for (int pass = 0; pass < 4; ++pass) {
        const double top = topLine();
        const int value = verticalScrollBar()->value();
        if (!m_pages.layOut(value, value + viewport()->height(), width))
            break;
        any = true;
        keepTopLine(top);
    }
    m_layoutWidth = width;
    m_layingOut = false;
    if (any)
        viewport()->update();
    m_layOutNearby.start();
    buildPagesNearView();
    return any;
}

void PreviewView::layOutNearby()
{
    if (m_layingOut || m_pages.isEmpty())
        return;
    const double top = topLine();
    const int value = verticalScrollBar()->value();
    const int height = viewport()->height();
    if (m_pages.layOutOne(value - height, value + 2 * height, m_layoutWidth)) {
        keepTopLine(top);
        m_layOutNearby.start(); // the next one in the next event
    }
}

void PreviewView::setBuildWindow(qsizetype characters)
{
    m_builder->setBuildWindow(characters);
}

void PreviewView::unbuildFarPages()
{
    // Pages scrolled far away go back to their HTML (built again when the view comes near),
    // so scrolling through a big spec does not end with every page's document in memory.
    // Pages holding the ends of the selection stay: its text is taken from their documents.
    const int value = verticalScrollBar()->value();
    QList<int> keep;
    if (m_input.hasSelection())
        keep = {m_input.selectionStart().page, m_input.selectionEnd().page};
    PreviewPageStack::Pages far =
        m_pages.unbuildFar(m_pages.pageAt(value), m_pages.pageAt(value + viewport()->height()),
                           2 * m_builder->buildWindow(), keep);
    if (far.empty())
        return;
    const double top = topLine();
    m_pages.restack();
    keepTopLine(top);
    PreviewRenderJob::freeOffUiThread(std::move(far));
}

void PreviewView::buildPagesNearView()
{
    unbuildFarPages();
    if (m_pages.unbuiltCount() == 0)
        return;
    const int value = verticalScrollBar()->value();
    m_builder->buildNear(m_pages, m_pages.pageAt(value),
                         m_pages.pageAt(value + viewport()->height()));
}

bool PreviewView::isBuildingPages() const
{
    return m_builder->isRunning();
}

void PreviewView::placeBuiltPages()
{
    PreviewPageBuilder::Pages built = m_builder->takeBuilt();
    const double top = topLine();
    bool any = false;
    for (std::unique_ptr<PreviewPage> &page : built) {
        // Pages of a render shown meanwhile may be gone (or built with it): freed below.
        if (const int index = m_pages.indexOfUnbuilt(page->key()); index >= 0) {
            page->adoptMeasure(*m_pages.page(index)); // stays where it was until laid out
            m_pages.replacePage(index, std::move(page));
            any = true;
        }
    }
    PreviewRenderJob::freeOffUiThread(std::move(built));
    if (any) {
        m_pages.restack();
        keepTopLine(top);
        layOutVisible(); // also asks for the next pages
        viewport()->update();
        Q_EMIT pagesBuilt();
    } else {
        buildPagesNearView();
    }
}

void PreviewView::keepTopLine(double top)
{
    const bool old = std::exchange(m_programmaticScroll, true);
    updateScrollBars();
    if (top > 0)
        verticalScrollBar()->setValue(scrollValueOfLine(top));
    m_programmaticScroll = old;
}

void PreviewView::layOutAllPages()
{
    const double top = topLine();
    m_builder->cancel();
    for (int i = 0; i < m_pages.count(); ++i) {
        if (const PreviewPage *p = m_pages.page(i); !p->isBuilt())
            m_pages.replacePage(
                i, PreviewPage::build(p->key(), p->html(), p->styleSheet(), p->baseUrl()));
    }
    m_pages.layOut(0, std::numeric_limits<qreal>::max(), viewport()->width());
    m_layoutWidth = viewport()->width();
    const bool old = std::exchange(m_programmaticScroll, true);
    updateScrollBars();
    if (top > 0)
        setScrollValueQuietly(scrollValueOfLine(top));
    m_programmaticScroll = old;
    viewport()->update();
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::InputMethod)
        m_sinceKey.start();
    return QAbstractScrollArea::eventFilter(watched, event);
}

void PreviewView::showReadyWhenQuiet()
{
    if (!m_readyDocument)
        return;
    // A swap costs the UI thread little (the pages are laid out); should one be costly after
    // all (thousands of sections), it waits for a pause in typing so keys are not held up.
    if (m_lastSwapMs >= kCheapSwapMs && m_sinceKey.isValid()) {
        const qint64 quiet = std::clamp(qint64(2 * m_lastSwapMs), qint64(400), qint64(2000));
        if (const qint64 since = m_sinceKey.elapsed(); since < quiet) {
            m_showWhenQuiet.start(int(quiet - since));
            return;
        }
    }
    QElapsedTimer cost;
    cost.start();
    applyPages(std::exchange(m_readyDocument, {}));
    m_lastSwapMs = double(cost.nsecsElapsed()) / 1e6;
    Q_EMIT renderFinished();
}

void PreviewView::applyPages(const SpecDocument::Ptr &document)
{
    PreviewRenderJob::Pages results = m_job->takePages();
    const double top = topLine();
    // Reused pages come from the shown ones by key; the rest are freed on a worker.
    QHash<QByteArray, int> shownByKey;
    if (!m_fromHtml) {
        for (int i = 0; i < m_pages.count(); ++i)
            shownByKey.insert(m_pages.page(i)->key(), i);
    }
    for (const PreviewRenderJob::PageSlot &slot : results) {
        if (!slot.page && !shownByKey.contains(slot.key)) {
            // The shown pages changed since the request: build them all anew.
            PreviewRenderJob::freeOffUiThread(std::move(results));
            m_job->setShownPages({});
            m_job->request(document, m_workspace);
            return;
        }
    }
    PreviewPageStack::Pages old = m_fromHtml ? PreviewPageStack::Pages() : m_pages.takePages();
    PreviewPageStack::Pages pages;
    pages.reserve(results.size());
    int built = 0;
    for (PreviewRenderJob::PageSlot &slot : results) {
        if (slot.page) {
            pages.push_back(std::move(slot.page));
            ++built;
        } else if (auto &shown = old[size_t(shownByKey.value(slot.key))]) {
            pages.push_back(std::move(shown));
        } else { // a key twice: cannot happen (keys hold the first line); never a hole
            PreviewRenderJob::freeOffUiThread(std::move(pages));
            PreviewRenderJob::freeOffUiThread(std::move(old));
            PreviewRenderJob::freeOffUiThread(std::move(results));
            m_job->setShownPages({});
            m_job->request(document, m_workspace);
            return;
        }
    }
    PreviewRenderJob::freeOffUiThread(std::move(old));
    m_builtPages = built;
    m_reusedPages = int(pages.size()) - built;
    m_document = document;
    m_fromHtml = false;
    replacePages(std::move(pages), top);
}

double PreviewView::topLine() const
{
    // At the very top the view stays at the top.
    if (m_pages.lineAnchors().isEmpty() || verticalScrollBar()->value() == 0)
        return 0.0;
    return sourceLineAtY(verticalScrollBar()->value());
}

void PreviewView::replacePages(PreviewPageStack::Pages pages, double topLine)
{
    // Keep the same source line (and the pixel offset into it) at the top across the swap.
    PreviewRenderJob::freeOffUiThread(m_pages.takePages());
    m_input.clearSelection();
    m_pages.setPages(std::move(pages));
    m_programmaticScroll = true;
    updateScrollBars();
    if (topLine > 0)
        setScrollValueQuietly(scrollValueOfLine(topLine));
    layOutVisible();
    m_programmaticScroll = false;
    viewport()->update();
}

void PreviewView::dropReady()
{
    m_showWhenQuiet.stop();
    if (std::exchange(m_readyDocument, {}))
        PreviewRenderJob::freeOffUiThread(m_job->takePages());
}

void PreviewView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_pendingDocument)
        renderDocument(std::exchange(m_pendingDocument, {}), m_workspace);
}

void PreviewView::setRenderedHtml(const QString &html)
{
    dropReady();
    m_job->cancel();
    QUrl base;
    if (!m_sourceFilePath.isEmpty())
        base = QUrl::fromLocalFile(QFileInfo(m_sourceFilePath).absolutePath() + u'/');
    PreviewPageStack::Pages pages;
    pages.push_back(PreviewPage::build(QByteArray(), html, m_styleSheet, base));
    m_fromHtml = true;
    replacePages(std::move(pages), topLine());
}

void PreviewView::clearContent()
{
    dropReady(); // a render of the previous document must not appear later
    m_job->cancel();
    m_builder->cancel();
    replacePages({}, 0);
    m_document.reset();
}

void PreviewView::setTheme(SpecHtmlRenderer::Theme theme)
{
    m_followPalette = false;
    applyTheme(theme);
}

void PreviewView::setThemeFollowsPalette(bool follow)
{
    m_followPalette = follow;
    if (follow)
        applyTheme(paletteTheme());
}

void PreviewView::applyTheme(SpecHtmlRenderer::Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    SpecHtmlRenderer::Options options = m_job->options();
    options.theme = theme;
    m_job->setOptions(options);
    m_styleSheet = SpecHtmlRenderer::styleSheet(theme);
    m_job->setTextDocumentStyleSheet(m_styleSheet);
    // A render waiting for a pause in typing is newer than the one shown.
    if (const SpecDocument::Ptr newest = m_readyDocument ? m_readyDocument : m_document)
        requestRender(newest);
}

void PreviewView::setSourceFilePath(const QString &path)
{
    if (path != m_sourceFilePath && !m_sourceFilePath.isEmpty()) {
        // Another file: the previous one's render in flight is dropped and its preview goes
        // at once (its pages are freed on a worker).
        dropReady();
        m_job->cancel();
        m_builder->cancel();
        m_pendingDocument.reset();
        m_document.reset();
        replacePages({}, 0);
    }
    m_sourceFilePath = path;
    m_job->setBaseUrl(path.isEmpty() ? QUrl()
                                     : QUrl::fromLocalFile(QFileInfo(path).absolutePath() + u'/'));
}

SpecHtmlRenderer::Theme PreviewView::paletteTheme() const
{
    return palette().color(QPalette::Base).lightness() < 128 ? SpecHtmlRenderer::Theme::Dark
                                                             : SpecHtmlRenderer::Theme::Light;
}

void PreviewView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (m_followPalette)
            applyTheme(paletteTheme());
        viewport()->update();
    }
}

void PreviewView::setMaximumMeasure(int characters)
{
    m_maximumMeasure = std::max(0, characters);
    // The margins beside the text have the page's colour, not the window's.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(m_maximumMeasure > 0);
    updateMeasureMargins();
    widthChanged();
}

void PreviewView::updateMeasureMargins()
{
    int side = 0;
    if (m_maximumMeasure > 0) {
        const QFontMetricsF metrics(font());
        const int measure = int(std::ceil(metrics.averageCharWidth() * m_maximumMeasure +
                                          2 * PreviewRenderJob::kDocumentMargin));
        const int available = width() - 2 * frameWidth() -
                              (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0);
        side = std::max(0, (available - measure) / 2);
    }
    if (viewportMargins() != QMargins(side, 0, side, 0))
        setViewportMargins(side, 0, side, 0);
}

void PreviewView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMeasureMargins();
    widthChanged();
}

void PreviewView::widthChanged()
{
    // The pages in sight are laid out again at once; the others when they come into sight.
    if (viewport()->width() != m_layoutWidth)
        layOutVisible();
    updateScrollBars();
}

void PreviewView::updateScrollBars()
{
    const QSizeF size = m_pages.size();
    const QSize view = viewport()->size();
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(fontMetrics().height());
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.height())) - view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(fontMetrics().averageCharWidth() * 2);
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.width())) - view.width()));
}

void PreviewView::scrollContentsBy(int, int)
{
    layOutVisible();
    viewport()->update();
}

QPointF PreviewView::stackPoint(const QPoint &viewportPos) const
{
    return QPointF(viewportPos) +
           QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void PreviewView::paintEvent(QPaintEvent *event)
{
    layOutVisible(); // normally done already (scrolls, resizes, new pages)
    QPainter painter(viewport());
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    const QRectF clip = QRectF(event->rect()).translated(offset);
    m_pages.draw(&painter, clip, palette(), m_input.selectionStart(), m_input.selectionEnd());
}

QRect PreviewView::viewportRect(const PreviewPageStack::Position &position) const
{
    const QRectF rect = m_pages.positionRect(position);
    return rect.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
        .toAlignedRect();
}

double PreviewView::sourceLineAtY(double y) const
{
    return m_pages.lineAtY(y);
}

double PreviewView::yForSourceLine(double line) const
{
    return m_pages.yOfLine(line);
}

int PreviewView::scrollValueOfLine(double line) const
{
    // Up to a pixel past the line's top, never before it: the line stays the one at the top
    // when the heights around it are estimates (not whole pixels).
    return int(std::ceil(yForSourceLine(line) - 1e-3));
}

void PreviewView::scrollToSourceLine(int line)
{
    setScrollValueQuietly(scrollValueOfLine(line));
}

int PreviewView::sourceLineAtTop() const
{
    return int(std::floor(sourceLineAtY(verticalScrollBar()->value()) + 1e-6));
}

int PreviewView::sourceLineAt(const QPoint &viewportPos) const
{
    return int(std::floor(sourceLineAtY(viewportPos.y() + verticalScrollBar()->value()) + 1e-6));
}

void PreviewView::scrollToAnchor(const QString &name)
{
    // The anchor's height is exact once its page is laid out (when it comes into sight).
    for (int pass = 0; pass < 3; ++pass) {
        const qreal y = m_pages.namedAnchorY(name);
        if (y < 0)
            return;
        const int value = int(std::lround(y));
        if (pass > 0 && value == verticalScrollBar()->value())
            return;
        setScrollValueQuietly(value);
    }
}

void PreviewView::setScrollValueQuietly(int value)
{
    const bool old = m_programmaticScroll;
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(value);
    m_programmaticScroll = old;
}

void PreviewView::onScrollValueChanged(int)
{
    if (m_programmaticScroll || m_pages.lineAnchors().isEmpty())
        return;
    // The value now: laying out the pages that came into sight may have moved it.
    Q_EMIT sourceLineScrolled(sourceLineAtTop());
}

void PreviewView::onAnchorClicked(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!scheme.isEmpty()) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString id = url.fragment(QUrl::FullyDecoded);
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.isEmpty()) {
        if (id.isEmpty())
            return;
        scrollToAnchor(id);
        // Footnote jumps stay inside the view; sections move the editor too.
        if (!id.startsWith(u"fn-"_s) && !id.startsWith(u"fnref-"_s))
            Q_EMIT sectionActivated(id);
        return;
    }
    QString file = path;
    if (!m_sourceFilePath.isEmpty() && QFileInfo(path).isRelative())
        file = QDir::cleanPath(QFileInfo(m_sourceFilePath).absoluteDir().filePath(path));
    Q_EMIT fileReferenceActivated(file, id);
}

QString PreviewView::anchorAt(const QPoint &viewportPos) const
{
    return m_pages.anchorAt(stackPoint(viewportPos));
}

QString PreviewView::toPlainText() const
{
    return m_pages.toPlainText();
}

QString PreviewView::selectedText() const
{
    return m_input.selectedText();
}

void PreviewView::selectAll()
{
    m_input.selectAll();
}

void PreviewView::copy() const
{
    m_input.copy();
}

void PreviewView::mousePressEvent(QMouseEvent *event)
{
    if (!m_input.mousePress(event))
        QAbstractScrollArea::mousePressEvent(event);
}

void PreviewView::mouseMoveEvent(QMouseEvent *event)
{
    m_input.mouseMove(event);
}

void PreviewView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_input.mouseRelease(event))
        QAbstractScrollArea::mouseReleaseEvent(event);
}

void PreviewView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_input.mouseDoubleClick(event);
}

void PreviewView::keyPressEvent(QKeyEvent *event)
{
    if (!m_input.keyPress(event))
        QAbstractScrollArea::keyPressEvent(event);
}

void PreviewView::contextMenuEvent(QContextMenuEvent *event)
{
    m_input.contextMenu(event);
}

} // namespace Specwright
