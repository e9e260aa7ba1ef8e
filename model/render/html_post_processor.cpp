#include "html_post_processor.h"

#include "render_lookup.h"
#include "spec_document.h"
#include "spec_html_renderer.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Specwright {

HtmlPostProcessor::HtmlPostProcessor(const RenderContext &context,
                                     const QHash<int, QString> &headingIds)
    : m_context(context)
    , m_headingIds(headingIds)
{
}

QString HtmlPostProcessor::process(const QString &html) const
{
    QString out = addSourceAnchors(html);
    // GitHub writes strikethrough as <del>, which QTextBrowser does not know; <s> it does.
    out.replace(u"<del>"_s, u"<s>"_s);
    out.replace(u"</del>"_s, u"</s>"_s);
    rewriteTaskLists(out);
    rewriteDetails(out);
    // Footnote targets get named anchors too (QTextBrowser scrolls only to those).
    static const QRegularExpression refRe(uR"re(<a ([^<>]*?)id="(fnref-[^"]*)")re"_s);
    if (out.contains(u"id=\"fnref-"_s))
        out.replace(refRe, uR"re(<a \1id="\2" name="\2")re"_s);
    static const QRegularExpression noteRe(uR"re(<li id="fn-([^"]*)">)re"_s);
    if (out.contains(u"<li id=\"fn-"_s))
        out.replace(noteRe, uR"re(<li id="fn-\1"><a name="fn-\1"></a>)re"_s);
    addEvalPromptLinks(out);
    out.replace(u"<section class=\"footnotes\""_s,
                u"<hr class=\"footnotes-separator\" />\n<section class=\"footnotes\""_s);
    // A section's HTML outlives the render (SectionHtmlCache, preview pages): the quarter
    // reserved above and the growth of the replacements would stay with it (30 MB at 5 MB).
    out.squeeze();
    return out;
}

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// Reads `\d+` at html[at]; the index after it, or -1.
qsizetype skipDigits(QStringView html, qsizetype at)
{
    const qsizetype start = at;
    while (at < html.size() && html[at] >= u'0' && html[at] <= u'9')
        ++at;
    return at > start ? at : -1;
}

struct SourcePos
{
    qsizetype attribute = -1; // index of ' data-sourcepos="'
    qsizetype end = -1;       // index after its closing quote
    QStringView startLine, startColumn, endLine, endColumn;
};

// The first ` data-sourcepos="L:C-L:C"` between from and to.
SourcePos findSourcePos(QStringView html, qsizetype from, qsizetype to)
{
    static constexpr QStringView attribute = u" data-sourcepos=\"";
    SourcePos pos;
    for (qsizetype at = html.indexOf(attribute, from); at >= 0 && at < to;
         at = html.indexOf(attribute, at + 1)) {
        qsizetype k = at + attribute.size();
        QStringView parts[4];
        bool ok = true;
        for (int part = 0; part < 4 && ok; ++part) {
            const qsizetype end = skipDigits(html, k);
            if (end < 0 || end >= to) {
                ok = false;
                break;
            }
            parts[part] = html.sliced(k, end - k);
            const QChar separator = part == 1 ? u'-' : part == 3 ? u'"' : u':';
            ok = html[end] == separator;
            k = end + 1;
        }
        if (!ok)
            continue;
        pos = {at, k, parts[0], parts[1], parts[2], parts[3]};
        return pos;
    }
    return pos;
}

} // namespace

// Every element cmark wrote with data-sourcepos: document lines, the heading's id, the tables'
// look and a source line anchor. One scan over the tags (a regex over a 5 MB spec's HTML cost
// a tenth of the render).
QString HtmlPostProcessor::addSourceAnchors(const QString &html) const
{
    static const QStringList anchored = {u"p"_s,  u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s,
                                         u"h5"_s, u"h6"_s, u"li"_s, u"td"_s, u"th"_s};
    const QStringView view(html);
    QString out;
    out.reserve(html.size() + html.size() / 4);
    qsizetype copied = 0;
    for (qsizetype lt = view.indexOf(u'<'); lt >= 0; lt = view.indexOf(u'<', lt + 1)) {
        qsizetype nameEnd = lt + 1;
        if (nameEnd >= view.size() || view[nameEnd] < u'a' || view[nameEnd] > u'z')
            continue;
        while (nameEnd < view.size() && isLowerAlnum(view[nameEnd]))
            ++nameEnd;
        // The tag's '>' with no '<' before it.
        qsizetype gt = nameEnd;
        while (gt < view.size() && view[gt] != u'>' && view[gt] != u'<')
            ++gt;
        if (gt >= view.size() || view[gt] != u'>')
            continue;
        const SourcePos sp = findSourcePos(view, nameEnd, gt);
        if (sp.attribute < 0)
            continue;
        const QStringView tag = view.sliced(lt + 1, nameEnd - lt - 1);
        out += view.sliced(copied, lt - copied);
        copied = gt + 1;
        const int startLine = sp.startLine.toInt() + m_context.lineOffset;
        const int endLine = sp.endLine.toInt() + m_context.lineOffset;
        out += u'<';
        out += tag;
        out += view.sliced(nameEnd, sp.attribute - nameEnd);
        const QStringView rest = view.sliced(sp.end, gt - sp.end);
        out += rest;
        if (tag.size() == 2 && tag[0] == u'h' && m_headingIds.contains(startLine))
            out += u" id=\""_s + m_headingIds.value(startLine).toHtmlEscaped() + u'"';
        if (tag == u"table" && !view.sliced(nameEnd, sp.attribute - nameEnd).contains(u"class=") &&
            !rest.contains(u"class="))
            out += u" class=\"md-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\""_s;
        if (m_context.sourcePositions) {
            out += u" data-sourcepos=\""_s;
            out += QString::number(startLine);
            out += u':';
            out += sp.startColumn;
            out += u'-';
            out += QString::number(endLine);
            out += u':';
            out += sp.endColumn;
            out += u'"';
        }
        out += u'>';
        if (m_context.anchors && anchored.contains(tag) &&
            !view.sliced(copied).startsWith(u"<a name=\"sl-"))
            out += u"<a name=\""_s + SpecHtmlRenderer::sourceAnchorName(startLine) + u"\"></a>"_s;
        lt = gt;
    }
    out += view.sliced(copied);
    return out;
}

// Task list boxes: QTextBrowser has no form controls; a ballot box reads the same. A list of
// only tasks shows no bullets (GitHub's look); QTextBrowser's list style is per list, so a
// list that mixes tasks and plain items keeps its bullets.
void HtmlPostProcessor::rewriteTaskLists(QString &html)
{
    if (!html.contains(u"<input type=\"checkbox\""_s))
        return;
    html.replace(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_s,
                 u"<span class=\"task task-done\">&#9745;</span>"_s);
    html.replace(u"<input type=\"checkbox\" disabled=\"\" />"_s,
                 u"<span class=\"task\">&#9744;</span>"_s);
    static const QRegularExpression tagRe(uR"re(<(/?)(ul|ol|li)\b[^<>]*>)re"_s);
    // After <li ...>: optional <a name="sl-N"></a> and <p ...> (loose lists), then the box.
    static const QRegularExpression taskAfterItem(
        uR"re(\G(?:<a name="sl-\d+"></a>|<p[^<>]*>|\s)*<span class="task)re"_s);
    struct OpenList
    {
        qsizetype tagEnd = 0; // where the attribute goes: before '>' of <ul ...>
        int items = 0;
        int tasks = 0;
        bool unordered = false;
    };
    QList<OpenList> stack;
    QList<qsizetype> taskLists;
    auto it = tagRe.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool closing = m.capturedLength(1) > 0;
        const QStringView name = m.capturedView(2);
        if (name == u"li") {
            if (!closing && !stack.isEmpty()) {
                ++stack.last().items;
                if (taskAfterItem.matchView(html, m.capturedEnd()).hasMatch())
                    ++stack.last().tasks;
            }
            continue;
        }
        if (!closing) {
            stack.append({m.capturedEnd() - 1, 0, 0, name == u"ul"});
            continue;
        }
        if (stack.isEmpty())
            continue;
        const OpenList list = stack.takeLast();
        if (list.unordered && list.items > 0 && list.items == list.tasks)
            taskLists.append(list.tagEnd);
    }
    std::sort(taskLists.begin(), taskLists.end(), std::greater<>());
    for (const qsizetype at : std::as_const(taskLists))
        html.insert(at, u" class=\"task-list\" style=\"list-style-type: none;\""_s);
}

// <details><summary>S</summary>body</details> as a box with the summary as its title: the
// preview has no disclosure widget, so the body is shown open, as GitHub shows it opened.
void HtmlPostProcessor::rewriteDetails(QString &html)
{
    if (!html.contains(u"<details"_s))
        return;
    static const QRegularExpression open(uR"re(<details(?:\s[^<>]*)?>)re"_s);
    static const QRegularExpression summaryOpen(uR"re(<summary(?:\s[^<>]*)?>)re"_s);
    html.replace(open, u"<table class=\"details\" width=\"100%\" cellspacing=\"0\" "
                       "cellpadding=\"8\"><tr><td class=\"details-body\">"_s);
    html.replace(summaryOpen, u"<p class=\"details-summary\">&#9662;&nbsp;"_s);
    html.replace(u"</summary>"_s, u"</p>"_s);
    html.replace(u"</details>"_s, u"</td></tr></table>"_s);
}

// Footnote tags with examples/<tag>.md beside the spec link to their eval prompts: one scan
// over the definitions' anchors (a search from the start per tag made big specs quadratic).
void HtmlPostProcessor::addEvalPromptLinks(QString &html) const
{
    if (!m_context.document || !m_context.documentStructure || !m_context.lookup ||
        !m_context.lookup->hasPromptLinkTags())
        return;
    const SpecDocument &doc = *m_context.document;
    static constexpr QStringView open = u"<a name=\"fn-";
    static constexpr QStringView close = u"\"></a>";
    const QStringView view(html);
    QString out;
    qsizetype copied = 0;
    QSet<QString> done;
    for (qsizetype at = view.indexOf(open); at >= 0; at = view.indexOf(open, at + open.size())) {
        const qsizetype tagStart = at + open.size();
        const qsizetype tagEnd = view.indexOf(u'"', tagStart);
        if (tagEnd < 0)
            break;
        if (!view.sliced(tagEnd).startsWith(close))
            continue;
        const FootnoteTag *f =
            m_context.lookup->promptLinkTag(view.sliced(tagStart, tagEnd - tagStart));
        if (!f || done.contains(f->tag))
            continue;
        done.insert(f->tag);
        // The anchor is followed by the definition's first <p ...><a name="sl-N"></a>.
        const qsizetype paragraph = view.indexOf(u"<p", tagEnd + close.size());
        if (paragraph < 0)
            continue;
        qsizetype insertAt = view.indexOf(u"</a>", paragraph);
        if (insertAt < 0)
            continue;
        insertAt += 4;
        QString label = tr("eval prompts");
        if (m_context.workspace) {
            const int count = int(m_context.workspace->evalExamples(f->tag, doc.filePath()).size());
            label = count == 1 ? tr("1 eval prompt") : tr("%1 eval prompts").arg(count);
        }
        const QDir dir = QFileInfo(doc.filePath()).absoluteDir();
        out += view.sliced(copied, insertAt - copied);
        copied = insertAt;
        out += u"<a class=\"eval-prompts\" href=\""_s +
               dir.relativeFilePath(f->examplesFile).toHtmlEscaped() + u"\">"_s +
               label.toHtmlEscaped() + u"</a> "_s;
    }
    if (copied == 0)
        return;
    out += view.sliced(copied);
    html = std::move(out);
}

} // namespace Specwright
