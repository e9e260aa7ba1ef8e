// Renders SpecDocument snapshots to HTML on the thread pool (LatestResult). Only the newest
// request is reported, so a burst of edits costs one visible update. A QTextDocument built by
// the worker is owned by a std::unique_ptr all the way: one that is superseded, or still in
// flight when the job is destroyed, is freed with its run.
#pragma once

#include "latest_result.h"
#include "spec_html_renderer.h"
#include "workspace.h"

#include <QObject>
#include <QTextDocument>
#include <memory>

class QTextDocument;

namespace Specwright {

class CodeHighlighter;
class SectionHtmlCache;

class PreviewRenderJob : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderJob(QObject *parent = nullptr);
    ~PreviewRenderJob() override;

    SpecHtmlRenderer::Options options() const { return m_options; }
    void setOptions(const SpecHtmlRenderer::Options &options);

    // With a stylesheet set, the worker also builds the QTextDocument (HTML parsing is the
    // slow part of showing a big spec) and textDocumentReady() follows finished().
    void setTextDocumentStyleSheet(const QString &styleSheet) { m_textStyleSheet = styleSheet; }
    // The width the text document is laid out for on the worker (the view's viewport).
    void setTextWidth(qreal width) { m_textWidth = width; }
    static constexpr qreal kDocumentMargin = 12;

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
        freeOffUiThread(std::move(m_textDocument)); // a big one would stall the UI thread
    }
    // The text document of the last textDocumentReady(); the caller owns it (null once taken).
    std::unique_ptr<QTextDocument> takeTextDocument() { return std::move(m_textDocument); }

    // Frees a text document on the thread pool (the UI thread must not stall on a big one).
    static void freeOffUiThread(std::unique_ptr<QTextDocument> document);

    // The shared thread-safe highlighter for a theme (created on first use).
    static std::shared_ptr<CodeHighlighter> sharedHighlighter(SpecHtmlRenderer::Theme theme);

Q_SIGNALS:
    void finished(const QString &html, const Specwright::SpecDocument::Ptr &document);
    // takeTextDocument() has the document built for `document` (in this object's thread).
    void textDocumentReady(const Specwright::SpecDocument::Ptr &document);

private:
    struct Result
    {
        QString html;
        std::unique_ptr<QTextDocument> textDocument; // no thread affinity until applied
    };

    SpecHtmlRenderer::Options m_options;
    std::shared_ptr<SectionHtmlCache> m_sectionCache;
    QString m_cachedFile;
    std::weak_ptr<const Workspace> m_cachedWorkspace;
    QString m_textStyleSheet;
    qreal m_textWidth = -1;
    std::unique_ptr<QTextDocument> m_textDocument;
    LatestResult<Result> m_render{this};
};

} // namespace Specwright
