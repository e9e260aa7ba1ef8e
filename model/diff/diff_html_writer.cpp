#include "diff_html_writer.h"

#include "html_sanitizer.h"
#include "markdown_tree.h"
#include "spec_html_renderer.h"

#include <QRegularExpression>

namespace Specwright {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString markdownHtml(const QString &markdown)
{
    MarkdownTree tree(markdown.toUtf8());
    return HtmlSanitizer::sanitize(QString::fromUtf8(tree.toHtml(false, true)));
}

SpecHtmlRenderer::Theme rendererTheme(bool dark)
{
    return dark ? SpecHtmlRenderer::Theme::Dark : SpecHtmlRenderer::Theme::Light;
}

// Unchanged, added and removed example fences and commentary blocks look as in the preview
// (a conversation with answer badges, a styled aside); other blocks keep plain Markdown HTML
// so the word marks of modified blocks survive.
QString blockHtml(const SpecHtmlRenderer &renderer, BlockKind kind, const QString &markdown)
{
    if (kind == BlockKind::CodeFence || kind == BlockKind::Admonition)
        return renderer.render(*SpecDocument::parse(markdown));
    return markdownHtml(markdown);
}

bool isCode(BlockKind kind)
{
    return kind == BlockKind::CodeFence || kind == BlockKind::IndentedCode ||
           kind == BlockKind::HtmlBlock;
}

QStringList linkTargets(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)"));
    QStringList out;
    for (auto it = link.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

// Marks links whose target changed with a tooltip naming the old target.
QString markChangedLinks(QString html, const QString &oldText, const QString &newText)
{
    const QStringList before = linkTargets(oldText);
    const QStringList after = linkTargets(newText);
    if (before == after || before.size() != after.size())
        return html;
    for (int i = 0; i < after.size(); ++i) {
        if (before[i] == after[i])
            continue;
        const QString href = QStringLiteral("href=\"") + esc(after[i]) + u'"';
        html.replace(
            href, href + QStringLiteral(" class=\"link-changed\" title=\"") +
                      esc(DiffHtmlWriter::tr("Link target changed; was %1").arg(before[i])) + u'"');
    }
    return html;
}

// Markdown of a modified prose block with the changed words wrapped in tags. Deleted text is
// escaped so it cannot open Markdown syntax of its own; changes inside a link destination are
// not marked (the link keeps its new target and gets a tooltip instead).
QString markedMarkdown(const QList<DiffSegment> &segments, const QString &newText)
{
    static const QRegularExpression destination(QStringLiteral("\\]\\([^)]*\\)"));
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (auto it = destination.globalMatch(newText); it.hasNext();) {
        const auto m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    auto inDestination = [&spans](qsizetype pos) {
        for (const auto &[from, to] : spans)
            if (pos > from && pos < to)
                return true;
        return false;
    };
    QString md;
    qsizetype pos = 0; // position in newText
    for (const DiffSegment &s : segments) {
        if (s.kind == DiffSegment::Equal) {
            md += s.text;
            pos += s.text.size();
            continue;
        }
        if (inDestination(pos) ||
            (s.kind == DiffSegment::Inserted && inDestination(pos + s.text.size() - 1))) {
            if (s.kind == DiffSegment::Inserted) {
                md += s.text;
                pos += s.text.size();
            }
            continue;
        }
        const bool del = s.kind == DiffSegment::Deleted;
        if (!del)
            pos += s.text.size();
        const QString cls = del ? QStringLiteral("del") : QStringLiteral("ins");
        const QString tag = del ? QStringLiteral("s") : QStringLiteral("u");
        // Surrounding whitespace stays outside the tags so emphasis flanking still works.
        qsizetype lead = 0;
        while (lead < s.text.size() && s.text[lead].isSpace())
            ++lead;
        const QString core = s.text.trimmed();
        if (core.isEmpty()) {
            md += del ? QString() : s.text;
            continue;
        }
        md += s.text.left(lead) + u'<' + tag + QStringLiteral(" class=\"") + cls +
              QStringLiteral("\">") + (del ? esc(core) : core) + QStringLiteral("</") + tag + u'>' +
              s.text.mid(lead + core.size());
    }
    return md;
}

QString badge(const QString &cls, const QString &text)
{
    return QStringLiteral("<span class=\"badge ") + cls + QStringLiteral("\">&nbsp;") + esc(text) +
           QStringLiteral("&nbsp;</span>");
}

QString headingHtml(const SectionChange &s, int index)
{
    const int level = qBound(1, s.level, 6);
    QString title;
    if (s.status == SectionStatus::Removed)
        title = QStringLiteral("<s class=\"del\">") + esc(s.oldTitle) + QStringLiteral("</s>");
    else if (s.status == SectionStatus::Added)
        title = QStringLiteral("<u class=\"ins\">") + esc(s.newTitle) + QStringLiteral("</u>");
    else if (s.oldTitle != s.newTitle && s.oldIndex >= 0)
        title = QStringLiteral("<s class=\"del\">") + esc(s.oldTitle) +
                QStringLiteral("</s> <u class=\"ins\">") + esc(s.newTitle) + QStringLiteral("</u>");
    else
        title = esc(s.title());
    QString badges;
    switch (s.status) {
    case SectionStatus::Added:
        badges += badge(QStringLiteral("b-ins"), DiffHtmlWriter::tr("added"));
        break;
    case SectionStatus::Removed:
        badges += badge(QStringLiteral("b-del"), DiffHtmlWriter::tr("removed"));
        break;
    case SectionStatus::Modified:
        badges += badge(QStringLiteral("b-mod"), DiffHtmlWriter::tr("modified"));
        break;
    default:
        break;
    }
    if (s.moved)
        badges += u' ' + badge(QStringLiteral("b-move"), DiffHtmlWriter::tr("moved"));
    if (s.renamed && s.oldId != s.newId && s.oldIndex >= 0 && s.newIndex >= 0)
        badges += u' ' + badge(QStringLiteral("b-move"),
                               DiffHtmlWriter::tr("id %1 \u2192 %2").arg(s.oldId, s.newId));
    else if (s.renamed)
        badges += u' ' + badge(QStringLiteral("b-move"), DiffHtmlWriter::tr("renamed"));
    return QStringLiteral("<a name=\"%1\"></a><h%2 id=\"%1\">%3 %4</h%2>\n")
        .arg(DiffHtmlWriter::anchor(index), QString::number(level), title, badges);
}

QString page(const QString &title, bool dark, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
           esc(title) + QStringLiteral("</title>\n<style>\n") +
           SpecHtmlRenderer::styleSheet(rendererTheme(dark)) + DiffHtmlWriter::styleSheet(dark) +
           QStringLiteral("</style></head>\n<body>\n") + body + QStringLiteral("</body></html>\n");
}

} // namespace

QString DiffHtmlWriter::anchor(int entryIndex)
{
    return QStringLiteral("sec-%1").arg(entryIndex);
}

QString DiffHtmlWriter::styleSheet(bool dark)
{
    const QString fg = dark ? QStringLiteral("#e6e6e6") : QStringLiteral("#1f1f1f");
    const QString bg = dark ? QStringLiteral("#1e1f22") : QStringLiteral("#ffffff");
    const QString delFg = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b71c1c");
    const QString delBg = dark ? QStringLiteral("#4a1f1f") : QStringLiteral("#fde2e2");
    const QString insFg = dark ? QStringLiteral("#a5d6a7") : QStringLiteral("#1b5e20");
    const QString insBg = dark ? QStringLiteral("#1f3d24") : QStringLiteral("#dcf5dc");
    const QString modBg = dark ? QStringLiteral("#4a3f1a") : QStringLiteral("#fff1c2");
    const QString moveBg = dark ? QStringLiteral("#1f3550") : QStringLiteral("#dbe9fb");
    const QString codeBg = dark ? QStringLiteral("#2b2d31") : QStringLiteral("#f4f4f4");
    const QString rule = dark ? QStringLiteral("#44474d") : QStringLiteral("#d0d0d0");
    return QStringLiteral(
               "body { color: %1; background-color: %2; font-family: sans-serif; }\n"
               ".del { color: %3; background-color: %4; text-decoration: line-through; }\n"
               ".ins { color: %5; background-color: %6; text-decoration: none; }\n"
               ".del-block { color: %3; background-color: %4; text-decoration: line-through; }\n"
               ".ins-block { color: %5; background-color: %6; }\n"
               ".badge { font-size: small; font-weight: normal; }\n"
               ".b-del { color: %3; background-color: %4; }\n"
               ".b-ins { color: %5; background-color: %6; }\n"
               ".b-mod { background-color: %7; }\n"
               ".b-move { background-color: %8; }\n"
               ".link-changed { background-color: %7; }\n"
               "pre, code { background-color: %9; font-family: monospace; }\n"
               "table.sbs { border-collapse: collapse; width: 100%; }\n"
               "table.sbs td { vertical-align: top; font-family: monospace; white-space: pre-wrap; "
               "border-bottom: 1px solid %10; padding: 2px 4px; }\n"
               "table.sbs td.head { font-family: sans-serif; font-weight: bold; background-color: "
               "%9; }\n"
               "td.gone { background-color: %4; }\n"
               "td.new { background-color: %6; }\n")
        .arg(fg, bg, delFg, delBg, insFg, insBg, modBg, moveBg, codeBg)
        .arg(rule);
}

QString DiffHtmlWriter::segmentsHtml(const QList<DiffSegment> &segments, DiffSegment::Kind hide)
{
    QString html;
    for (const DiffSegment &s : segments) {
        if (s.kind == hide)
            continue;
        if (s.kind == DiffSegment::Equal)
            html += esc(s.text);
        else if (s.kind == DiffSegment::Deleted)
            html +=
                QStringLiteral("<span class=\"del\">") + esc(s.text) + QStringLiteral("</span>");
        else
            html +=
                QStringLiteral("<span class=\"ins\">") + esc(s.text) + QStringLiteral("</span>");
    }
    return html;
}

QString DiffHtmlWriter::rendered(const DiffResult &result, const Options &options)
{
    SpecHtmlRenderer::Options renderOptions;
    renderOptions.theme = rendererTheme(options.dark);
    renderOptions.embedStyleSheet = false;
    renderOptions.sourceAnchors = false;
    const SpecHtmlRenderer renderer(renderOptions);
    QString body;
    for (int i = 0; i < result.sections.size(); ++i) {
        const SectionChange &s = result.sections[i];
        if (options.changedSectionsOnly && !s.isChange())
            continue;
        body += headingHtml(s, i);
        for (int j = 0; j < s.blocks.size(); ++j) {
            const BlockChange &b = s.blocks[j];
            // An example's title and fence render together, as one conversation.
            const bool example = b.blockKind == BlockKind::ExampleTitle &&
                                 j + 1 < s.blocks.size() &&
                                 s.blocks[j + 1].blockKind == BlockKind::CodeFence &&
                                 s.blocks[j + 1].kind == b.kind && b.kind != BlockChange::Modified;
            const BlockChange *fence = example ? &s.blocks[++j] : nullptr;
            auto html = [&](bool old) {
                const QString &text = old ? b.oldText : b.newText;
                if (fence)
                    return renderer.render(*SpecDocument::parse(
                        text + u"\n\n" + (old ? fence->oldText : fence->newText)));
                return blockHtml(renderer, b.blockKind, text);
            };
            switch (b.kind) {
            case BlockChange::Equal:
                body += html(false);
                break;
            case BlockChange::Added:
                body += QStringLiteral("<div class=\"ins-block\">") + html(false) +
                        QStringLiteral("</div>\n");
                break;
            case BlockChange::Removed:
                body += QStringLiteral("<div class=\"del-block\">") + html(true) +
                        QStringLiteral("</div>\n");
                break;
            case BlockChange::Modified:
                if (isCode(b.blockKind))
                    body += QStringLiteral("<pre>") + segmentsHtml(b.words) +
                            QStringLiteral("</pre>\n");
                else
                    body += markChangedLinks(markdownHtml(markedMarkdown(b.words, b.newText)),
                                             b.oldText, b.newText);
                break;
            }
        }
        if (!s.examples.isEmpty()) {
            body += QStringLiteral("<ul class=\"examples\">");
            for (const ExampleChange &e : s.examples) {
                QString what;
                switch (e.kind) {
                case ExampleChange::Added:
                    what = tr("Example added: %1");
                    break;
                case ExampleChange::Removed:
                    what = tr("Example removed: %1");
                    break;
                case ExampleChange::AnswerChanged:
                    what = tr("Example answer changed: %1");
                    break;
                case ExampleChange::Modified:
                    what = tr("Example edited: %1");
                    break;
                }
                body +=
                    QStringLiteral("<li>") + esc(what.arg(e.title)) +
                    (e.detail.isEmpty() ? QString() : QStringLiteral(" (") + esc(e.detail) + u')') +
                    QStringLiteral("</li>");
            }
            body += QStringLiteral("</ul>\n");
        }
    }
    return page(options.title, options.dark, body);
}

QString DiffHtmlWriter::sideBySide(const DiffResult &result, const Options &options)
{
    QString body = QStringLiteral("<table class=\"sbs\" width=\"100%\" cellspacing=\"0\">\n");
    for (int i = 0; i < result.sections.size(); ++i) {
        const SectionChange &s = result.sections[i];
        if (options.changedSectionsOnly && !s.isChange())
            continue;
        const QString oldHead =
            s.oldIndex >= 0 ? QStringLiteral("%1 {#%2}").arg(s.oldTitle, s.oldId) : QString();
        const QString newHead =
            s.newIndex >= 0 ? QStringLiteral("%1 {#%2}").arg(s.newTitle, s.newId) : QString();
        body += QStringLiteral("<tr><td class=\"head\" width=\"50%\"><a name=\"%1\"></a>%2</td><td "
                               "class=\"head\" width=\"50%\">%3</td></tr>\n")
                    .arg(anchor(i), esc(oldHead), esc(newHead));
        for (const BlockChange &b : s.blocks) {
            QString left, right, lc, rc;
            switch (b.kind) {
            case BlockChange::Equal:
                left = esc(b.oldText);
                right = esc(b.newText);
                break;
            case BlockChange::Added:
                right = QStringLiteral("<span class=\"ins\">") + esc(b.newText) +
                        QStringLiteral("</span>");
                rc = QStringLiteral(" class=\"new\"");
                break;
            case BlockChange::Removed:
                left = QStringLiteral("<span class=\"del\">") + esc(b.oldText) +
                       QStringLiteral("</span>");
                lc = QStringLiteral(" class=\"gone\"");
                break;
            case BlockChange::Modified:
                left = segmentsHtml(b.words, DiffSegment::Inserted);
                right = segmentsHtml(b.words, DiffSegment::Deleted);
                break;
            }
            left.replace(u'\n', QStringLiteral("<br>"));
            right.replace(u'\n', QStringLiteral("<br>"));
            body +=
                QStringLiteral("<tr><td%1>%2</td><td%3>%4</td></tr>\n").arg(lc, left, rc, right);
        }
    }
    body += QStringLiteral("</table>\n");
    return page(options.title, options.dark, body);
}

} // namespace Specwright
