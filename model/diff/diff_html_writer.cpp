#include "diff_html_writer.h"

#include "diff_body_renderer.h"
#include "diff_summary.h"
#include "spec_html_renderer.h"
#include "statement_diff.h"

#include <QRegularExpression>

namespace Specwright {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

SpecHtmlRenderer::Theme rendererTheme(bool dark)
{
    return dark ? SpecHtmlRenderer::Theme::Dark : SpecHtmlRenderer::Theme::Light;
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

QString badge(const QString &cls, const QString &text)
{
    return QStringLiteral("<span class=\"badge ") + cls + QStringLiteral("\">&#160;") + esc(text) +
           QStringLiteral("&#160;</span>");
}

QString headingHtml(const SectionChange &s, int index, bool withAnchor)
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
    case SectionStatus::FormattingOnly:
        badges += badge(QStringLiteral("b-same"), DiffHtmlWriter::tr("formatting only"));
        break;
    default:
        break;
    }
    if (const AttributeChange *a = s.attributeChange(QStringLiteral("authority")))
        badges +=
            u' ' +
            badge(QStringLiteral("b-auth"),
                  DiffHtmlWriter::tr("authority: %1 \u2192 %2")
                      .arg(a->oldValue.isEmpty() ? DiffHtmlWriter::tr("(none)") : a->oldValue,
                           a->newValue.isEmpty() ? DiffHtmlWriter::tr("(none)") : a->newValue));
    if (s.moved)
        badges += u' ' + badge(QStringLiteral("b-move"), DiffHtmlWriter::tr("moved"));
    if (s.renamed && s.oldId != s.newId && s.oldIndex >= 0 && s.newIndex >= 0)
        badges += u' ' + badge(QStringLiteral("b-move"),
                               DiffHtmlWriter::tr("id %1 \u2192 %2").arg(s.oldId, s.newId));
    else if (s.renamed)
        badges += u' ' + badge(QStringLiteral("b-move"), DiffHtmlWriter::tr("renamed"));
    badges = badges.trimmed();
    if (!badges.isEmpty())
        title += u' ' + badges;
    if (!withAnchor)
        return QStringLiteral("<h%1>%2</h%1>\n").arg(QString::number(level), title);
    return QStringLiteral("<a name=\"%1\"></a><h%2 id=\"%1\">%3</h%2>\n")
        .arg(DiffHtmlWriter::anchor(index), QString::number(level), title);
}

QString page(const QString &title, bool dark, const QString &body)
{
    // Written as XHTML (closed tags, numeric entities) so XML tools can read the page too.
    QString html = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                                  "<head><meta charset=\"utf-8\" /><title>") +
                   esc(title) + QStringLiteral("</title>\n<style>\n") +
                   SpecHtmlRenderer::styleSheet(rendererTheme(dark)) +
                   DiffHtmlWriter::styleSheet(dark) + QStringLiteral("</style></head>\n<body>\n") +
                   body + QStringLiteral("</body></html>\n");
    html.replace(QStringLiteral("&nbsp;"), QStringLiteral("&#160;"));
    // Authors' own void tags (a spec's raw <br>) closed the XHTML way.
    static const QRegularExpression voidTag(QStringLiteral("<(br|hr)(\\s[^<>]*?)?\\s*(?<!/)>"));
    html.replace(voidTag, QStringLiteral("<\\1\\2 />"));
    return html;
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
               ".b-auth { background-color: %8; font-weight: bold; }\n"
               ".b-same { color: gray; }\n"
               "table.diff-summary { border-collapse: collapse; margin-bottom: 1em; }\n"
               "table.diff-summary td, table.diff-summary th { border: 1px solid %10; "
               "text-align: left; vertical-align: top; }\n"
               "ul.change-notes { background-color: %9; }\n"
               ".obligation-strengthened, .obligation-added { color: %5; }\n"
               ".obligation-weakened, .obligation-removed, .obligation-negated { color: %3; }\n"
               ".label-was { font-size: small; }\n"
               "details.unchanged > summary { color: gray; cursor: pointer; }\n"
               "p.collapsed { font-size: small; }\n"
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

