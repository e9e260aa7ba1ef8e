// Prints every element of a parsed SpecDocument, one per line with its positions, so a parser
// change can be checked by diffing the dumps of the same inputs before and after.
// Usage: spec_model_dump FILE...
#include "spec_document.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Specwright;

namespace {

QString q(const QString &s)
{
    QString out = s;
    out.replace(u'\\', QLatin1String("\\\\"));
    out.replace(u'\n', QLatin1String("\\n"));
    out.replace(u'\r', QLatin1String("\\r"));
    out.replace(u'\t', QLatin1String("\\t"));
    return u'"' + out + u'"';
}

QString r(const SourceRange &range)
{
    return QStringLiteral("%1:%2-%3:%4@%5-%6")
        .arg(range.startLine)
        .arg(range.startColumn)
        .arg(range.endLine)
        .arg(range.endColumn)
        .arg(range.startOffset)
        .arg(range.endOffset);
}

QString ints(const QList<int> &list)
{
    QStringList parts;
    for (int i : list)
        parts.append(QString::number(i));
    return u'[' + parts.join(u',') + u']';
}

QString attrs(const QList<Attribute> &list)
{
    QStringList parts;
    for (const Attribute &a : list)
        parts.append(q(a.key) + u'=' + q(a.value));
    return u'{' + parts.join(u' ') + u'}';
}

QString blockText(const ExampleBlock &b)
{
    return QStringLiteral("kind=%1 attrs=%2 text=%3 lines=%4-%5 beforeTurn=%6")
        .arg(int(b.kind))
        .arg(attrs(b.attributes), q(b.text))
        .arg(b.startLine)
        .arg(b.endLine)
        .arg(b.beforeTurn);
}

void dump(QTextStream &out, const SpecDocument &doc)
{
    const SourceText &src = doc.source();
    // The line tables, folded into one hash: every line's start, length and byte mapping.
    quint64 hash = 1469598103934665603ULL;
    auto mix = [&hash](qint64 v) {
        hash ^= quint64(v);
        hash *= 1099511628211ULL;
    };
    for (int line = 1; line <= src.lineCount(); ++line) {
        mix(src.lineStartOffset(line));
        mix(src.line(line).size());
        mix(src.offsetForByteColumn(line, 1));
        mix(src.offsetForByteColumn(line, 3));
        mix(src.offsetForByteColumn(line, int(src.line(line).size()) + 1));
    }
    out << "source chars=" << src.text().size() << " bytes=" << src.utf8().size()
        << " lines=" << src.lineCount() << " tablehash=" << hash << '\n';
    const FrontMatter &fm = doc.frontMatter();
    out << "frontmatter " << fm.startLine << '-' << fm.endLine << " title=" << q(fm.title)
        << " normative=" << q(fm.normativeReferences.join(u'|'))
        << " informative=" << q(fm.informativeReferences.join(u'|')) << '\n';
    for (int i = 0; i < doc.sections().size(); ++i) {
        const Section &s = doc.sections().at(i);
        out << "section " << i << " title=" << q(s.title) << " id=" << q(s.id)
            << " explicit=" << s.explicitId << " level=" << s.level
            << " attrs=" << attrs(s.attributes) << " heading=" << s.headingLine
            << " bodyEnd=" << s.bodyEndLine << " end=" << s.endLine << " hr=" << r(s.headingRange)
            << " ar=" << r(s.attributeRange) << " parent=" << s.parent
            << " children=" << ints(s.children) << " examples=" << ints(s.examples)
            << " statements=" << ints(s.statements) << " byId=" << doc.sectionIndexById(s.id)
            << '\n';
    }
    for (const Statement &s : doc.statements())
        out << "statement kind=" << int(s.kind) << " text=" << q(s.text) << " kw=" << q(s.keyword)
            << " mod=" << int(s.modality) << " neg=" << s.negated << " upper=" << s.upperCaseKeyword
            << " req=" << q(s.requirementId) << " section=" << s.section << " r=" << r(s.range)
            << " kr=" << r(s.keywordRange) << '\n';
    for (const Example &e : doc.examples()) {
        out << "example kind=" << int(e.kind) << " title=" << q(e.title)
            << " titleMd=" << q(e.titleMarkdown) << " input=" << q(e.input)
            << " output=" << q(e.expectedOutput) << " section=" << e.section
            << " lang=" << q(e.language) << " file=" << q(e.sourceFile) << " tag=" << q(e.evalTag)
            << " comparisons=" << e.comparisonCount << " trailingElision=" << e.trailingElision
            << " r=" << r(e.range) << " tr=" << r(e.titleRange)
            << " problems=" << q(e.problems.join(u'|')) << '\n';
        for (const ExampleTurn &t : e.turns) {
            out << "  turn role=" << q(t.role) << " attrs=" << attrs(t.attributes)
                << " text=" << q(t.text) << " label=" << int(t.label)
                << " rationale=" << q(t.rationale) << " rationaleMd=" << q(t.rationaleMarkdown)
                << " violated=" << q(t.violatedSection) << " inComparison=" << t.inComparison
                << " comparison=" << t.comparisonIndex << " lines=" << t.startLine << '-'
                << t.endLine << " elided=" << t.elidedBefore << '\n';
            for (const ExampleBlock &b : t.blocks)
                out << "    block " << blockText(b) << '\n';
        }
        for (const ExampleBlock &b : e.blocks)
            out << "  block " << blockText(b) << '\n';
    }
    for (const Reference &x : doc.references())
        out << "reference kind=" << int(x.kind) << " text=" << q(x.text)
            << " target=" << q(x.target) << " file=" << q(x.targetFile) << " id=" << q(x.targetId)
            << " state=" << int(x.state) << " resolved=" << q(x.resolvedTitle)
            << " section=" << x.section << " r=" << r(x.range)
            << " byId=" << doc.sectionIndexById(x.targetId) << '\n';
    for (const FootnoteTag &f : doc.footnotes())
        out << "footnote tag=" << q(f.tag) << " def=" << f.isDefinition << " section=" << f.section
            << " r=" << r(f.range) << " file=" << q(f.examplesFile) << '\n';
    for (const Marker &m : doc.markers())
        out << "marker kind=" << int(m.kind) << " text=" << q(m.text) << " section=" << m.section
            << " r=" << r(m.range) << '\n';
    for (const Block &b : doc.blocks())
        out << "block kind=" << int(b.kind) << " lines=" << b.startLine << '-' << b.endLine
            << " section=" << b.section << " list=" << b.listDepth << " quote=" << b.inQuote
            << " admonition=" << b.inAdmonition << " table=" << b.inTable << " info=" << q(b.info)
            << '\n';
    for (const Admonition &a : doc.admonitions())
        out << "admonition type=" << q(a.type) << " title=" << q(a.title)
            << " section=" << a.section << " lines=" << a.startLine << '-' << a.endLine << '\n';
    for (const Citation &c : doc.citations())
        out << "citation key=" << q(c.key) << " text=" << q(c.text) << " display=" << q(c.display)
            << " normative=" << c.normative << " informative=" << c.informative
            << " section=" << c.section << " r=" << r(c.range) << '\n';
    for (const ParseProblem &p : doc.problems())
        out << "problem kind=" << int(p.kind) << " line=" << p.line << " message=" << q(p.message)
            << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        QTextStream(stderr) << "usage: spec_model_dump FILE...\n";
        return 2;
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return 1;
    QTextStream out(&stdoutFile);
    for (const QString &file : files) {
        out << "== " << file << '\n';
        const SpecDocument::Ptr doc = SpecDocument::load(file);
        dump(out, *doc);
    }
    return 0;
}
