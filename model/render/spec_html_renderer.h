// Renders a SpecDocument to HTML for the preview, diffs and HTML documentation: cmark-gfm HTML
// with the spec conventions made readable (attribute blocks hidden, [?](#id) titles, examples as
// conversations with GOOD/BAD/OK badges, !!! admonitions as asides, highlighted code) and a
// source line anchor on every block. Pure and QtCore-only: safe to run on a worker thread.
#pragma once

#include "rendered_section.h"
#include "spec_document.h"

#include <QCoreApplication>
#include <memory>

namespace Specwright {

class CodeHighlighter;
class RenderLookup;
class SectionHtmlCache;
struct RenderContext;
class Workspace;

class SpecHtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SpecHtmlRenderer)

public:
    enum class Theme
    {
        Light,
        Dark
    };
    enum class ComparisonLayout
    {
        Auto, // side by side for two or three alternatives, stacked for more
        SideBySide,
        Stacked
    };

    struct Options
    {
        Theme theme = Theme::Light;
        bool embedStyleSheet = true; // a <style> element with styleSheet(theme)
        bool standalone = false;     // a whole <!DOCTYPE html> page instead of a fragment
        bool sourceAnchors = true;   // <a name="sl-N"> at every block (see sourceAnchorName)
        // data-sourcepos="L:C-L:C" on blocks, for browsers and tools; a QTextDocument has no
        // use for them (the preview leaves them out: a fifth less HTML to parse).
        bool sourcePositions = true;
        ComparisonLayout comparisonLayout = ComparisonLayout::Auto;
        QString pageTitle; // standalone pages; defaults to SpecTitle::of(document)
    };

    SpecHtmlRenderer();
    explicit SpecHtmlRenderer(const Options &options,
                              std::shared_ptr<CodeHighlighter> highlighter = {});
    ~SpecHtmlRenderer();

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }
    std::shared_ptr<CodeHighlighter> highlighter() const { return m_highlighter; }
    void setHighlighter(std::shared_ptr<CodeHighlighter> highlighter);
    // With a cache, render() writes only the sections whose HTML is not in it from the last
    // render and stores this render's sections there (the same HTML as without it).
    std::shared_ptr<SectionHtmlCache> sectionCache() const { return m_sectionCache; }
    void setSectionCache(std::shared_ptr<SectionHtmlCache> cache);

    // The whole document. The workspace (optional) gives titles of sections in other files
    // and marks broken cross-file references.
    QString render(const SpecDocument &document, const Workspace *workspace = nullptr) const;
    // The same for a document that is a piece of a larger one (a section body in a diff):
    // `titles` names and resolves its same-file links ([?](#id), violated sections).
    QString render(const SpecDocument &document, const Workspace *workspace,
                   const SpecDocument *titles) const;
    // The body of render(document, workspace) in its section groups, in order (a text with
    // no groups is one). Keys come from the section cache's digests (set one for stable keys).
    QList<RenderedSection> renderSections(const SpecDocument &document,
                                          const Workspace *workspace = nullptr) const;
    // A piece of Markdown (a block of a diff, a template fragment) with the same conventions;
    // firstLine shifts the source anchors so they name lines of the enclosing file. With a
    // document, [?](#id) shows that document's section titles and broken references are
    // marked (the workspace adds other files). Heading attribute blocks are hidden either way.
    QString renderMarkdown(const QString &markdown, int firstLine = 1,
                           const SpecDocument *references = nullptr,
                           const Workspace *workspace = nullptr) const;

    // The stylesheet for a theme, read from the :/preview resource.
    static QString styleSheet(Theme theme);
    // "sl-12": the anchor name placed at the start of the block that begins on source line 12.
    static QString sourceAnchorName(int line);
    // The line of a source anchor name, 0 when the name is not one.
    static int sourceLineOfAnchor(QStringView anchorName);
    // Drops "sl-N" anchors so that about kMaxLineAnchors remain over lineCount lines.
    static QString thinLineAnchors(const QString &html, int lineCount);
    static constexpr int kMaxLineAnchors = 2000;

private:
    QByteArray optionsKey() const;
    // What a pass over a whole document is told (the lookup must outlive the pass).
    RenderContext documentContext(const SpecDocument &document, const QByteArray &utf8,
                                  const RenderLookup &lookup, const SpecDocument *titles,
                                  const Workspace *workspace) const;

    Options m_options;
    std::shared_ptr<CodeHighlighter> m_highlighter;
    std::shared_ptr<SectionHtmlCache> m_sectionCache;
};

} // namespace Specwright
