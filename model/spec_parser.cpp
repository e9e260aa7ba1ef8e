#include "spec_parser.h"

#include "citation_scanner.h"
#include "example_caption.h"
#include "example_parser.h"
#include "heading_attributes.h"
#include "prose_features.h"
#include "prose_scanner.h"
#include "statement_finder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace Specwright {

namespace {

constexpr int kHugeLine = 10000;

bool looksLikeConversation(QByteArrayView literal)
{
    return literal.contains("<user") || literal.contains("<assistant") ||
           literal.contains("<system") || literal.contains("<developer");
}

} // namespace

void SpecParser::run(const QString &text)
{
    m_doc.m_source = SourceText(text);
    m_doc.m_frontMatter = CitationScanner::readFrontMatter(m_doc.m_source);
    {
        // The cmark tree (several times the text's size) goes before finish() builds the rest
        // of the model: a re-parse of a big spec then never holds both.
        MarkdownTree tree(m_doc.markdownUtf8(), MarkdownTree::Input::Encoded);
        walk(tree.root(), Context{});
    }
    finish();
}

int SpecParser::startOffset(MarkdownNode node) const
{
    return m_doc.m_source.offsetForByteColumn(node.startLine(), node.startColumn());
}

int SpecParser::endOffset(MarkdownNode node) const
{
    const SourceText &src = m_doc.m_source;
    int end = src.offsetForByteColumn(node.endLine(), node.endColumn() + 1);
    const int lineEnd = src.lineStartOffset(node.endLine()) + int(src.line(node.endLine()).size());
    return std::clamp(end, startOffset(node), lineEnd);
}

void SpecParser::addProblem(ProblemKind kind, int line, const QString &message)
{
    m_doc.m_problems.append({kind, line, message});
}

Block &SpecParser::addBlock(BlockKind kind, MarkdownNode node, const Context &context,
                            const QString &info)
{
    Block b;
    b.kind = kind;
    b.startLine = node.startLine();
    b.endLine = node.endLine();
    b.section = m_section;
    b.listDepth = context.listDepth;
    b.inQuote = context.inQuote;
    b.info = info;
    m_doc.m_blocks.append(b);
    return m_doc.m_blocks.last();
}

