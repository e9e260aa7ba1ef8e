// Renders SpecDocument snapshots to HTML on the thread pool. Only the newest request is
// reported, so a burst of edits costs one visible update.
#pragma once

#include "spec_html_renderer.h"
#include "workspace.h"

#include <QFuture>
#include <QObject>

class QTextDocument;

namespace Specwright {

class CodeHighlighter;

class PreviewRenderJob : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderJob(QObject *parent = nullptr);
    ~PreviewRenderJob() override;

    SpecHtmlRenderer::Options options() const { return m_options; }
    void setOptions(const SpecHtmlRenderer::Options &options) { m_options = options; }

    // With a stylesheet set, the worker also builds the QTextDocument (HTML parsing is the
    // slow part of showing a big spec) and textDocumentReady() follows finished().
    void setTextDocumentStyleSheet(const QString &styleSheet) { m_textStyleSheet = styleSheet; }
    // The width the text document is laid out for on the worker (the view's viewport).
    void setTextWidth(qreal width) { m_textWidth = width; }
    static constexpr qreal kDocumentMargin = 12;

    // Starts a render; finished() follows unless a newer request() comes first.
    void request(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace = {});
    bool isRunning() const { return m_running > 0; }

    // The one-shot form: renders on the global thread pool with the shared KSyntaxHighlighting
    // highlighter for the options' theme.
    static QFuture<QString> run(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace,
                                const SpecHtmlRenderer::Options &options);
    // The shared thread-safe highlighter for a theme (created on first use).
    static std::shared_ptr<CodeHighlighter> sharedHighlighter(SpecHtmlRenderer::Theme theme);

Q_SIGNALS:
    void finished(const QString &html, const Specwright::SpecDocument::Ptr &document);
    // The receiver takes ownership of textDocument (it lives in this object's thread).
    void textDocumentReady(QTextDocument *textDocument,
                           const Specwright::SpecDocument::Ptr &document);

private:
    SpecHtmlRenderer::Options m_options;
    QString m_textStyleSheet;
    qreal m_textWidth = -1;
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace Specwright
