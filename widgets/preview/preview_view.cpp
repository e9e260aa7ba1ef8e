#include "preview_view.h"

#include "preview_render_job.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Specwright {

PreviewView::PreviewView(QWidget *parent)
    : QTextBrowser(parent)
    , m_job(new PreviewRenderJob(this))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(PreviewRenderJob::kDocumentMargin);
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewView::onAnchorClicked);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PreviewView::onScrollValueChanged);
    connect(m_job, &PreviewRenderJob::textDocumentReady, this,
            [this](const SpecDocument::Ptr &document) {
                m_readyDocument = document;
                showReadyWhenQuiet();
            });
    m_showWhenQuiet.setSingleShot(true);
    connect(&m_showWhenQuiet, &QTimer::timeout, this, &PreviewView::showReadyWhenQuiet);
    qApp->installEventFilter(this); // key presses anywhere: is the user typing?
    m_theme = paletteTheme();
    SpecHtmlRenderer::Options options = m_job->options();
    options.theme = m_theme;
    m_job->setOptions(options);
    m_job->setTextDocumentStyleSheet(SpecHtmlRenderer::styleSheet(m_theme));
    document()->setDefaultStyleSheet(SpecHtmlRenderer::styleSheet(m_theme));
}

PreviewView::~PreviewView()
{
    m_anchors.clear(); // positions in the shown document: none of them is in the next one
    if (m_ownedDocument)
        setDocument(nullptr); // the text control must not outlive its document pointing at it
}

void PreviewView::renderDocument(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace)
{
    m_workspace = workspace;
    if (document && !document->filePath().isEmpty() && m_sourceFilePath != document->filePath())
        setSourceFilePath(document->filePath());
    if (isVisible() || !window()->isVisible()) {
        m_pendingDocument.reset();
        m_job->setTextWidth(viewport()->width());
        m_job->request(document, workspace);
    } else {
        m_pendingDocument = document; // hidden in a shown window: render when shown again
    }
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::InputMethod)
        m_sinceKey.start();
    return QTextBrowser::eventFilter(watched, event);
}

void PreviewView::showReadyWhenQuiet()
{
    if (!m_readyDocument)
        return;
    // Swapping in the new document costs the UI thread about as long as its layout took:
    // QTextEdit lays a new document out again. A costly swap waits for a pause in typing
    // (twice its cost, 0.4 to 2 s), so keys typed meanwhile are not held up.
    if (m_lastSwapMs >= kCheapSwapMs && m_sinceKey.isValid()) {
        const qint64 quiet = std::clamp(qint64(2 * m_lastSwapMs), qint64(400), qint64(2000));
        if (const qint64 since = m_sinceKey.elapsed(); since < quiet) {
            m_showWhenQuiet.start(int(quiet - since));
            return;
        }
    }
    QElapsedTimer cost;
    cost.start();
    m_document = std::exchange(m_readyDocument, {});
    showTextDocument(m_job->takeTextDocument());
    m_lastSwapMs = double(cost.nsecsElapsed()) / 1e6;
    Q_EMIT renderFinished();
}

void PreviewView::dropReady()
{
    m_showWhenQuiet.stop();
    if (std::exchange(m_readyDocument, {}))
        PreviewRenderJob::freeOffUiThread(m_job->takeTextDocument());
}

void PreviewView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (m_pendingDocument)
        renderDocument(std::exchange(m_pendingDocument, {}), m_workspace);
}

void PreviewView::setRenderedHtml(const QString &html)
{
    dropReady();
    replaceContent([this, &html] { setHtml(html); });
}

void PreviewView::clearContent()
{
    dropReady(); // a render of the previous document must not appear later
    // A document of the UI thread: the shown one may have been built by the render job.
    showTextDocument(std::make_unique<QTextDocument>());
    m_document.reset();
}

void PreviewView::showTextDocument(std::unique_ptr<QTextDocument> textDocument)
{
    replaceContent([this, &textDocument] {
        setDocument(textDocument.get()); // the view does not own what setDocument() is given
        PreviewRenderJob::freeOffUiThread(std::exchange(m_ownedDocument, std::move(textDocument)));
    });
}

