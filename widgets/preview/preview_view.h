// The rendered view of a spec. The worker (PreviewRenderJob) renders the HTML and parses a
// QTextDocument per run of sections (PreviewPage) near the view; the rest come as HTML and are
// built on workers as the view comes near them (PreviewPageBuilder). The view stacks the pages
// (PreviewPageStack), lays out only those that come into sight (a few milliseconds each) and
// paints them, so showing a new render costs the UI thread about the same at any size. It keeps
// its place across re-renders, maps scroll positions to source lines and back, turns link
// clicks into section / file navigation and offers selection, copying and keyboard scrolling as
// a text browser does (PreviewInput).
#pragma once

#include "preview_input.h"
#include "preview_page_stack.h"
#include "spec_html_renderer.h"
#include "workspace.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

namespace Specwright {

class PreviewPageBuilder;
class PreviewRenderJob;

class PreviewView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Renders on a worker thread and shows the result when ready; the last good render stays
    // on screen meanwhile. Superseded requests are dropped. While the view is hidden in a shown
    // window (editor-only layout) nothing renders; the newest document renders on show.
    void renderDocument(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace = {});
    // Shows HTML made by SpecHtmlRenderer (laid out here, at once), keeping the source line at
    // the top in place.
    void setRenderedHtml(const QString &html);
    SpecDocument::Ptr renderedDocument() const { return m_document; }
    // Shows nothing until the next render (another document is about to be shown).
    void clearContent();

    // Light or dark follows the palette unless set explicitly.
    SpecHtmlRenderer::Theme theme() const { return m_theme; }
    void setTheme(SpecHtmlRenderer::Theme theme);
    void setThemeFollowsPalette(bool follow);
    QString styleSheet() const { return m_styleSheet; }
    // File path of the shown spec: relative file links are resolved against its folder.
    void setSourceFilePath(const QString &path);
    QString sourceFilePath() const { return m_sourceFilePath; }

    // A readable measure: at most this many average characters per line, the text centred
    // (Preview Only mode); 0 for the whole width.
    void setMaximumMeasure(int characters);
    int maximumMeasure() const { return m_maximumMeasure; }

    // Scrolls so the rendered block of a source line is at the top (between anchors the
    // position is interpolated).
    void scrollToSourceLine(int line);
    // The source line of the content at the top edge of the viewport (0 when empty).
    int sourceLineAtTop() const;
    // The source line of a point in viewport coordinates.
    int sourceLineAt(const QPoint &viewportPos) const;
    // Scrolls so a named anchor (a heading id, a footnote) is at the top.
    void scrollToAnchor(const QString &name);

    // The shown text, sections one after another (as QTextEdit::toPlainText()).
    QString toPlainText() const;
    QString selectedText() const;
    bool hasSelection() const { return m_input.hasSelection(); }
    void selectAll();
    void copy() const;

    // The shown pages (one per section), for tests and tools.
    const PreviewPageStack &pages() const { return m_pages; }
    // The viewport rectangle of a text position (it may lie outside the viewport).
    QRect viewportRect(const PreviewPageStack::Position &position) const;
    // The width the pages in sight are laid out at (the viewport's).
    qreal layoutWidth() const { return m_layoutWidth; }
    // Builds and lays out every page now (tests and tools: the view itself has the pages built
    // on workers, nearest first, and lays out what it shows).
    void layOutAllPages();
    // How many characters of HTML around the view are built ahead (PreviewPageBuilder); built
    // pages beyond twice that go back to their HTML (tests use small windows).
    void setBuildWindow(qsizetype characters);
    // Every page of the shown render is built (none is kept as HTML only any more).
    bool allPagesBuilt() const { return m_pages.unbuiltCount() == 0; }
    // Pages near the view are being built on a worker.
    bool isBuildingPages() const;
    // Of the last render shown: pages built anew for it and pages reused from the one before.
    int builtPages() const { return m_builtPages; }
    int reusedPages() const { return m_reusedPages; }

    // How long the last swap of a rendered document took on the UI thread, in ms.
    double lastSwapMs() const { return m_lastSwapMs; }
    // Swaps cheaper than this are made at once, typing or not.
    static constexpr double kCheapSwapMs = 30.0;

Q_SIGNALS:
    // The user scrolled (not emitted for programmatic scrolls).
    void sourceLineScrolled(int line);
    // A same-file reference [..](#id) was clicked.
    void sectionActivated(const QString &id);
    // A reference to another spec file (other.md#id, id may be empty) was clicked; file is
    // absolute when sourceFilePath() is set.
    void fileReferenceActivated(const QString &file, const QString &id);
    // A render requested with renderDocument() is on screen (also after the view laid it out
    // again for another width or theme).
    void renderFinished();
    // A link was clicked (navigation follows, as described above).
    void anchorClicked(const QUrl &url);
    // Pages kept as HTML were built on a worker and put in place.
    void pagesBuilt();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    friend class PreviewInput; // stackPoint(), anchorAt()
    void onAnchorClicked(const QUrl &url);
    void onScrollValueChanged(int value);
    double sourceLineAtY(double documentY) const;
    double yForSourceLine(double line) const;
    int scrollValueOfLine(double line) const;
    void setScrollValueQuietly(int value);
    void showReadyWhenQuiet();
    void applyPages(const SpecDocument::Ptr &document);
    void replacePages(PreviewPageStack::Pages pages, double topLine);
    bool layOutVisible();
    void buildPagesNearView();
    void unbuildFarPages();
    void placeBuiltPages();
    // After a restack: the source line that was at the top is there again.
    void keepTopLine(double topLine);
    void layOutNearby();
    double topLine() const; // the source line at the top, 0 when empty
    void dropReady();
    void updateScrollBars();
    void requestRender(const SpecDocument::Ptr &document);
    void widthChanged();
    SpecHtmlRenderer::Theme paletteTheme() const;
    void applyTheme(SpecHtmlRenderer::Theme theme);
    void updateMeasureMargins();
    QPointF stackPoint(const QPoint &viewportPos) const;
    QString anchorAt(const QPoint &viewportPos) const;

    PreviewRenderJob *m_job = nullptr;
    PreviewPageBuilder *m_builder = nullptr;
    PreviewPageStack m_pages;
    SpecDocument::Ptr m_document;
    SpecDocument::Ptr m_pendingDocument; // requested while hidden
    Workspace::Ptr m_workspace;
    SpecHtmlRenderer::Theme m_theme = SpecHtmlRenderer::Theme::Light;
    QString m_styleSheet;
    bool m_followPalette = true;
    bool m_programmaticScroll = false;
    bool m_fromHtml = false; // shown pages came from setRenderedHtml()
    bool m_layingOut = false;
    int m_maximumMeasure = 0;
    qreal m_layoutWidth = 0;
    QString m_sourceFilePath;
    SpecDocument::Ptr m_readyDocument; // rendered, waiting for a pause in typing
    QTimer m_showWhenQuiet;
    QTimer m_layOutNearby;
    QElapsedTimer m_sinceKey; // the last key pressed anywhere in the application
    double m_lastSwapMs = 0;
    int m_builtPages = 0;
    int m_reusedPages = 0;
    PreviewInput m_input;
};

} // namespace Specwright
