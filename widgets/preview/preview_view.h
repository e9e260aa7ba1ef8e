// The rendered view of a spec: a QTextBrowser showing SpecHtmlRenderer output, that keeps its
// place across re-renders, maps scroll positions to source lines and back, and turns link
// clicks into section / file navigation.
#pragma once

#include "spec_html_renderer.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QList>
#include <QTextBrowser>
#include <QTimer>
#include <functional>
#include <memory>

namespace Specwright {

class PreviewRenderJob;

class PreviewView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Renders on a worker thread and shows the result when ready; the last good render stays
    // on screen meanwhile. A result whose swap costs the UI thread noticeably (a big spec:
    // QTextEdit lays a new document out again) waits until the user pauses typing. Superseded
    // requests are dropped. While the view is hidden in a shown window (editor-only layout) nothing
    // renders; the newest document renders on show.
    void renderDocument(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace = {});
    // Shows HTML made by SpecHtmlRenderer, keeping the source line at the top in place.
    void setRenderedHtml(const QString &html);
    SpecDocument::Ptr renderedDocument() const { return m_document; }
    // Shows nothing until the next render (another document is about to be shown).
    void clearContent();

    // Light or dark follows the palette unless set explicitly.
    SpecHtmlRenderer::Theme theme() const { return m_theme; }
    void setTheme(SpecHtmlRenderer::Theme theme);
    void setThemeFollowsPalette(bool follow);
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
    // A render requested with renderDocument() is on screen.
    void renderFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct LineAnchor
    {
        int line = 0;
        int position = 0; // document position of the anchor
        int y = 0;        // document y of its text line
    };
    void onAnchorClicked(const QUrl &url);
    void onScrollValueChanged(int value);
    void rebuildLineAnchors();
    void computeAnchorPositions();
    double sourceLineAtY(double documentY) const;
    double yForSourceLine(double line) const;
    void setScrollValueQuietly(int value);
    void showTextDocument(std::unique_ptr<QTextDocument> textDocument);
    void replaceContent(const std::function<void()> &replace);
    SpecHtmlRenderer::Theme paletteTheme() const;
    void applyTheme(SpecHtmlRenderer::Theme theme);
    void updateMeasureMargins();
    void showReadyWhenQuiet();
    void dropReady();

    PreviewRenderJob *m_job = nullptr;
    SpecDocument::Ptr m_document;
    SpecDocument::Ptr m_pendingDocument; // requested while hidden
    Workspace::Ptr m_workspace;
    SpecHtmlRenderer::Theme m_theme = SpecHtmlRenderer::Theme::Light;
    bool m_followPalette = true;
    bool m_programmaticScroll = false;
    int m_maximumMeasure = 0;
    QString m_sourceFilePath;
    std::unique_ptr<QTextDocument> m_ownedDocument; // built by the render job
    QList<LineAnchor> m_anchors;                    // growing in line and y
    SpecDocument::Ptr m_readyDocument;              // rendered, waiting for a pause in typing
    QTimer m_showWhenQuiet;
    QElapsedTimer m_sinceKey; // the last key pressed anywhere in the application
    double m_lastSwapMs = 0;
};

} // namespace Specwright