void SpecParser::walk(MarkdownNode parent, const Context &context)
{
    using T = MarkdownNode::Type;
    // 30,000 nested ">" in a 30 KB file must not overflow the stack: skip what is deeper.
    if (context.depth > maxNestingDepth) {
        if (!m_doc.hasProblem(ProblemKind::DeepNesting))
            addProblem(ProblemKind::DeepNesting, parent.startLine(),
                       tr("quotes or lists are nested more than %1 levels deep; the deeper "
                          "content is not read")
                           .arg(maxNestingDepth));
        return;
    }
    for (MarkdownNode node = parent.firstChild(); node; node = node.next()) {
        switch (node.type()) {
        case T::Heading:
            if (parent.type() == T::Document && !context.inQuote) {
                addHeading(node);
            } else {
                addBlock(BlockKind::Heading, node, context);
                scanProse(startOffset(node), endOffset(node), false);
            }
            break;
        case T::Paragraph: {
            QString title;
            const MarkdownNode next = node.next();
            if (ExampleCaption::isTitle(node, &title) && next.type() == T::CodeBlock &&
                next.isFenced()) {
                addBlock(BlockKind::ExampleTitle, node, context);
                addBlock(BlockKind::CodeFence, next, context,
                         QString::fromUtf8(next.fenceInfoView()));
                checkFence(next);
                // Links in the caption are references like any other.
                scanProse(startOffset(node), endOffset(node), false);
                addFenceExample(next, title, node.startLine(), startOffset(node));
                m_doc.m_examples.last().titleMarkdown = ExampleCaption::captionMarkdown(
                    QStringView(m_doc.m_source.text())
                        .mid(startOffset(node), endOffset(node) - startOffset(node)));
                node = next; // the fence is consumed
                break;
            }
            if (parent.type() == T::Document && addAdmonition(node))
                break;
            addBlock(BlockKind::Paragraph, node, context);
            scanProse(startOffset(node), endOffset(node), !context.inQuote);
            break;
        }
        case T::CodeBlock: {
            const QString info = QString::fromUtf8(node.fenceInfoView());
            if (node.isFenced()) {
                addBlock(BlockKind::CodeFence, node, context, info);
                checkFence(node);
                if (info.startsWith(QLatin1String("xml")) &&
                    looksLikeConversation(node.literalView()))
                    addFenceExample(node, QString(), node.startLine(), startOffset(node));
                else if (info.trimmed() == u"example")
                    addInputOutputExample(node);
            } else if (!m_doc.m_admonitions.isEmpty() &&
                       m_doc.m_admonitions.last().endLine + 2 >= node.startLine() &&
                       parent.type() == T::Document) {
                // A blank line inside an admonition body makes cmark see indented code.
                Admonition &a = m_doc.m_admonitions.last();
                int end = node.endLine();
                while (end > node.startLine() && m_doc.m_source.line(end).trimmed().isEmpty())
                    --end;
                a.endLine = end;
                m_doc.m_blocks.last().endLine = end;
                scanProse(startOffset(node), endOffset(node), false);
            } else {
                addBlock(BlockKind::IndentedCode, node, context);
            }
            break;
        }
        case T::HtmlBlock:
            addBlock(BlockKind::HtmlBlock, node, context);
            addAnchors(node.literal(), node.startLine(), node.endLine());
            break;
        case T::ThematicBreak:
            addBlock(BlockKind::ThematicBreak, node, context);
            break;
        case T::Table:
            addBlock(BlockKind::Table, node, context);
            scanProse(startOffset(node), endOffset(node), false);
            break;
        case T::FootnoteDefinition:
            // The label "[^tag]:" is outside the child paragraphs: scan the whole definition.
            addBlock(BlockKind::FootnoteDefinition, node, context);
            scanProse(m_doc.m_source.lineStartOffset(node.startLine()), endOffset(node), false);
            break;
        case T::BlockQuote: {
            Context inner = context;
            inner.inQuote = true;
            inner.depth += 1;
            walk(node, inner);
            break;
        }
        case T::List: {
            Context inner = context;
            inner.listDepth += 1;
            inner.depth += 1;
            walk(node, inner);
            break;
        }
        default: {
            Context inner = context;
            inner.depth += 1;
            walk(node, inner);
        }
        }
    }
}

void SpecParser::addHeading(MarkdownNode node)
{
    const HeadingAttributes attrs = HeadingAttributes::parse(node.plainText());
    Section s;
    s.title = attrs.title();
    s.level = node.headingLevel();
    s.headingLine = node.startLine();
    s.headingRange = m_doc.m_source.rangeFromOffsets(startOffset(node), endOffset(node));
    s.attributes = attrs.attributes();
    if (attrs.hasBlock()) {
        const QStringView line = m_doc.m_source.line(s.headingLine);
        const int brace = int(line.lastIndexOf(u'{'));
        const int close = int(line.lastIndexOf(u'}'));
        if (brace >= 0 && close > brace) {
            const int base = m_doc.m_source.lineStartOffset(s.headingLine);
            s.attributeRange = m_doc.m_source.rangeFromOffsets(base + brace, base + close + 1);
        }
        if (!attrs.error().isEmpty())
            addProblem(ProblemKind::MalformedAttributes, s.headingLine, attrs.error());
    }
    if (!attrs.id().isEmpty()) {
        s.id = attrs.id();
        s.explicitId = true;
    } else {
        const QString slug = HeadingAttributes::slugify(s.title);
        const int n = m_slugCounts.value(slug, 0);
        m_slugCounts[slug] = n + 1;
        s.id = n == 0 ? slug : slug + u'-' + QString::number(n);
    }
    const int index = int(m_doc.m_sections.size());
    if (m_doc.m_idIndex.contains(s.id)) {
        const Section &first = m_doc.m_sections.at(m_doc.m_idIndex.value(s.id));
        addProblem(ProblemKind::DuplicateId, s.headingLine,
                   tr("the id \"%1\" is already used by \"%2\" on line %3")
                       .arg(s.id, first.title)
                       .arg(first.headingLine));
    } else {
        m_doc.m_idIndex.insert(s.id, index);
    }
    m_doc.m_sections.append(s);
    m_section = index;

    addBlock(BlockKind::Heading, node, Context{});
    // Placeholders and references may stand in headings too; attribute blocks are masked.
    scanProse(startOffset(node), endOffset(node), false);
}