void PreviewView::replaceContent(const std::function<void()> &replace)
{
    // Keep the same source line (and the pixel offset into it) at the top across the swap.
    const bool hadContent = !m_anchors.isEmpty();
    const double topLine = hadContent ? sourceLineAtY(verticalScrollBar()->value()) : 0.0;
    viewport()->setUpdatesEnabled(false);
    m_programmaticScroll = true;
    m_anchors.clear(); // positions of the old document; resize events may come meanwhile
    replace();
    rebuildLineAnchors();
    if (hadContent && topLine > 0)
        setScrollValueQuietly(int(std::lround(yForSourceLine(topLine))));
    m_programmaticScroll = false;
    viewport()->setUpdatesEnabled(true);
    viewport()->update();
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
    m_job->setTextDocumentStyleSheet(SpecHtmlRenderer::styleSheet(theme));
    document()->setDefaultStyleSheet(SpecHtmlRenderer::styleSheet(theme));
    // A render waiting for a pause in typing is newer than the one shown.
    if (const SpecDocument::Ptr newest = m_readyDocument ? m_readyDocument : m_document) {
        m_job->setTextWidth(viewport()->width());
        m_job->request(newest, m_workspace);
    }
}

void PreviewView::setSourceFilePath(const QString &path)
{
    if (path != m_sourceFilePath && !m_sourceFilePath.isEmpty()) {
        // Another file: the previous one's render in flight is dropped and its preview goes
        // at once (an empty document swapped in; the big one is freed on a worker).
        m_job->cancel();
        m_pendingDocument.reset();
        m_document.reset();
        auto empty = std::make_unique<QTextDocument>();
        empty->setDocumentMargin(PreviewRenderJob::kDocumentMargin);
        empty->setDefaultStyleSheet(SpecHtmlRenderer::styleSheet(m_theme));
        showTextDocument(std::move(empty));
    }
    m_sourceFilePath = path;
    if (!path.isEmpty())
        setSearchPaths({QFileInfo(path).absolutePath()}); // relative images
}

SpecHtmlRenderer::Theme PreviewView::paletteTheme() const
{
    return palette().color(QPalette::Base).lightness() < 128 ? SpecHtmlRenderer::Theme::Dark
                                                             : SpecHtmlRenderer::Theme::Light;
}

void PreviewView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_followPalette)
        applyTheme(paletteTheme());
}

void PreviewView::setMaximumMeasure(int characters)
{
    m_maximumMeasure = std::max(0, characters);
    // The margins beside the text have the page's colour, not the window's.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(m_maximumMeasure > 0);
    const bool hadContent = !m_anchors.isEmpty();
    const double topLine = hadContent ? sourceLineAtY(verticalScrollBar()->value()) : 0.0;
    m_programmaticScroll = true;
    updateMeasureMargins();
    if (hadContent) {
        computeAnchorPositions();
        if (topLine > 0)
            setScrollValueQuietly(int(std::lround(yForSourceLine(topLine))));
    }
    m_programmaticScroll = false;
}

void PreviewView::updateMeasureMargins()
{
    int side = 0;
    if (m_maximumMeasure > 0) {
        const QFontMetricsF metrics(document()->defaultFont());
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
    const bool hadContent = !m_anchors.isEmpty();
    const double topLine = hadContent ? sourceLineAtY(verticalScrollBar()->value()) : 0.0;
    m_programmaticScroll = true;
    updateMeasureMargins();
    QTextBrowser::resizeEvent(event);
    if (hadContent) {
        computeAnchorPositions(); // text reflowed
        if (topLine > 0)
            setScrollValueQuietly(int(std::lround(yForSourceLine(topLine))));
    }
    m_programmaticScroll = false;
}

void PreviewView::rebuildLineAnchors()
{
    m_anchors.clear();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                if (const int line = SpecHtmlRenderer::sourceLineOfAnchor(name); line > 0)
                    m_anchors.append({line, fragment.position(), 0});
            }
        }
    }
    std::stable_sort(m_anchors.begin(), m_anchors.end(),
                     [](const LineAnchor &a, const LineAnchor &b) { return a.line < b.line; });
    computeAnchorPositions();
}

