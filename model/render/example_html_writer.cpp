#include "example_html_writer.h"

#include "example_parser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

QString labelClass(AnswerLabel label)
{
    switch (label) {
    case AnswerLabel::Good:
        return QStringLiteral("good");
    case AnswerLabel::Bad:
        return QStringLiteral("bad");
    case AnswerLabel::Ok:
        return QStringLiteral("ok");
    case AnswerLabel::None:
        break;
    }
    return QStringLiteral("none");
}

QString roleClass(const QString &role)
{
    static const QStringList known = {QStringLiteral("system"), QStringLiteral("developer"),
                                      QStringLiteral("user"), QStringLiteral("assistant"),
                                      QStringLiteral("tool")};
    return known.contains(role) ? role : QStringLiteral("other");
}

} // namespace

ExampleHtmlWriter::ExampleHtmlWriter(const SpecHtmlRenderer::Options &options,
                                     MarkdownToHtml markdown, SectionTitle sectionTitle)
    : m_options(options)
    , m_markdown(std::move(markdown))
    , m_sectionTitle(std::move(sectionTitle))
{
}

QString ExampleHtmlWriter::anchor(int line) const
{
    if (!m_options.sourceAnchors || line <= 0)
        return {};
    return u"<a name=\""_s + SpecHtmlRenderer::sourceAnchorName(line) + u"\"></a>"_s;
}

QString ExampleHtmlWriter::badge(AnswerLabel label)
{
    QString text;
    switch (label) {
    case AnswerLabel::Good:
        text = tr("GOOD");
        break;
    case AnswerLabel::Bad:
        text = tr("BAD");
        break;
    case AnswerLabel::Ok:
        text = tr("OK");
        break;
    case AnswerLabel::None:
        return {};
    }
    return u"<span class=\"badge badge-"_s + labelClass(label) + u"\">&nbsp;"_s + text +
           u"&nbsp;</span>"_s;
}

QString ExampleHtmlWriter::roleName(const QString &role)
{
    if (role == u"system")
        return tr("System");
    if (role == u"developer")
        return tr("Developer");
    if (role == u"user")
        return tr("User");
    if (role == u"assistant")
        return tr("Assistant");
    if (role == u"tool")
        return tr("Tool");
    return role;
}

QString ExampleHtmlWriter::inlineMarkdown(const QString &markdown, int line) const
{
    // One paragraph of Markdown without its <p> wrapper and source anchor, so links show their
    // targets' titles; text without Markdown syntax is only escaped.
    static const QRegularExpression syntax(uR"([\[*_`<&\\])"_s);
    if (!markdown.contains(syntax))
        return markdown.toHtmlEscaped();
    QString html = m_markdown(markdown, line).trimmed();
    if (html.startsWith(u"<p"_s)) {
        const qsizetype open = html.indexOf(u'>');
        if (html.endsWith(u"</p>"_s) && open > 0)
            html = html.mid(open + 1, html.size() - open - 1 - 4);
    }
    static const QRegularExpression anchor(uR"(^<a name="sl-\d+"></a>)"_s);
    return html.remove(anchor);
}

QString ExampleHtmlWriter::example(const Example &example) const
{
    const int first = example.range.startLine;
    QString html;
    html += u"<table class=\"example\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\""_s +
            u" data-sourcepos=\""_s + QString::number(first) + u":1-"_s +
            QString::number(example.range.endLine) + u":1\">\n"_s;
    html += u"<tr><td class=\"example-title\" colspan=\"2\">"_s + anchor(first) +
            u"<span class=\"example-label\">"_s + tr("Example") + u"</span>"_s;
    if (example.kind == ExampleKind::InputOutput)
        html += u"&nbsp; "_s + example.title.toHtmlEscaped();
    else if (!example.titleMarkdown.isEmpty())
        html += u"&nbsp; "_s + inlineMarkdown(example.titleMarkdown, first);
    else if (!example.title.isEmpty())
        html += u"&nbsp; "_s + example.title.toHtmlEscaped();
    html += u"</td></tr>\n"_s;
    for (const QString &problem : example.problems) {
        html += u"<tr><td class=\"example-problem\" colspan=\"2\">&#9888; "_s +
                problem.toHtmlEscaped() + u"</td></tr>\n"_s;
    }
    if (example.kind == ExampleKind::InputOutput)
        return html + inputOutputRows(example) + u"</table>\n"_s;
    const QList<ExampleTurn> &turns = example.turns;
    auto blocksBefore = [&](int turn) {
        QString out;
        for (const ExampleBlock &b : example.blocks)
            if (b.beforeTurn == turn)
                out += u"<tr><td class=\"role role-other\" width=\"96\" valign=\"top\">"_s +
                       anchor(b.startLine) + u"</td><td class=\"turn\" valign=\"top\">"_s +
                       blockHtml(b.kind, b.attributes, b.text) + u"</td></tr>\n"_s;
        return out;
    };
    for (int i = 0; i < turns.size();) {
        const ExampleTurn &turn = turns.at(i);
        html += blocksBefore(i);
        if (turn.elidedBefore)
            html += elisionRow();
        if (!turn.inComparison) {
            html += turnRow(turn);
            ++i;
            continue;
        }
        QList<ExampleTurn> group;
        while (i < turns.size() && turns.at(i).inComparison &&
               turns.at(i).comparisonIndex == turn.comparisonIndex)
            group.append(turns.at(i++));
        html += comparisonRow(group);
    }
    html += blocksBefore(int(turns.size()));
    if (example.trailingElision)
        html += elisionRow();
    html += u"</table>\n"_s;
    return html;
}