void SpecParser::addFenceExample(MarkdownNode fence, const QString &title, int titleLine,
                                 int titleOffset)
{
    Example ex;
    ex.title = title;
    ex.section = m_section;
    ex.language = QString::fromUtf8(fence.fenceInfoView()).trimmed();
    const SourceText &src = m_doc.m_source;
    const QByteArrayView literal = fence.literalView();
    QString body;
    QList<QStringView> lines;
    // A closed fence in the first column holds its lines as written; when their bytes are all
    // of the literal (no tab expanded, no NUL replaced) and lines end at \n only, they are read
    // from the source: no decoding of the literal and no search for its line breaks.
    const int first = fence.startLine() + 1;
    const int last = fence.endLine() - 1;
    if (fence.startColumn() == 1 && !src.hasCarriageReturn() && last + 1 >= first &&
        src.lineStartByte(last + 1) - src.lineStartByte(first) == literal.size() &&
        isClosed(fence)) {
        lines.reserve(last + 1 - first);
        for (int line = first; line <= last; ++line)
            lines.append(src.line(line));
    } else {
        body = QString::fromUtf8(literal);
        // QStringView::split(u'\n') with the list reserved at once.
        qsizetype breaks = 0;
        for (const QChar c : std::as_const(body))
            breaks += c == u'\n' ? 1 : 0;
        lines.reserve(breaks + 1);
        for (qsizetype at = 0;;) {
            const qsizetype end = body.indexOf(u'\n', at);
            if (end < 0) {
                lines.append(QStringView(body).sliced(at));
                break;
            }
            lines.append(QStringView(body).sliced(at, end - at));
            at = end + 1;
        }
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    ExampleParser::parse(lines, fence.startLine() + 1, ex);
    ex.range = m_doc.m_source.rangeFromOffsets(titleOffset, endOffset(fence));
    ex.range.startLine = titleLine;
    ex.titleRange = src.rangeFromLines(titleLine, titleLine);
    for (const QString &p : std::as_const(ex.problems))
        addProblem(ProblemKind::MalformedExample, fence.startLine(), p);
    // Links in label rationales are references too: find each rationale on its label line.
    for (const ExampleTurn &t : std::as_const(ex.turns)) {
        if (!t.rationaleMarkdown.contains(QLatin1String("](")))
            continue;
        for (int line = t.startLine; line <= std::min(t.startLine + 1, src.lineCount()); ++line) {
            const qsizetype at = src.line(line).indexOf(t.rationaleMarkdown);
            if (at < 0)
                continue;
            const int from = src.lineStartOffset(line) + int(at);
            scanProse(from, from + int(t.rationaleMarkdown.size()), false);
            break;
        }
    }
    const int index = int(m_doc.m_examples.size());
    m_doc.m_examples.append(ex);
    if (m_section >= 0)
        m_doc.m_sections[m_section].examples.append(index);
}

void SpecParser::addInputOutputExample(MarkdownNode fence)
{
    // CommonMark's spec: input, a line ".", the expected output; "→" stands for a tab.
    Example ex;
    ex.kind = ExampleKind::InputOutput;
    ex.section = m_section;
    ex.language = QStringLiteral("example");
    QString body = QString::fromUtf8(fence.literalView());
    QStringList lines = body.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const qsizetype dot = lines.indexOf(QStringLiteral("."));
    if (dot < 0) {
        ex.input = lines.join(u'\n');
        ex.problems.append(tr("the example has no \".\" line between its input and output"));
    } else {
        ex.input = lines.mid(0, dot).join(u'\n');
        ex.expectedOutput = lines.mid(dot + 1).join(u'\n');
    }
    ex.title = tr("Example %1").arg(++m_inputOutputExamples);
    ex.titleMarkdown = ex.title;
    ex.range = m_doc.m_source.rangeFromOffsets(startOffset(fence), endOffset(fence));
    ex.titleRange = m_doc.m_source.rangeFromLines(fence.startLine(), fence.startLine());
    const int index = int(m_doc.m_examples.size());
    m_doc.m_examples.append(ex);
    if (m_section >= 0)
        m_doc.m_sections[m_section].examples.append(index);
}

void SpecParser::addAnchors(const QByteArray &html, int startLine, int endLine)
{
    // <a name="x"> and <a id="x"> (and id= on any tag) are link targets in HTML blocks.
    if (!html.contains(" id=") && !html.contains(" name="))
        return;
    static const QRegularExpression re(
        QStringLiteral(R"re(<[a-zA-Z][\w-]*\s[^<>]*?\b(?:id|name)\s*=\s*["']([^"'<>]+)["'])re"));
    auto it = re.globalMatch(QString::fromUtf8(html));
    while (it.hasNext())
        m_anchors.append({it.next().captured(1), startLine, endLine});
}

