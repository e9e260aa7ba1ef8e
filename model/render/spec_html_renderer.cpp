#include "spec_html_renderer.h"

#include "render_lookup.h"
#include "render_pass.h"
#include "rendered_section.h"
#include "section_html_cache.h"
#include "spec_title.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <optional>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

SpecHtmlRenderer::SpecHtmlRenderer()
    : SpecHtmlRenderer(Options())
{
}

SpecHtmlRenderer::SpecHtmlRenderer(const Options &options,
                                   std::shared_ptr<CodeHighlighter> highlighter)
    : m_options(options)
    , m_highlighter(std::move(highlighter))
{
}

SpecHtmlRenderer::~SpecHtmlRenderer() = default;

void SpecHtmlRenderer::setHighlighter(std::shared_ptr<CodeHighlighter> highlighter)
{
    m_highlighter = std::move(highlighter);
}

void SpecHtmlRenderer::setSectionCache(std::shared_ptr<SectionHtmlCache> cache)
{
    m_sectionCache = std::move(cache);
}

QByteArray SpecHtmlRenderer::optionsKey() const
{
    // Only what changes the body (the page around it is written per render).
    const quintptr highlighter = quintptr(m_highlighter.get());
    QByteArray key = QByteArray::number(int(m_options.theme)) + ',' +
                     QByteArray::number(int(m_options.sourceAnchors)) + ',' +
                     QByteArray::number(int(m_options.comparisonLayout)) + ',' +
                     QByteArray::number(int(m_options.sourcePositions)) + ',';
    key.append(reinterpret_cast<const char *>(&highlighter), sizeof highlighter);
    return key;
}

QString SpecHtmlRenderer::render(const SpecDocument &document, const Workspace *workspace) const
{
    return render(document, workspace, nullptr);
}

RenderContext SpecHtmlRenderer::documentContext(const SpecDocument &document,
                                                const QByteArray &utf8, const RenderLookup &lookup,
                                                const SpecDocument *titles,
                                                const Workspace *workspace) const
{
    RenderContext context;
    context.document = &document;
    context.titles = titles;
    context.documentStructure = true;
    context.workspace = workspace;
    context.anchors = m_options.sourceAnchors;
    context.sourcePositions = m_options.sourcePositions;
    context.lookup = &lookup;
    if (m_sectionCache) {
        context.cache = m_sectionCache.get();
        context.contextKey =
            RenderLookup::contextKey(document, utf8, titles, workspace, optionsKey());
    }
    return context;
}

QString SpecHtmlRenderer::render(const SpecDocument &document, const Workspace *workspace,
                                 const SpecDocument *titles) const
{
    const QByteArray utf8 = document.markdownUtf8();
    const RenderLookup lookup(document);
    RenderContext context = documentContext(document, utf8, lookup, titles, workspace);
    QString body = RenderPass(*this, context).run(utf8);
    if (m_options.sourceAnchors)
        body = thinLineAnchors(body, document.source().lineCount());
    QString title = m_options.pageTitle;
    if (title.isEmpty())
        title = SpecTitle::of(document, workspace);

    const QString style = m_options.embedStyleSheet
                              ? u"<style>\n"_s + styleSheet(m_options.theme) + u"</style>\n"_s
                              : QString();
    const QString themeClass = m_options.theme == Theme::Dark ? u"dark"_s : u"light"_s;
    if (!m_options.standalone)
        return style + body;
    return u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s +
           title.toHtmlEscaped() + u"</title>\n"_s + style + u"</head>\n<body class=\"page "_s +
           themeClass + u"\">\n"_s + body + u"</body>\n</html>\n"_s;
}

QList<RenderedSection> SpecHtmlRenderer::renderSections(const SpecDocument &document,
                                                        const Workspace *workspace) const
{
    const QByteArray utf8 = document.markdownUtf8();
    const RenderLookup lookup(document);
    RenderContext context = documentContext(document, utf8, lookup, nullptr, workspace);
    QList<RenderedSection> sections;
    context.sections = &sections;
    const QString body = RenderPass(*this, context).run(utf8);
    if (sections.isEmpty() && !body.isEmpty()) { // written in one piece: one group
        const QByteArray key = QCryptographicHash::hash(QByteArray(body.toUtf8() + optionsKey()),
                                                        QCryptographicHash::Md5);
        sections.append({key, body, 1});
    }
    const int lineCount = document.source().lineCount();
    for (RenderedSection &s : sections) {
        if (s.key.isEmpty()) // no cache: a digest of the HTML keeps keys meaningful
            s.key = QCryptographicHash::hash(QByteArray(s.html.toUtf8() + optionsKey()),
                                             QCryptographicHash::Md5);
        if (m_options.sourceAnchors)
            s.html = thinLineAnchors(s.html, lineCount);
    }
    return sections;
}

QString SpecHtmlRenderer::renderMarkdown(const QString &markdown, int firstLine,
                                         const SpecDocument *references,
                                         const Workspace *workspace) const
{
    std::optional<RenderLookup> lookup;
    if (references)
        lookup.emplace(*references);
    RenderContext context;
    context.document = references;
    context.workspace = workspace;
    context.lineOffset = firstLine - 1;
    context.anchors = m_options.sourceAnchors;
    context.sourcePositions = m_options.sourcePositions;
    context.lookup = lookup ? &*lookup : nullptr;
    return RenderPass(*this, context).run(markdown.toUtf8());
}

QString SpecHtmlRenderer::styleSheet(Theme theme)
{
    return readResource(u":/preview/preview.css"_s) +
           readResource(theme == Theme::Dark ? u":/preview/preview-dark.css"_s
                                             : u":/preview/preview-light.css"_s);
}

QString SpecHtmlRenderer::thinLineAnchors(const QString &html, int lineCount)
{
    // QTextDocument gives every anchor name a character format of its own and finds formats by
    // a hash that ignores the name: each anchor costs a comparison with every earlier one.
    // Past kMaxLineAnchors the anchors keep one line in `step` (the view interpolates between
    // them) besides those of headings, so a 5 MB spec's preview is built in seconds.
    const int step = lineCount / kMaxLineAnchors + 1;
    if (step <= 1)
        return html;
    static const QRegularExpression anchor(uR"re(<a name="sl-(\d+)"></a>)re"_s);
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    int next = 0;
    auto it = anchor.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const int line = m.capturedView(1).toInt();
        // Headings keep theirs: the outline and links scroll the preview to them.
        const qsizetype tag = html.lastIndexOf(u'<', m.capturedStart() - 1);
        const bool heading = tag >= 0 && html.size() > tag + 2 && html.at(tag + 1) == u'h' &&
                             html.at(tag + 2) >= u'1' && html.at(tag + 2) <= u'6';
        if (line >= next || heading) {
            next = line + step;
            continue; // kept: copied with the text around it
        }
        out += QStringView(html).mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
    }
    out += QStringView(html).mid(pos);
    out.squeeze(); // kept with the pages: without the anchors it dropped
    return out;
}

QString SpecHtmlRenderer::sourceAnchorName(int line)
{
    return u"sl-"_s + QString::number(line);
}

int SpecHtmlRenderer::sourceLineOfAnchor(QStringView anchorName)
{
    if (!anchorName.startsWith(u"sl-"))
        return 0;
    bool ok = false;
    const int line = anchorName.mid(3).toInt(&ok);
    return ok ? line : 0;
}

} // namespace Specwright