QString ExampleHtmlWriter::elisionRow() const
{
    return u"<tr><td class=\"role role-other\" width=\"96\"></td><td class=\"elision\" title=\""_s +
           tr("Part of the conversation is left out here").toHtmlEscaped() +
           u"\">[&#8230;]</td></tr>\n"_s;
}

QString ExampleHtmlWriter::inputOutputRows(const Example &example) const
{
    // "→" stands for a tab in CommonMark's examples; keep it visible as the spec shows it.
    auto pre = [](const QString &text) {
        return u"<pre class=\"code\"><code>"_s + text.toHtmlEscaped() + u"</code></pre>"_s;
    };
    return u"<tr><td class=\"role role-user\" width=\"96\" valign=\"top\">"_s + tr("Input") +
           u"</td><td class=\"turn\" valign=\"top\">"_s + pre(example.input) +
           u"</td></tr>\n<tr><td class=\"role role-assistant\" width=\"96\" valign=\"top\">"_s +
           tr("Expected") + u"</td><td class=\"turn\" valign=\"top\">"_s +
           pre(example.expectedOutput) + u"</td></tr>\n"_s;
}

QString ExampleHtmlWriter::blockHtml(ExampleBlock::Kind kind, const QList<Attribute> &attributes,
                                     const QString &text) const
{
    // Untrusted data is shown as the literal text it is (escaped, never as HTML or Markdown)
    // inside a visible boundary; settings likewise, as a labelled box.
    const bool untrusted = kind == ExampleBlock::Kind::Untrusted;
    QString label = untrusted ? tr("Untrusted content (no authority)") : tr("Settings");
    for (const Attribute &a : attributes)
        label += u"  "_s + a.key + u'=' + a.value;
    QString body;
    for (const QString &paragraph : text.split(u"\n\n"_s)) {
        if (paragraph.trimmed().isEmpty())
            continue;
        body += u"<p>"_s + paragraph.toHtmlEscaped().replace(u'\n', u"<br/>"_s) + u"</p>"_s;
    }
    const QString cls = untrusted ? u"untrusted"_s : u"settings"_s;
    return u"<table class=\""_s + cls +
           u"\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\"><tr><td class=\""_s +
           cls + u"-label\">"_s + (untrusted ? u"&#9888; "_s : QString()) + label.toHtmlEscaped() +
           u"</td></tr><tr><td class=\""_s + cls + u"-body\">"_s + body + u"</td></tr></table>"_s;
}

QString ExampleHtmlWriter::turnBody(const ExampleTurn &turn) const
{
    if (turn.blocks.isEmpty())
        return turnMarkdown(turn.text, turn.startLine + 1);
    QString html;
    for (const ExampleParser::Segment &segment : ExampleParser::segments(turn.text)) {
        html += segment.isBlock ? blockHtml(segment.kind, segment.attributes, segment.text)
                                : turnMarkdown(segment.text, turn.startLine + 1);
    }
    return html;
}

QString ExampleHtmlWriter::turnMarkdown(const QString &markdown, int firstLine) const
{
    return m_turnMarkdown ? m_turnMarkdown(markdown, firstLine) : m_markdown(markdown, firstLine);
}

