#include "html_docs_generator.h"

#include "generator_registry.h"
#include "spec_html_renderer.h"

namespace Specwright {

namespace {

const char tocStyle[] = R"(
nav.specwright-toc { border: 1px solid rgba(128,128,128,.35); border-radius: 6px;
  padding: .5em 1.2em; margin: 1em 0 2em; }
nav.specwright-toc h2 { font-size: 1.1em; margin: .3em 0; }
nav.specwright-toc ul { list-style: none; padding-left: 1.1em; margin: .2em 0; }
nav.specwright-toc > ul { padding-left: 0; }
nav.specwright-toc a { text-decoration: none; }
)";

QString toc(const GenerationRequest &request)
{
    const SpecDocument &doc = *request.document;
    const QList<int> selected = request.selectedSections();
    if (selected.isEmpty())
        return {};
    QString out = QStringLiteral("<nav class=\"specwright-toc\">\n<h2>%1</h2>\n")
                      .arg(HtmlDocsGenerator::tr("Contents").toHtmlEscaped());
    const int base = doc.sections().at(selected.first()).level;
    // Nested lists with each sub-list inside its parent's <li>; skipped levels are collapsed.
    int depth = 0;
    for (int index : selected) {
        const Section &s = doc.sections().at(index);
        const int level = qMax(1, s.level - base + 1);
        if (level > depth) {
            out += QStringLiteral("\n<ul>\n");
            ++depth;
        } else {
            out += QStringLiteral("</li>\n");
            for (; depth > level; --depth)
                out += QStringLiteral("</ul></li>\n");
        }
        out += QStringLiteral("<li><a href=\"#%1\">%2</a>")
                   .arg(s.id.toHtmlEscaped(), s.title.toHtmlEscaped());
    }
    out += QStringLiteral("</li>\n");
    for (; depth > 0; --depth)
        out += depth > 1 ? QStringLiteral("</ul></li>\n") : QStringLiteral("</ul>\n");
    return out + QStringLiteral("</nav>\n");
}

} // namespace

QString HtmlDocsGenerator::page(const GenerationRequest &request, bool withToc)
{
    SpecHtmlRenderer::Options options;
    options.standalone = true;
    options.embedStyleSheet = true;
    options.sourceAnchors = false;
    options.pageTitle = request.documentTitle();
    SpecHtmlRenderer renderer(options, GeneratorRegistry::codeHighlighter());
    QString html;
    if (request.sectionId.isEmpty()) {
        html = renderer.render(*request.document, request.workspace.get());
    } else {
        const QList<int> selected = request.selectedSections();
        if (selected.isEmpty())
            return {};
        const Section &s = request.document->sections().at(selected.first());
        const SourceText &src = request.document->source();
        const int from = src.lineStartOffset(s.headingLine);
        const int to = s.endLine < src.lineCount() ? src.lineStartOffset(s.endLine + 1)
                                                   : int(src.text().size());
        html = renderer.renderMarkdown(src.text().mid(from, to - from), s.headingLine);
    }
    if (const qsizetype head = html.indexOf(QLatin1String("</head>")); head >= 0)
        html.insert(head, QStringLiteral("<style>") + QLatin1String(tocStyle) +
                              QStringLiteral("</style>\n"));
    if (withToc) {
        const qsizetype body = html.indexOf(QLatin1String("<body"));
        const qsizetype bodyEnd = body < 0 ? -1 : html.indexOf(u'>', body);
        html.insert(bodyEnd < 0 ? 0 : bodyEnd + 1, u'\n' + toc(request));
    }
    return html;
}

GeneratorOutput HtmlDocsGenerator::generate(const GenerationRequest &request,
                                            const GenerationContext &context)
{
    GeneratorOutput out;
    context.log(tr("rendering %1").arg(request.specPath()));
    const QString html = page(request);
    if (html.isEmpty()) {
        out.error = tr("nothing to render");
        return out;
    }
    context.progress(1, 1);
    out.files.append({outputPath(request, QStringLiteral("docs/{spec}.html")), html.toUtf8()});
    return out;
}

} // namespace Specwright