bool SpecParser::addAdmonition(MarkdownNode paragraph)
{
    const QStringView first = m_doc.m_source.line(paragraph.startLine()).trimmed();
    if (!first.startsWith(u"!!! "))
        return false;
    static const QRegularExpression re(QStringLiteral(R"re(^!!!\s+([\w-]+)(?:\s+"([^"]*)")?)re"));
    const auto m = re.matchView(first);
    if (!m.hasMatch())
        return false;
    Admonition a;
    a.type = m.captured(1);
    a.title = m.captured(2);
    a.section = m_section;
    a.startLine = paragraph.startLine();
    a.endLine = paragraph.endLine();
    m_doc.m_admonitions.append(a);
    addBlock(BlockKind::Admonition, paragraph, Context{}, a.type).inAdmonition = true;
    if (paragraph.endLine() > paragraph.startLine()) {
        const int bodyStart = m_doc.m_source.lineStartOffset(paragraph.startLine() + 1);
        scanProse(bodyStart, endOffset(paragraph), false);
    }
    return true;
}

bool SpecParser::isClosed(MarkdownNode fence) const
{
    const int last = fence.endLine();
    const QStringView closing = m_doc.m_source.line(last).trimmed();
    const QString expected(fence.fenceLength(), fence.fenceChar());
    return last > fence.startLine() && closing.startsWith(expected) &&
           closing.trimmed().size() >= expected.size() &&
           QStringView(closing).mid(expected.size()).trimmed().isEmpty();
}

void SpecParser::checkFence(MarkdownNode fence)
{
    if (!isClosed(fence)) {
        addProblem(
            ProblemKind::UnterminatedFence, fence.startLine(),
            tr("the code fence opened on line %1 is never closed; it runs to the end of the file")
                .arg(fence.startLine()));
    }
}

void SpecParser::scanProse(int startOffset, int endOffset, bool withStatements)
{
    if (endOffset <= startOffset)
        return;
    const SourceText &src = m_doc.m_source;
    const QStringView original = QStringView(src.text()).mid(startOffset, endOffset - startOffset);
    // One pass finds which scans can hit; the masked copies are made only when something is
    // masked, else the scans read the source itself.
    const ProseFeatures found = ProseFeatures::of(original);
    if (found.anchor)
        addAnchors(original.toUtf8(), src.lineForOffset(startOffset), src.lineForOffset(endOffset));
    if (found.term) {
        // CommonMark's spec defines a term with [term](@): its slug is a link target.
        static const QRegularExpression term(QStringLiteral(R"(\[([^\[\]]+)\]\(@\))"));
        auto it = term.globalMatchView(original);
        const int line = src.lineForOffset(startOffset);
        while (it.hasNext())
            m_anchors.append({HeadingAttributes::slugify(it.next().captured(1)), line, line});
    }
    QString codeMaskedCopy;
    QStringView codeMasked = original;
    if (found.backtick || found.lessThan) {
        codeMaskedCopy = ProseScanner::maskCode(original);
        codeMasked = codeMaskedCopy;
    }
    if (found.citation) {
        if (codeMasked.data() == original.data())
            codeMaskedCopy = original.toString();
        scanCitations(codeMaskedCopy, startOffset);
        codeMasked = codeMaskedCopy;
    }
    if (found.linkTail) {
        for (Reference &r : ProseScanner::findReferences(codeMasked, startOffset, src)) {
            r.section = m_section;
            m_doc.m_references.append(std::move(r));
        }
    }
    if (found.footnote) {
        for (FootnoteTag &f : ProseScanner::findFootnotes(codeMasked, startOffset, src)) {
            f.section = m_section;
            m_doc.m_footnotes.append(std::move(f));
        }
    }
    QString proseCopy;
    QStringView prose = codeMasked;
    if (found.linkTail || found.brace || found.footnote) {
        // The code-masked copy is not read after this: it is masked further in place.
        proseCopy = ProseScanner::maskLinks(
            codeMasked.data() == original.data() ? original.toString() : std::move(codeMaskedCopy));
        prose = proseCopy;
    }
    if (found.marker) {
        for (Marker &k : ProseScanner::findMarkers(prose, startOffset, src)) {
            k.section = m_section;
            m_doc.m_markers.append(std::move(k));
        }
    }
    if (!withStatements)
        return;
    for (Statement &s : StatementFinder::find(original, prose, startOffset, src, found.given)) {
        s.section = m_section;
        const int index = int(m_doc.m_statements.size());
        m_doc.m_statements.append(std::move(s));
        if (m_section >= 0)
            m_doc.m_sections[m_section].statements.append(index);
    }
}

void SpecParser::scanCitations(QString &masked, int offset)
{
    CitationScanner::Found found =
        CitationScanner::scan(masked, offset, m_doc.m_source, m_doc.m_frontMatter);
    for (Citation &c : found.citations) {
        c.section = m_section;
        m_doc.m_citations.append(c);
    }
    for (Reference &r : found.references) {
        r.section = m_section;
        m_doc.m_references.append(r);
    }
    for (const auto &[id, line] : std::as_const(found.anchors))
        m_anchors.append({id, line, line});
}

void SpecParser::resolveAnchors()
{
    // An anchor names the heading it stands in or just before (<a name="x"></a> on the line
    // above "## X"), else the section around it. Headings keep their own ids first.
    for (const Anchor &a : std::as_const(m_anchors)) {
        if (a.id.isEmpty() || m_doc.m_idIndex.contains(a.id))
            continue;
        // The innermost section around a line is the last one whose heading is at or above it.
        const auto after =
            std::upper_bound(m_doc.m_sections.cbegin(), m_doc.m_sections.cend(), a.startLine,
                             [](int line, const Section &s) { return line < s.headingLine; });
        int section = int(after - m_doc.m_sections.cbegin()) - 1;
        const int next = section + 1;
        if (next < m_doc.m_sections.size()) {
            const int heading = m_doc.m_sections.at(next).headingLine;
            bool onlyBlank = heading > a.endLine;
            for (int line = a.endLine + 1; onlyBlank && line < heading; ++line)
                onlyBlank = m_doc.m_source.line(line).trimmed().isEmpty();
            if (onlyBlank)
                section = next;
        }
        if (section >= 0)
            m_doc.m_idIndex.insert(a.id, section);
    }
}

QString SpecParser::plainWithTitles(const QString &markdown) const
{
    QString text = markdown;
    if (text.contains(QLatin1String("]("))) {
        static const QRegularExpression link(
            QStringLiteral(R"(\[([^\[\]]*)\]\(\s*<?([^()\s>]*)>?[^()]*\))"));
        QString out;
        qsizetype last = 0;
        auto it = link.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart(0) - last);
            QString shown = m.captured(1);
            if (shown.trimmed() == u"?" || shown.trimmed().isEmpty()) {
                const QString target = m.captured(2);
                const qsizetype hash = target.indexOf(u'#');
                const QString id = hash < 0 ? QString() : target.mid(hash + 1);
                const int index = hash == 0 ? m_doc.m_idIndex.value(id, -1) : -1;
                shown =
                    index >= 0 ? m_doc.m_sections.at(index).title : (id.isEmpty() ? target : id);
            }
            out += shown;
            last = m.capturedEnd(0);
        }
        out += QStringView(text).mid(last);
        text = out;
    }
    return ProseScanner::plainSentence(text);
}