QString ExampleHtmlWriter::roleCell(const ExampleTurn &turn, int rowSpan) const
{
    QString name = roleName(turn.role);
    for (const Attribute &a : turn.attributes) {
        if (a.key == u"name")
            name += u"<br/><span class=\"tool-name\">"_s + a.value.toHtmlEscaped() + u"</span>"_s;
        else if (a.key == u"recipient")
            name += u"<br/><span class=\"turn-attr\">&#8594;&nbsp;"_s + a.value.toHtmlEscaped() +
                    u"</span>"_s;
        else
            name += u"<br/><span class=\"turn-attr\">"_s + a.key.toHtmlEscaped() + u'=' +
                    a.value.toHtmlEscaped() + u"</span>"_s;
    }
    QString span;
    if (rowSpan > 1)
        span = u" rowspan=\""_s + QString::number(rowSpan) + u'"';
    return u"<td class=\"role role-"_s + roleClass(turn.role) +
           u"\" width=\"96\" valign=\"top\""_s + span + u">"_s + anchor(turn.startLine) + name +
           u"</td>"_s;
}

QString ExampleHtmlWriter::labelLine(const ExampleTurn &turn) const
{
    if (turn.label == AnswerLabel::None)
        return {};
    QString html = u"<p class=\"label-line\">"_s + badge(turn.label);
    if (!turn.rationaleMarkdown.isEmpty())
        html += u" <span class=\"rationale\">"_s +
                inlineMarkdown(turn.rationaleMarkdown, turn.startLine) + u"</span>"_s;
    else if (!turn.rationale.isEmpty())
        html += u" <span class=\"rationale\">"_s + turn.rationale.toHtmlEscaped() + u"</span>"_s;
    if (!turn.violatedSection.isEmpty()) {
        const QString title = m_sectionTitle ? m_sectionTitle(turn.violatedSection) : QString();
        html += u" <span class=\"violates\">"_s + tr("violates") + u" <a href=\"#"_s +
                turn.violatedSection.toHtmlEscaped() + u"\">"_s +
                (title.isEmpty() ? turn.violatedSection : title).toHtmlEscaped() + u"</a></span>"_s;
    }
    return html + u"</p>"_s;
}

QString ExampleHtmlWriter::turnRow(const ExampleTurn &turn) const
{
    const QString cls =
        u"turn turn-"_s + roleClass(turn.role) +
        (turn.label != AnswerLabel::None ? u" alt-"_s + labelClass(turn.label) : QString());
    return u"<tr>"_s + roleCell(turn) + u"<td class=\""_s + cls + u"\" valign=\"top\">"_s +
           labelLine(turn) + turnBody(turn) + u"</td></tr>\n"_s;
}

QString ExampleHtmlWriter::comparisonRow(const QList<ExampleTurn> &alternatives) const
{
    using Layout = SpecHtmlRenderer::ComparisonLayout;
    const Layout layout = m_options.comparisonLayout;
    const bool sideBySide =
        layout == Layout::SideBySide ||
        (layout == Layout::Auto && alternatives.size() >= 2 && alternatives.size() <= 3);
    if (!sideBySide) {
        QString html;
        for (const ExampleTurn &turn : alternatives)
            html += turnRow(turn);
        return html;
    }
    // One row: the role once, then a nested table with a column per alternative.
    const int width = 100 / int(std::max<qsizetype>(1, alternatives.size()));
    QString html =
        u"<tr>"_s + roleCell(alternatives.first()) +
        u"<td class=\"comparison-cell\" valign=\"top\">"_s +
        u"<table class=\"comparison\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"_s;
    for (int i = 0; i < alternatives.size(); ++i) {
        const ExampleTurn &turn = alternatives.at(i);
        if (i > 0)
            html += u"<td class=\"comparison-gap\" width=\"6\"></td>"_s;
        html += u"<td class=\"alt alt-"_s + labelClass(turn.label) + u"\" width=\""_s +
                QString::number(width) + u"%\" valign=\"top\">"_s + anchor(turn.startLine) +
                labelLine(turn) + turnBody(turn) + u"</td>"_s;
    }
    html += u"</tr></table></td></tr>\n"_s;
    return html;
}

QString ExampleHtmlWriter::admonition(const Admonition &admonition, const QString &body,
                                      int bodyFirstLine) const
{
    QString title = admonition.title;
    if (title.isEmpty() && !admonition.type.isEmpty())
        title = admonition.type.left(1).toUpper() + admonition.type.mid(1);
    QString html = u"<table class=\"admonition admonition-"_s + admonition.type.toHtmlEscaped() +
                   u"\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" data-sourcepos=\""_s +
                   QString::number(admonition.startLine) + u":1-"_s +
                   QString::number(admonition.endLine) +
                   u":1\"><tr><td class=\"admonition-bar\" width=\"4\"></td>"_s +
                   u"<td class=\"admonition-body\">"_s + anchor(admonition.startLine) +
                   u"<p class=\"admonition-title\">"_s + title.toHtmlEscaped() + u"</p>\n"_s;
    html += m_markdown(body, bodyFirstLine);
    html += u"</td></tr></table>\n"_s;
    return html;
}

} // namespace Specwright
