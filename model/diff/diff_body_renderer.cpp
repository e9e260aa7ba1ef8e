#include "diff_body_renderer.h"

#include "example_diff.h"
#include "example_html_writer.h"
#include "word_diff.h"

#include <QRegularExpression>
#include <QSet>

namespace Specwright {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

bool isProse(BlockKind kind)
{
    return kind == BlockKind::Paragraph || kind == BlockKind::ExampleTitle ||
           kind == BlockKind::FootnoteDefinition || kind == BlockKind::Table;
}

// The list marker, quote markers and indentation a block's first line starts with.
QString linePrefix(const QString &text)
{
    static const QRegularExpression prefix(
        QStringLiteral("^([ \\t]*(?:>[ \\t]?)*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?)"));
    return prefix.match(text).captured(1);
}

QString indentOf(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    return text.left(i);
}

// Footnote tags read as links to their note: a section body alone has no definitions, and
// cmark drops a definition nobody in the fragment refers to.
QString footnotesAsLinks(const QString &line)
{
    static const QRegularExpression definition(QStringLiteral("^(\\s*)\\[\\^([^\\]\\s]+)\\]:"));
    static const QRegularExpression reference(QStringLiteral("\\[\\^([^\\]\\s]+)\\]"));
    QString out = line;
    out.replace(definition, QStringLiteral("\\1<a name=\"fn-\\2\"></a><sup class=\"footnote-def\">"
                                           "\\2</sup>"));
    out.replace(reference, QStringLiteral("<sup class=\"footnote-ref\"><a href=\"#fn-\\1\">\\1</a>"
                                          "</sup>"));
    return out;
}

// Each paragraph of a Markdown text wrapped in a mark, so no tag spans a blank line.
QString wrapParagraphs(const QString &text, bool inserted)
{
    const QString open =
        inserted ? QStringLiteral("<u class=\"ins\">") : QStringLiteral("<s class=\"del\">");
    const QString close = inserted ? QStringLiteral("</u>") : QStringLiteral("</s>");
    QStringList parts = text.split(QStringLiteral("\n\n"));
    for (QString &p : parts) {
        const QString core = p.trimmed();
        if (!core.isEmpty())
            p = open + (inserted ? core : esc(core).replace(u'\n', u' ')) + close;
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

DiffBodyRenderer::DiffBodyRenderer(const SpecHtmlRenderer &renderer, const DiffResult &result)
    : m_renderer(renderer)
    , m_result(result)
{
}

QString DiffBodyRenderer::markedMarkdown(const QList<DiffSegment> &segments, const QString &newText)
{
    // Changes inside a link destination or a raw HTML tag are not marked (the link keeps its
    // new target, the tag stays a tag).
    static const QRegularExpression destination(QStringLiteral("\\]\\([^)]*\\)|<[^<>]*>"));
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
    // Inserted text holding a tag's bracket is left unmarked: a mark must not cut a tag.
    auto opensTag = [](const QString &text) { return text.contains(u'<') || text.contains(u'>'); };
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
        if (!del && opensTag(s.text)) {
            md += s.text;
            continue;
        }
        // Surrounding whitespace stays outside the tags so emphasis flanking still works;
        // deleted text is escaped and kept on one line so it opens no Markdown of its own.
        qsizetype lead = 0;
        while (lead < s.text.size() && s.text[lead].isSpace())
            ++lead;
        const QString core = s.text.trimmed();
        if (core.isEmpty()) {
            md += del ? QString() : s.text;
            continue;
        }
        QString shown = core;
        if (del) {
            shown = esc(core);
            shown.replace(u'\n', u' ').replace(u'|', QStringLiteral("&#124;"));
        }
        md += s.text.left(lead) +
              (del ? QStringLiteral("<s class=\"del\">") : QStringLiteral("<u class=\"ins\">")) +
              shown + (del ? QStringLiteral("</s>") : QStringLiteral("</u>")) +
              s.text.mid(lead + core.size());
    }
    return md;
}

QString DiffBodyRenderer::placeholder(QStringList &placeholders, const QString &html) const
{
    placeholders.append(html);
    return QStringLiteral("SWDIFFPLACEHOLDER%1X").arg(placeholders.size() - 1);
}

QString DiffBodyRenderer::renderFragment(const QString &markdown, const SpecDocument &titles) const
{
    const SpecDocument::Ptr fragment = SpecDocument::parse(markdown);
    return m_renderer.render(*fragment, nullptr, &titles);
}

QString DiffBodyRenderer::renderLines(const SpecDocument &doc, int firstLine, int lastLine,
                                      const QList<Patch> &patches, QStringList *placeholders) const
{
    // Lines of code blocks keep their footnote-looking text.
    QSet<int> codeLines;
    for (const Block &b : doc.blocks())
        if ((b.kind == BlockKind::CodeFence || b.kind == BlockKind::IndentedCode ||
             b.kind == BlockKind::HtmlBlock) &&
            b.endLine >= firstLine && b.startLine <= lastLine)
            for (int l = b.startLine; l <= b.endLine; ++l)
                codeLines.insert(l);
    QString md;
    const int lines = doc.source().lineCount();
    for (int line = firstLine; line <= lastLine + 1; ++line) {
        bool replaced = false;
        for (const Patch &p : patches) {
            if (p.firstLine == line && p.lastLine < p.firstLine)
                md += p.markdown + QStringLiteral("\n\n");
            else if (p.firstLine <= line && line <= p.lastLine) {
                if (p.firstLine == line)
                    md += p.markdown + u'\n';
                replaced = true;
            }
        }
        if (replaced || line > lastLine || line > lines)
            continue;
        const QString text = doc.source().line(line).toString();
        md += (codeLines.contains(line) ? text : footnotesAsLinks(text)) + u'\n';
    }
    QString html = renderFragment(md, doc);
    if (placeholders && !placeholders->isEmpty()) {
        static const QRegularExpression wrapped(
            QStringLiteral("<p[^>]*>SWDIFFPLACEHOLDER(\\d+)X</p>"));
        static const QRegularExpression bare(QStringLiteral("SWDIFFPLACEHOLDER(\\d+)X"));
        for (const QRegularExpression *re : {&wrapped, &bare}) {
            QString out;
            qsizetype pos = 0;
            for (auto it = re->globalMatch(html); it.hasNext();) {
                const auto m = it.next();
                out += QStringView(html).mid(pos, m.capturedStart() - pos);
                out += placeholders->value(m.captured(1).toInt());
                pos = m.capturedEnd();
            }
            out += QStringView(html).mid(pos);
            html = out;
        }
    }
    return html;
}

QString DiffBodyRenderer::plainBody(const SpecDocument &doc, int section) const
{
    const Section &s = doc.sections().at(section);
    return renderLines(doc, s.headingLine + 1, s.bodyEndLine, {}, nullptr);
}

QString DiffBodyRenderer::markedExample(const Example &oldExample, const Example &newExample) const
{
    Example shown = newExample;
    const QList<int> match = ExampleDiff::matchTurns(oldExample, newExample);
    QList<bool> oldSeen(oldExample.turns.size(), false);
    for (int j = 0; j < shown.turns.size(); ++j) {
        ExampleTurn &t = shown.turns[j];
        if (match[j] < 0) {
            t.text = wrapParagraphs(t.text, true);
            continue;
        }
        oldSeen[match[j]] = true;
        const ExampleTurn &o = oldExample.turns[match[j]];
        if (o.text != t.text)
            t.text = markedMarkdown(WordDiff::compute(o.text, t.text), t.text);
        if (o.label != t.label)
            t.text = QStringLiteral("<span class=\"label-was\">") + tr("was") +
                     QStringLiteral(" <s class=\"del\">") + esc(ExampleDiff::labelName(o.label)) +
                     QStringLiteral("</s></span>\n\n") + t.text;
        if (o.rationale.trimmed() != t.rationale.trimmed())
            t.rationale = tr("%1 (was: %2)").arg(t.rationale.trimmed(), o.rationale.trimmed());
    }
    // Answers that went stay visible, struck through, after their decision point's last turn.
    for (int i = 0; i < oldExample.turns.size(); ++i) {
        if (oldSeen[i])
            continue;
        ExampleTurn gone = oldExample.turns[i];
        gone.text = wrapParagraphs(gone.text, false);
        qsizetype at = shown.turns.size();
        for (qsizetype k = shown.turns.size() - 1; k >= 0 && gone.inComparison; --k)
            if (shown.turns[k].inComparison &&
                shown.turns[k].comparisonIndex == gone.comparisonIndex) {
                at = k + 1;
                break;
            }
        shown.turns.insert(at, gone);
    }
    const SpecDocument &titles = *m_result.newDocument;
    SpecHtmlRenderer::Options options = m_renderer.options();
    options.sourceAnchors = false;
    const ExampleHtmlWriter writer(
        options,
        [this, &titles](const QString &md, int) {
            return m_renderer.renderMarkdown(md, 1, &titles);
        },
        [&titles](const QString &id) {
            const int index = titles.sectionIndexById(id);
            return index >= 0 ? titles.sections().at(index).title : QString();
        });
    return QStringLiteral("<div class=\"example-diff\">") + writer.example(shown) +
           QStringLiteral("</div>\n");
}

QString DiffBodyRenderer::body(const SectionChange &change) const
{
    if (!m_result.oldDocument || !m_result.newDocument)
        return {};
    const SpecDocument &oldDoc = *m_result.oldDocument;
    const SpecDocument &newDoc = *m_result.newDocument;
    if (change.newIndex < 0)
        return change.oldIndex >= 0
                   ? QStringLiteral("<div class=\"del-block\">") +
                         plainBody(oldDoc, change.oldIndex) + QStringLiteral("</div>\n")
                   : QString();
    if (change.oldIndex < 0)
        return QStringLiteral("<div class=\"ins-block\">") + plainBody(newDoc, change.newIndex) +
               QStringLiteral("</div>\n");
    if (!change.contentChanged)
        return plainBody(newDoc, change.newIndex);

    QList<Patch> patches;
    QStringList placeholders;
    // Examples that changed inside: one conversation with the marks in its turns.
    QList<std::pair<int, int>> exampleLines;
    QSet<int> done;
    for (const ExampleChange &e : change.examples) {
        if (e.oldIndex < 0 || e.newIndex < 0 || done.contains(e.newIndex))
            continue;
        done.insert(e.newIndex);
        const Example &ne = newDoc.examples().at(e.newIndex);
        const QString indent = indentOf(newDoc.source().line(ne.range.startLine).toString());
        patches.append({ne.range.startLine, ne.range.endLine,
                        indent + placeholder(placeholders,
                                             markedExample(oldDoc.examples().at(e.oldIndex), ne))});
        exampleLines.append({ne.range.startLine, ne.range.endLine});
    }
    auto inExample = [&exampleLines](int line) {
        for (const auto &[a, b] : exampleLines)
            if (line >= a && line <= b)
                return true;
        return false;
    };
    const Section &ns = newDoc.sections().at(change.newIndex);
    for (int k = 0; k < change.blocks.size(); ++k) {
        const BlockChange &b = change.blocks[k];
        if (b.kind == BlockChange::Equal || b.formattingOnly)
            continue;
        if (b.kind == BlockChange::Removed) {
            int before = ns.bodyEndLine + 1;
            for (int j = k + 1; j < change.blocks.size(); ++j)
                if (change.blocks[j].newLine > 0) {
                    before = change.blocks[j].newLine;
                    break;
                }
            if (inExample(before))
                continue;
            const QString prefix = linePrefix(b.oldText);
            QString md;
            if (isProse(b.blockKind) && b.blockKind != BlockKind::Table)
                md = prefix + wrapParagraphs(b.oldText.mid(prefix.size()), false);
            else
                md = indentOf(b.oldText) +
                     placeholder(placeholders, QStringLiteral("<div class=\"del-block\">") +
                                                   renderFragment(b.oldText, oldDoc) +
                                                   QStringLiteral("</div>"));
            patches.append({before, before - 1, md});
            continue;
        }
        if (inExample(b.newLine))
            continue;
        QString md;
        if (b.kind == BlockChange::Added) {
            const QString prefix = linePrefix(b.newText);
            if (isProse(b.blockKind) && b.blockKind != BlockKind::Table)
                md = prefix + wrapParagraphs(b.newText.mid(prefix.size()), true);
            else
                md = indentOf(b.newText) +
                     placeholder(placeholders, QStringLiteral("<div class=\"ins-block\">") +
                                                   renderFragment(b.newText, newDoc) +
                                                   QStringLiteral("</div>"));
        } else if (isProse(b.blockKind)) {
            md = markedMarkdown(b.words, b.newText);
        } else {
            QString code;
            for (const DiffSegment &seg : b.words) {
                if (seg.kind == DiffSegment::Equal)
                    code += esc(seg.text);
                else if (seg.kind == DiffSegment::Deleted)
                    code += QStringLiteral("<s class=\"del\">") + esc(seg.text) +
                            QStringLiteral("</s>");
                else
                    code += QStringLiteral("<u class=\"ins\">") + esc(seg.text) +
                            QStringLiteral("</u>");
            }
            md = indentOf(b.newText) +
                 placeholder(placeholders, QStringLiteral("<pre class=\"code code-diff\">") + code +
                                               QStringLiteral("</pre>"));
        }
        patches.append({b.newLine, qMax(b.newLine, b.newEndLine), md});
    }
    return renderLines(newDoc, ns.headingLine + 1, ns.bodyEndLine, patches, &placeholders);
}

} // namespace Specwright
