// Renders SpecDocument snapshots for the preview on the thread pool (LatestResult). Only the
// newest request is reported, so a burst of edits costs one visible update. The worker writes
// the HTML section by section (SectionHtmlCache) and builds a PreviewPage - a QTextDocument
// parsed from its HTML - for each section whose page the view does not already show; the view
// takes the pages and lays out only those that come into sight. Pages are owned by
// std::unique_ptr all the way: ones that are superseded, or still in flight when the job is
// destroyed, are freed with their run.
#pragma once

#include "latest_result.h"
#include "preview_page.h"
#include "spec_html_renderer.h"
#include "workspace.h"

#include <QObject>
#include <QSet>
#include <QTextDocument>
#include <QUrl>
#include <memory>
#include <vector>

namespace Specwright {

class CodeHighlighter;
class SectionHtmlCache;

class PreviewRenderJob : public QObject
{
    Q_OBJECT

public:
    // One page of a result, in order: a new page, or the key of one the view shows already.
    struct PageSlot
    {
        QByteArray key;
        std::unique_ptr<PreviewPage> page; // null: reuse the shown page with this key
    };
    using Pages = std::vector<PageSlot>;

    explicit PreviewRenderJob(QObject *parent = nullptr);
    ~PreviewRenderJob() override;

    SpecHtmlRenderer::Options options() const { return m_options; }
    void setOptions(const SpecHtmlRenderer::Options &options);

    // With a stylesheet set, the worker also builds the pages and pagesReady() follows
    // finished().
    void setTextDocumentStyleSheet(const QString &styleSheet);
    // Whether finished() gives the whole HTML while pages are built too (tests compare the
    // pages with it). Off by default: the view needs only the pages, and a 5 MB spec's HTML
    // joined is tens of MB alive with the pages made from it.
    void setWholeHtmlWithPages(bool whole) { m_wholeHtmlWithPages = whole; }
    // Relative image paths resolve against this (the spec's folder).
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // Pages the view shows now: a request reuses them instead of building them again.
    void setShownPages(QSet<QByteArray> keys) { m_shownPages = std::move(keys); }
    // The source line at the top of the view: the new pages around it are built before the
    // result is delivered, up to about kBuiltFirst characters of HTML (at least the page at
    // the line); the others come as their HTML (PreviewPage::unbuilt()), for the view to have
    // built later (PreviewPageBuilder).
    void setFocusLine(int line) { m_focusLine = line; }
    static constexpr qsizetype kBuiltFirst = 96 * 1024;
    // Another amount than kBuiltFirst (the bench compares building every page first).
    void setBuiltFirst(qsizetype characters) { m_builtFirst = characters; }
    static constexpr qreal kDocumentMargin = 12;
    // Sections share a page until it holds about this many characters of HTML, at most twice
    // as many (0: a page per section, as tests count them). Laying out a page on the UI thread
    // costs about a millisecond per 1.5K characters: pages stay small enough for a scroll.
    void setMinimumPageSize(qsizetype characters) { m_minimumPage = characters; }
    static constexpr qsizetype kMinimumPageSize = 16 * 1024;

    // The HTML of each section of the last render: the next render of the same file writes only
    // the sections an edit touched. A new one is started for another file, workspace or options.
    std::shared_ptr<SectionHtmlCache> sectionCache() const { return m_sectionCache; }

    // Starts a render; finished() follows unless a newer request() comes first.
    void request(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace = {});
    bool isRunning() const { return m_render.isRunning(); }
    // The render in flight is dropped (another file is shown now).
    void cancel()
    {
        m_render.cancel();
        freeOffUiThread(std::exchange(m_pages, {})); // big ones would stall the UI thread
    }
    // The pages of the last pagesReady(); the caller owns them (empty once taken).
    Pages takePages() { return std::exchange(m_pages, {}); }
    // Of the last pagesReady(): pages new in it, built or not (the rest were reused).
    int builtPages() const { return m_builtPages; }

    // Frees text documents on the thread pool (the UI thread must not stall on big ones).
    static void freeOffUiThread(std::unique_ptr<QTextDocument> document);
    static void freeOffUiThread(Pages pages);
    static void freeOffUiThread(std::vector<std::unique_ptr<PreviewPage>> pages);
    // Hands a document built in this thread to no thread (the receiver pulls it).
    static void releaseFromThread(QTextDocument *document);
    // Builds a page in this thread and releases its document (the receiving thread pulls it).
    static std::unique_ptr<PreviewPage> buildReleased(const QByteArray &key, const QString &html,
                                                      const QString &styleSheet,
                                                      const QUrl &baseUrl);

    // The shared thread-safe highlighter for a theme (created on first use).
    static std::shared_ptr<CodeHighlighter> sharedHighlighter(SpecHtmlRenderer::Theme theme);

Q_SIGNALS:
    // `html` is empty when pages are built, unless setWholeHtmlWithPages().
    void finished(const QString &html, const Specwright::SpecDocument::Ptr &document);
    // takePages() has the pages built for `document`; their documents have no thread until
    // the view pulls them (PreviewPage::document()->moveToThread()) to lay them out.
    void pagesReady(const Specwright::SpecDocument::Ptr &document);

private:
    struct Result
    {
        Result() = default;
        Result(Result &&) = default;
        Result &operator=(Result &&) = default;
        // A superseded result may be dropped in the UI thread: its pages go on a worker.
        ~Result() { freeOffUiThread(std::move(pages)); }

        QString html;
        Pages pages; // their documents have no thread affinity
        bool withPages = false;
        int built = 0;
    };

    SpecHtmlRenderer::Options m_options;
    std::shared_ptr<SectionHtmlCache> m_sectionCache;
    QString m_cachedFile;
    std::weak_ptr<const Workspace> m_cachedWorkspace;
    QString m_textStyleSheet;
    bool m_wholeHtmlWithPages = false;
    QByteArray m_styleKey;
    QUrl m_baseUrl;
    QSet<QByteArray> m_shownPages;
    int m_focusLine = 0;
    qsizetype m_builtFirst = kBuiltFirst;
    qsizetype m_minimumPage = kMinimumPageSize;
    Pages m_pages;
    int m_builtPages = 0;
    LatestResult<Result> m_render{this};
};

} // namespace Specwright
