#include "preview_page.h"

#include "spec_html_renderer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextFrame>
#include <limits>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

constexpr qreal kSideMargin = 12; // PreviewRenderJob::kDocumentMargin

} // namespace

std::unique_ptr<PreviewPage> PreviewPage::build(const QByteArray &key, const QString &html,
                                                const QString &styleSheet, const QUrl &baseUrl)
{
    std::unique_ptr<PreviewPage> page(new PreviewPage);
    page->m_key = key;
    page->m_html = html;
    page->m_styleSheet = styleSheet;
    page->m_baseUrl = baseUrl;
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false); // read-only: no undo stack to fill
    document->setDefaultStyleSheet(styleSheet);
    if (baseUrl.isValid())
        document->setBaseUrl(baseUrl); // relative images
    document->setHtml(html);
    // The page's sides keep the document margin; above and below, the pages meet (the view
    // puts the margin above the first and below the last).
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setLeftMargin(kSideMargin);
    root.setRightMargin(kSideMargin);
    root.setTopMargin(0);
    root.setBottomMargin(0);
    document->rootFrame()->setFrameFormat(root);

    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor())
                continue;
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                if (const int line = SpecHtmlRenderer::sourceLineOfAnchor(name); line > 0) {
                    page->m_lineAnchors.append({line, 0});
                    page->m_anchorPositions.append(fragment.position());
                } else {
                    page->m_namedPositions.insert(name, fragment.position());
                }
            }
        }
    }
    page->m_characters = document->characterCount();
    page->m_htmlSize = html.size();
    page->m_document = std::move(document);
    return page;
}

std::unique_ptr<PreviewPage> PreviewPage::unbuilt(const QByteArray &key, const QString &html,
                                                  const QString &styleSheet, const QUrl &baseUrl)
{
    std::unique_ptr<PreviewPage> page(new PreviewPage);
    page->m_key = key;
    page->m_html = html;
    page->m_styleSheet = styleSheet;
    page->m_baseUrl = baseUrl;
    page->m_htmlSize = html.size();
    page->m_characters = int(std::min<qsizetype>(html.size(), std::numeric_limits<int>::max()));
    // The anchors the document will have, at their offsets in the HTML: the source lines map
    // to estimated heights, and links and the outline find heading ids and footnotes.
    for (const QLatin1StringView attribute : {" id=\""_L1, " name=\""_L1}) {
        for (qsizetype at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at)) {
            at += attribute.size();
            const qsizetype end = html.indexOf(u'"', at);
            if (end < 0)
                break;
            const QStringView name = QStringView(html).sliced(at, end - at);
            if (const int line = SpecHtmlRenderer::sourceLineOfAnchor(name); line > 0) {
                page->m_lineAnchors.append({line, 0});
                page->m_anchorPositions.append(int(at));
            } else {
                page->m_namedPositions.insert(name.toString(), int(at));
            }
            at = end;
        }
    }
    return page;
}

std::unique_ptr<PreviewPage> PreviewPage::unbuiltFrom(const PreviewPage &built)
{
    if (!built.isLaidOut()) // only estimated so far: estimate it from its HTML again
        return unbuilt(built.m_key, built.m_html, built.m_styleSheet, built.m_baseUrl);
    std::unique_ptr<PreviewPage> page(new PreviewPage);
    page->m_key = built.m_key;
    page->m_html = built.m_html;
    page->m_styleSheet = built.m_styleSheet;
    page->m_baseUrl = built.m_baseUrl;
    page->m_htmlSize = built.m_htmlSize;
    page->m_characters = built.m_characters;
    page->m_anchorPositions = built.m_anchorPositions;
    page->m_namedPositions = built.m_namedPositions;
    page->adoptMeasureOf(built);
    return page;
}

void PreviewPage::adoptMeasure(const PreviewPage &unbuilt)
{
    if (unbuilt.m_keptMeasure && !m_laidOut && unbuilt.m_key == m_key)
        adoptMeasureOf(unbuilt);
}

void PreviewPage::adoptMeasureOf(const PreviewPage &other)
{
    m_size = other.m_size;
    m_width = other.m_width;
    m_topMargin = other.m_topMargin;
    m_bottomMargin = other.m_bottomMargin;
    m_spaceAbove = other.m_spaceAbove;
    m_spaceBelow = other.m_spaceBelow;
    m_lineAnchors = other.m_lineAnchors;
    m_namedAnchors = other.m_namedAnchors;
    m_keptMeasure = true;
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::layOut(qreal width)
{
    m_width = width;
    m_laidOut = true;
    m_keptMeasure = false;
    m_document->setTextWidth(width);
    m_size = m_document->documentLayout()->documentSize();
    measure();
}

void PreviewPage::estimate(qreal heightPerCharacter, qreal heightPerHtmlCharacter)
{
    if (!isBuilt())
        heightPerCharacter = heightPerHtmlCharacter;
    // Laid out at another width: that layout is the better guess.
    if (m_laidOut || m_keptMeasure || heightPerCharacter == m_estimatedWith)
        return;
    m_estimatedWith = heightPerCharacter;
    m_size = QSizeF(0, std::max<qreal>(20, m_characters * heightPerCharacter));
    for (qsizetype i = 0; i < m_lineAnchors.size(); ++i)
        m_lineAnchors[i].y = yOfPosition(m_anchorPositions.at(i));
}

qreal PreviewPage::namedAnchorY(const QString &name) const
{
    if (m_laidOut || m_keptMeasure)
        return m_namedAnchors.value(name, -1);
    const auto it = m_namedPositions.constFind(name);
    return it == m_namedPositions.cend() ? -1 : yOfPosition(*it);
}

void PreviewPage::measure()
{
    for (qsizetype i = 0; i < m_lineAnchors.size(); ++i)
        m_lineAnchors[i].y = yOfPosition(m_anchorPositions.at(i));
    m_namedAnchors.clear();
    for (auto it = m_namedPositions.cbegin(); it != m_namedPositions.cend(); ++it)
        m_namedAnchors.insert(it.key(), yOfPosition(it.value()));
    // Only plain blocks of the page itself collapse their margins with a neighbour.
    m_topMargin = m_bottomMargin = m_spaceAbove = m_spaceBelow = 0;
    QTextFrame *root = m_document->rootFrame();
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const QTextFrame::iterator first = root->begin();
    if (!first.atEnd() && !first.currentFrame() && first.currentBlock().isValid()) {
        m_topMargin = first.currentBlock().blockFormat().topMargin();
        m_spaceAbove = layout->blockBoundingRect(first.currentBlock()).top();
    }
    const QTextBlock last = m_document->lastBlock();
    if (last.isValid() && m_document->frameAt(last.position()) == root) {
        m_bottomMargin = last.blockFormat().bottomMargin();
        m_spaceBelow = m_size.height() - layout->blockBoundingRect(last).bottom();
    }
}

qreal PreviewPage::yOfPosition(int position) const
{
    if (!m_laidOut)
        return m_size.height() * position / std::max(1, m_characters);
    const QTextBlock block = m_document->findBlock(position);
    if (!block.isValid())
        return 0;
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    const QTextLine line =
        layout ? layout->lineForTextPosition(position - block.position()) : QTextLine();
    return rect.top() + (line.isValid() ? line.y() : 0);
}

} // namespace Specwright