void SpecParser::resolveExampleText()
{
    for (Example &ex : m_doc.m_examples) {
        if (ex.titleMarkdown.contains(QLatin1String("](")))
            ex.title = plainWithTitles(ex.titleMarkdown);
        for (ExampleTurn &t : ex.turns) {
            // Most rationales are plain words: only those with Markdown syntax are rewritten.
            const QString &md = t.rationaleMarkdown;
            if (md.contains(u'[') || md.contains(u'*') || md.contains(u'_') || md.contains(u'`'))
                t.rationale = plainWithTitles(md);
        }
    }
}

void SpecParser::finish()
{
    SourceText &src = m_doc.m_source;
    const int lastLine = src.lineCount();

    // Section ranges and the tree.
    QList<int> stack;
    auto &sections = m_doc.m_sections;
    for (int i = 0; i < sections.size(); ++i) {
        Section &s = sections[i];
        s.bodyEndLine = i + 1 < sections.size() ? sections.at(i + 1).headingLine - 1 : lastLine;
        s.endLine = lastLine;
        for (int j = i + 1; j < sections.size(); ++j) {
            if (sections.at(j).level <= s.level) {
                s.endLine = sections.at(j).headingLine - 1;
                break;
            }
        }
        while (!stack.isEmpty() && sections.at(stack.last()).level >= s.level)
            stack.removeLast();
        s.parent = stack.isEmpty() ? -1 : stack.last();
        if (s.parent >= 0)
            sections[s.parent].children.append(i);
        stack.append(i);
    }

    resolveAnchors();
    // Same-file references resolve now; other files wait for the Workspace.
    for (Reference &r : m_doc.m_references) {
        if (r.kind != ReferenceKind::Section && r.kind != ReferenceKind::QuestionMark)
            continue;
        if (!r.targetFile.isEmpty())
            continue;
        const int target = m_doc.m_idIndex.value(r.targetId, -1);
        r.state = target >= 0 ? ResolutionState::Resolved : ResolutionState::Unresolved;
        if (target >= 0)
            r.resolvedTitle = sections.at(target).title;
    }

    resolveExampleText();

    // Footnote tags whose eval prompts live in examples/<tag>.md beside the file.
    if (!m_doc.m_filePath.isEmpty()) {
        const QDir dir = QFileInfo(m_doc.m_filePath).absoluteDir();
        QHash<QString, QString> found;
        for (FootnoteTag &f : m_doc.m_footnotes) {
            auto it = found.constFind(f.tag);
            if (it == found.constEnd()) {
                const QString path = dir.filePath(QStringLiteral("examples/%1.md").arg(f.tag));
                it = found.insert(f.tag,
                                  QFileInfo::exists(path) ? QDir::cleanPath(path) : QString());
            }
            f.examplesFile = it.value();
        }
    }

    // Tolerated problems.
    if (QStringView(src.text()).trimmed().isEmpty()) // a view: no copy of the whole text
        addProblem(ProblemKind::EmptyFile, 1, tr("the file is empty"));
    for (int line = 1; line <= lastLine; ++line) {
        // The distance between line starts bounds a line's length: line() only for long ones.
        if (src.lineStartOffset(line + 1) - src.lineStartOffset(line) > kHugeLine &&
            src.line(line).size() > kHugeLine) {
            addProblem(ProblemKind::HugeLine, line,
                       tr("line %1 is %2 characters long").arg(line).arg(src.line(line).size()));
        }
    }
}

} // namespace Specwright