void PreviewView::computeAnchorPositions()
{
    if (m_anchors.isEmpty())
        return;
    document()->documentLayout()->documentSize(); // finishes the (lazy) layout
    const int scroll = verticalScrollBar()->value();
    for (LineAnchor &a : m_anchors) {
        QTextCursor cursor(document());
        cursor.setPosition(a.position);
        a.y = cursorRect(cursor).top() + scroll;
    }
    // Side-by-side cells put later lines beside earlier ones, and footnotes are written at
    // the end whatever their line: keep the longest run that grows in both line and height
    // (longest increasing subsequence), so the mapping can be searched and inverted.
    QList<int> tails; // index of the smallest last y of a run of each length
    QList<int> previous(m_anchors.size(), -1);
    for (int i = 0; i < m_anchors.size(); ++i) {
        const LineAnchor &a = m_anchors.at(i);
        if (!tails.isEmpty() && a.line == m_anchors.at(tails.last()).line)
            continue; // one anchor per line: the first
        auto it = std::lower_bound(tails.begin(), tails.end(), a.y,
                                   [this](int index, int y) { return m_anchors.at(index).y < y; });
        if (it != tails.end() && m_anchors.at(*it).y == a.y)
            continue; // same height as an earlier line (a table row): keep the earlier
        if (it != tails.begin())
            previous[i] = *(it - 1);
        if (it == tails.end())
            tails.append(i);
        else
            *it = i;
    }
    QList<LineAnchor> monotonic;
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        monotonic.prepend(m_anchors.at(i));
    m_anchors = monotonic;
}

double PreviewView::sourceLineAtY(double y) const
{
    if (m_anchors.isEmpty())
        return 0.0;
    auto it = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), y,
                               [](double value, const LineAnchor &a) { return value < a.y; });
    if (it == m_anchors.cbegin())
        return m_anchors.first().line;
    const LineAnchor &a = *(it - 1);
    if (it == m_anchors.cend())
        return a.line;
    const LineAnchor &b = *it;
    return a.line + (y - a.y) / double(b.y - a.y) * (b.line - a.line);
}

double PreviewView::yForSourceLine(double line) const
{
    if (m_anchors.isEmpty())
        return 0.0;
    auto it = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), line,
                               [](double value, const LineAnchor &a) { return value < a.line; });
    if (it == m_anchors.cbegin())
        return 0.0;
    const LineAnchor &a = *(it - 1);
    if (it == m_anchors.cend())
        return a.y;
    const LineAnchor &b = *it;
    return a.y + (line - a.line) / double(b.line - a.line) * (b.y - a.y);
}

void PreviewView::scrollToSourceLine(int line)
{
    setScrollValueQuietly(int(std::lround(yForSourceLine(line))));
}

int PreviewView::sourceLineAtTop() const
{
    return int(std::floor(sourceLineAtY(verticalScrollBar()->value()) + 1e-6));
}

int PreviewView::sourceLineAt(const QPoint &viewportPos) const
{
    return int(std::floor(sourceLineAtY(viewportPos.y() + verticalScrollBar()->value()) + 1e-6));
}

void PreviewView::setScrollValueQuietly(int value)
{
    const bool old = m_programmaticScroll;
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(value);
    m_programmaticScroll = old;
}

void PreviewView::onScrollValueChanged(int value)
{
    if (m_programmaticScroll || m_anchors.isEmpty())
        return;
    Q_EMIT sourceLineScrolled(int(std::floor(sourceLineAtY(value) + 1e-6)));
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
        m_programmaticScroll = true;
        scrollToAnchor(id);
        m_programmaticScroll = false;
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

} // namespace Specwright