QString DiffHtmlWriter::summaryHtml(const DiffResult &result)
{
    const DiffSummary summary = DiffSummary::of(result);
    if (!summary.hasChanges())
        return QStringLiteral("<p class=\"no-changes\">") + esc(tr("No changes")) +
               QStringLiteral("</p>\n");
    QString html = QStringLiteral("<table class=\"diff-summary\" cellspacing=\"0\" "
                                  "cellpadding=\"4\">\n<tr><th>") +
                   esc(tr("Change")) + QStringLiteral("</th><th>") + esc(tr("Sections")) +
                   QStringLiteral("</th></tr>\n");
    constexpr int maxLinks = 12;
    for (const DiffSummary::Entry &e : summary.entries()) {
        if (e.count == 0)
            continue;
        QStringList links;
        for (int i = 0; i < e.sections.size() && i < maxLinks; ++i) {
            const SectionChange &s = result.sections[e.sections[i]];
            links.append(QStringLiteral("<a href=\"#%1\">%2</a>")
                             .arg(anchor(e.sections[i]), esc(s.title())));
        }
        if (e.sections.size() > maxLinks)
            links.append(esc(tr("and %1 more").arg(int(e.sections.size()) - maxLinks)));
        html += QStringLiteral("<tr class=\"summary-%1\"><td>%2</td><td>%3</td></tr>\n")
                    .arg(DiffSummary::key(e.item), esc(DiffSummary::label(e.item, e.count)),
                         links.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</table>\n");
}

QString DiffHtmlWriter::notesHtml(const SectionChange &s)
{
    QStringList notes;
    for (const AttributeChange &a : s.attributes)
        notes.append(QStringLiteral("<span class=\"attr-change\">") + esc(a.key) +
                     QStringLiteral(": <s class=\"del\">") +
                     esc(a.oldValue.isEmpty() ? tr("(none)") : a.oldValue) +
                     QStringLiteral("</s> \u2192 <u class=\"ins\">") +
                     esc(a.newValue.isEmpty() ? tr("(none)") : a.newValue) +
                     QStringLiteral("</u></span>"));
    auto parentName = [](const QString &title) {
        return title.isEmpty() ? tr("the top level") : u'\u201c' + title + u'\u201d';
    };
    if (s.moved)
        notes.append(esc(tr("moved from %1 to %2")
                             .arg(parentName(s.oldParentTitle), parentName(s.newParentTitle))));
    if (s.reordered && !s.moved)
        notes.append(esc(tr("placed elsewhere among its siblings")));
    if (s.levelChanged)
        notes.append(esc(tr("heading level %1 \u2192 %2 (same place in the outline)")
                             .arg(s.oldLevel)
                             .arg(s.level)));
    if (s.formattingOnly)
        notes.append(esc(tr("formatting only: reflow, emphasis markers or whitespace")));
    for (const StatementChange &st : s.statements) {
        const QString kind = StatementDiff::kindName(st.kind);
        QString text;
        switch (st.kind) {
        case StatementChange::Added:
            text = tr("obligation added: %1").arg(st.newText);
            break;
        case StatementChange::Removed:
            text = tr("obligation removed: %1").arg(st.oldText);
            break;
        case StatementChange::Strengthened:
            text =
                tr("strengthened %1 \u2192 %2: %3").arg(st.oldKeyword, st.newKeyword, st.newText);
            break;
        case StatementChange::Weakened:
            text = tr("weakened %1 \u2192 %2: %3").arg(st.oldKeyword, st.newKeyword, st.newText);
            break;
        case StatementChange::Negated:
            text = tr("negated %1 \u2192 %2: %3").arg(st.oldKeyword, st.newKeyword, st.newText);
            break;
        case StatementChange::Reworded:
            text = tr("reworded, same force (%1): %2").arg(st.newKeyword, st.newText);
            break;
        }
        notes.append(QStringLiteral("<span class=\"obligation obligation-") + kind +
                     QStringLiteral("\">") + esc(text) + QStringLiteral("</span>"));
    }
    for (const ExampleChange &e : s.examples) {
        QString what;
        switch (e.kind) {
        case ExampleChange::Added:
            what = tr("example added: %1");
            break;
        case ExampleChange::Removed:
            what = tr("example removed: %1");
            break;
        case ExampleChange::LabelFlipped:
            what = tr("example label flipped: %1");
            break;
        case ExampleChange::RationaleChanged:
            what = tr("example rationale changed: %1");
            break;
        case ExampleChange::AnswerAdded:
            what = tr("example answer added: %1");
            break;
        case ExampleChange::AnswerRemoved:
            what = tr("example answer removed: %1");
            break;
        case ExampleChange::Modified:
            what = tr("example edited: %1");
            break;
        }
        notes.append(esc(what.arg(e.title)) + (e.detail.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral(" (") + esc(e.detail) + u')'));
    }
    if (notes.isEmpty())
        return {};
    return QStringLiteral("<ul class=\"change-notes\"><li>") +
           notes.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>\n");
}

QString DiffHtmlWriter::rendered(const DiffResult &result, const Options &options)
{
    SpecHtmlRenderer::Options renderOptions;
    renderOptions.theme = rendererTheme(options.dark);
    renderOptions.embedStyleSheet = false;
    renderOptions.sourceAnchors = false;
    const SpecHtmlRenderer renderer(renderOptions);
    const DiffBodyRenderer bodies(renderer, result);
    QString body;
    if (!options.title.isEmpty())
        body += QStringLiteral("<h1 class=\"diff-title\">") + esc(options.title) +
                QStringLiteral("</h1>\n");
    body += summaryHtml(result);
    for (int i = 0; i < result.sections.size(); ++i) {
        const SectionChange &s = result.sections[i];
        if (options.changedSectionsOnly && !s.isChange())
            continue;
        const bool collapsed = !s.isMeaningfulChange() && !options.expanded.contains(i);
        if (collapsed && options.detailsElements) {
            body += QStringLiteral("<details class=\"unchanged\"><summary>") +
                    QStringLiteral("<a name=\"%1\" id=\"%1\"></a>").arg(anchor(i)) +
                    esc(s.title()) + QStringLiteral(" <span class=\"badge b-same\">") +
                    esc(s.status == SectionStatus::FormattingOnly ? tr("formatting only")
                                                                  : tr("unchanged")) +
                    QStringLiteral("</span></summary>\n") + headingHtml(s, i, false) +
                    notesHtml(s) + bodies.body(s) + QStringLiteral("</details>\n");
            continue;
        }
        body += headingHtml(s, i, true);
        if (collapsed) {
            body += QStringLiteral("<p class=\"collapsed\"><a href=\"%1:%2\">%3</a></p>\n")
                        .arg(expandScheme())
                        .arg(i)
                        .arg(esc(tr("Show the unchanged text")));
            continue;
        }
        body += notesHtml(s);
        QString html = bodies.body(s);
        for (const BlockChange &b : s.blocks)
            if (b.kind == BlockChange::Modified)
                html = markChangedLinks(html, b.oldText, b.newText);
        body += html;
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
