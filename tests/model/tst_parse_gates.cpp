// The parser's one-pass gates and shared strings against what they replaced: ProseFeatures
// against the searches each scan ran before (and its superset promise on masked text), the
// statements' keyword facts and requirement-id gate against the old per-statement code, and
// example turns read from contiguous views against the same lines joined from separate strings.
#include "example_caption.h"
#include "example_parser.h"
#include "link_syntax.h"
#include "prose_features.h"
#include "prose_scanner.h"
#include "source_text.h"
#include "statement_finder.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Specwright;

namespace {

QString randomText(QRandomGenerator &random, const QStringList &tokens, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += tokens.at(random.bounded(int(tokens.size())));
    return text;
}

// The gates as the parser wrote them before ProseFeatures, one search each.
QString featuresBySearches(const QString &t)
{
    static const QRegularExpression marker(QStringLiteral(R"(\[[A-Z]|T[OB]|FI|XX)"));
    const bool flags[] = {t.contains(u'`'),
                          t.contains(u'<'),
                          t.contains(u'{'),
                          t.contains(u'<') && t.contains(QLatin1String("<a ")),
                          t.contains(QLatin1String("](")),
                          t.contains(QLatin1String("](@)")),
                          t.contains(QLatin1String("[^")),
                          (t.contains(u'[') && t.contains(QLatin1String("[["))) ||
                              (t.contains(u'{') && (t.contains(QLatin1String("{{")) ||
                                                    t.contains(QLatin1String("{:")))),
                          marker.match(t).hasMatch(),
                          t.contains(QLatin1String("iven")) || t.contains(QLatin1String("IVEN")),
                          t.contains(u'-')};
    QString out;
    for (bool f : flags)
        out += f ? u'1' : u'0';
    return out;
}

QString featuresByScan(QStringView t)
{
    const ProseFeatures f = ProseFeatures::of(t);
    const bool flags[] = {f.backtick, f.lessThan, f.brace,  f.anchor, f.linkTail, f.term,
                          f.footnote, f.citation, f.marker, f.given,  f.dash};
    QString out;
    for (bool b : flags)
        out += b ? u'1' : u'0';
    return out;
}

const QStringList &featureTokens()
{
    static const QStringList tokens = {
        QStringLiteral("`"),    QStringLiteral("<"),   QStringLiteral("<a "),
        QStringLiteral("a"),    QStringLiteral("{"),   QStringLiteral("}"),
        QStringLiteral(":"),    QStringLiteral("["),   QStringLiteral("]"),
        QStringLiteral("("),    QStringLiteral(")"),   QStringLiteral("@"),
        QStringLiteral("^"),    QStringLiteral("T"),   QStringLiteral("O"),
        QStringLiteral("B"),    QStringLiteral("F"),   QStringLiteral("I"),
        QStringLiteral("X"),    QStringLiteral("Q"),   QStringLiteral("iven"),
        QStringLiteral("i"),    QStringLiteral("v"),   QStringLiteral("en"),
        QStringLiteral("IVEN"), QStringLiteral("V"),   QStringLiteral("EN"),
        QStringLiteral("-"),    QStringLiteral(" "),   QStringLiteral("\n"),
        QStringLiteral("\r\n"), QStringLiteral("😀"),  QStringLiteral("é"),
        QStringLiteral("<!--"), QStringLiteral("-->"), QStringLiteral("x")};
    return tokens;
}

const QRegularExpression &requirementIdPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\W{0,4}((?:FR|NFR|SC|REQ|US|SR|UR)-[A-Z0-9]+(?:-\d+)?)\b)"));
    return re;
}

// ProseScanner::maskLinks as it was written with patterns for attribute blocks and footnotes.
QString maskLinksByRegex(QString text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (text.contains(QLatin1String("](")))
        spans = LinkSyntax::destinations(text);
    static const QRegularExpression attr(QStringLiteral(R"(\{[#.][^{}\n]*\}\s*$)"),
                                         QRegularExpression::MultilineOption);
    auto at = attr.globalMatch(text);
    while (at.hasNext()) {
        const auto m = at.next();
        spans.append({m.capturedStart(0), m.capturedEnd(0)});
    }
    static const QRegularExpression footnote(QStringLiteral(R"(\[\^[^\]\s]+\])"));
    auto ft = footnote.globalMatch(text);
    while (ft.hasNext()) {
        const auto m = ft.next();
        spans.append({m.capturedStart(0), m.capturedEnd(0)});
    }
    for (const auto &[from, to] : spans) {
        for (qsizetype i = from; i < to && i < text.size(); ++i) {
            if (text.at(i) != u'\n')
                text[i] = u' ';
        }
    }
    return text;
}

// The footnote tags as the pattern found them: tag, definition and range, one string.
QStringList footnotesByRegex(const QString &masked, const SourceText &source)
{
    static const QRegularExpression tag(QStringLiteral(R"(\[\^([^\]\s]+)\](:?))"));
    QStringList out;
    auto it = tag.globalMatch(masked);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString before = masked.left(m.capturedStart(0));
        const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
        const bool onlyBlanks = before.mid(lineStart).trimmed().isEmpty();
        const SourceRange r = source.rangeFromOffsets(
            int(m.capturedStart(0)),
            int(m.capturedStart(0) + m.capturedLength(0) - m.capturedLength(2)));
        out.append(QStringLiteral("%1 def=%2 %3-%4")
                       .arg(m.captured(1))
                       .arg(!m.capturedView(2).isEmpty() && onlyBlanks)
                       .arg(r.startOffset)
                       .arg(r.endOffset));
    }
    return out;
}

QStringList footnotesByScanner(const QString &masked, const SourceText &source)
{
    QStringList out;
    for (const FootnoteTag &f : ProseScanner::findFootnotes(masked, 0, source))
        out.append(QStringLiteral("%1 def=%2 %3-%4")
                       .arg(f.tag)
                       .arg(f.isDefinition)
                       .arg(f.range.startOffset)
                       .arg(f.range.endOffset));
    return out;
}

// Every turn and block of an example, one line each.
QString describe(const Example &ex)
{
    QStringList out;
    for (const ExampleTurn &t : ex.turns) {
        out.append(QStringLiteral("turn %1 %2-%3 label=%4 cmp=%5 text=[%6] why=[%7]")
                       .arg(t.role)
                       .arg(t.startLine)
                       .arg(t.endLine)
                       .arg(int(t.label))
                       .arg(t.comparisonIndex)
                       .arg(t.text, t.rationaleMarkdown));
        for (const ExampleBlock &b : t.blocks)
            out.append(QStringLiteral("  block %1 %2-%3 [%4]")
                           .arg(int(b.kind))
                           .arg(b.startLine)
                           .arg(b.endLine)
                           .arg(b.text));
    }
    for (const ExampleBlock &b : ex.blocks)
        out.append(QStringLiteral("block %1 %2-%3 [%4]")
                       .arg(int(b.kind))
                       .arg(b.startLine)
                       .arg(b.endLine)
                       .arg(b.text));
    out.append(ex.problems);
    return out.join(u'\n');
}

} // namespace

class TestParseGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featuresMatchTheSearches();
    void featuresOfMaskedTextAreASubset();
    void keywordFactsMatchTheOldComputation();
    void requirementIdsMatchThePattern();
    void turnsFromViewsMatchJoinedLines();
    void maskLinksMatchesThePatterns();
    void footnotesMatchThePattern();
    void oneScanMatchesSentencesAndKeywords();
    void rangesMatchTwoLineSearches();
    void lineTablesMatchTheEncodedText();
    void exampleLabelMatchesThePattern();
    void rationalesAreSimplified();
};

void TestParseGates::featuresMatchTheSearches()
{
    QCOMPARE(featuresByScan(u""), featuresBySearches(QString()));
    QCOMPARE(featuresByScan(u"Given a [^n] and [x](@) <a name> {: #x} TODO"),
             featuresBySearches(QStringLiteral("Given a [^n] and [x](@) <a name> {: #x} TODO")));
    QRandomGenerator random(21);
    for (int round = 0; round < 8000; ++round) {
        const QString text = randomText(random, featureTokens(), 1 + round % 30);
        if (featuresByScan(text) != featuresBySearches(text))
            QFAIL(qPrintable(QStringLiteral("features differ on: ") + text));
    }
    // Long runs of lower-case prose, which the scan skips eight characters at a time.
    const QStringList prose = {QStringLiteral("the assistant "),
                               QStringLiteral("answers "),
                               QStringLiteral("given"),
                               QStringLiteral("v"),
                               QStringLiteral("iv"),
                               QStringLiteral("en "),
                               QStringLiteral("T"),
                               QStringLiteral("O"),
                               QStringLiteral("["),
                               QStringLiteral("-"),
                               QStringLiteral("`"),
                               QStringLiteral("😀")};
    for (int round = 0; round < 4000; ++round) {
        const QString text = randomText(random, prose, 1 + round % 40);
        if (featuresByScan(text) != featuresBySearches(text))
            QFAIL(qPrintable(QStringLiteral("features differ on: ") + text));
    }
}

void TestParseGates::featuresOfMaskedTextAreASubset()
{
    // The parser computes the features once, on the source; the scans read masked text.
    QRandomGenerator random(22);
    for (int round = 0; round < 4000; ++round) {
        const QString text = randomText(random, featureTokens(), 1 + round % 30);
        const QString source = featuresByScan(text);
        const QString masked = featuresByScan(ProseScanner::maskNonProse(text));
        for (qsizetype i = 0; i < source.size(); ++i) {
            if (masked.at(i) == u'1' && source.at(i) != u'1')
                QFAIL(qPrintable(QStringLiteral("masking added feature %1 on: ").arg(i) + text));
        }
    }
}

void TestParseGates::keywordFactsMatchTheOldComputation()
{
    const QStringList tokens = {QStringLiteral("MUST"),
                                QStringLiteral("must"),
                                QStringLiteral("Must"),
                                QStringLiteral(" NOT"),
                                QStringLiteral(" not"),
                                QStringLiteral("n't"),
                                QStringLiteral(" never"),
                                QStringLiteral("SHALL"),
                                QStringLiteral("Shall"),
                                QStringLiteral("shall"),
                                QStringLiteral("SHOULD"),
                                QStringLiteral("should"),
                                QStringLiteral("Should"),
                                QStringLiteral("MAY"),
                                QStringLiteral("may"),
                                QStringLiteral("May"),
                                QStringLiteral("REQUIRED"),
                                QStringLiteral("RECOMMENDED"),
                                QStringLiteral("NOT RECOMMENDED"),
                                QStringLiteral("OPTIONAL"),
                                QStringLiteral(" "),
                                QStringLiteral(". "),
                                QStringLiteral("x"),
                                QStringLiteral("\n\n")};
    QRandomGenerator random(23);
    int checked = 0;
    for (int round = 0; round < 3000; ++round) {
        const QString text = randomText(random, tokens, 1 + round % 20);
        const SourceText source(text);
        for (const Statement &st : StatementFinder::find(text, text, 0, source)) {
            if (st.kind != StatementKind::Normative && st.kind != StatementKind::Ears)
                continue;
            // As StatementFinder::find computed them for each statement before.
            QCOMPARE(st.keyword, text.mid(st.keywordRange.startOffset,
                                          st.keywordRange.endOffset - st.keywordRange.startOffset));
            const QString lower = st.keyword.toLower();
            const bool negated =
                lower.contains(u" not") || lower.contains(u"n't") || lower.contains(u"never");
            QCOMPARE(st.negated, negated);
            QCOMPARE(st.modality, StatementFinder::modalityFor(lower, negated));
            QCOMPARE(st.upperCaseKeyword, st.keyword == st.keyword.toUpper());
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
}

void TestParseGates::requirementIdsMatchThePattern()
{
    const QStringList tokens = {
        QStringLiteral("FR-001"), QStringLiteral("NFR-7"), QStringLiteral("SC-2-3"),
        QStringLiteral("REQ-A1"), QStringLiteral("US-"),   QStringLiteral("XR-1"),
        QStringLiteral("**"),     QStringLiteral("😀"),    QStringLiteral("é"),
        QStringLiteral(" "),      QStringLiteral("- "),    QStringLiteral("a"),
        QStringLiteral(". "),     QStringLiteral("\n\n"),  QStringLiteral("UR-9"),
        QStringLiteral("SR-x")};
    QRandomGenerator random(24);
    int found = 0;
    for (int round = 0; round < 4000; ++round) {
        const QString text = randomText(random, tokens, 1 + round % 12);
        const SourceText source(text);
        QStringList expected;
        for (const auto &[from, to] : StatementFinder::sentences(text)) {
            const auto m = requirementIdPattern().match(text.mid(from, to - from));
            if (m.hasMatch())
                expected.append(QStringLiteral("%1 %2").arg(from).arg(m.captured(1)));
        }
        QStringList actual;
        for (const Statement &st : StatementFinder::find(text, text, 0, source)) {
            if (!st.requirementId.isEmpty())
                actual.append(
                    QStringLiteral("%1 %2").arg(st.range.startOffset).arg(st.requirementId));
        }
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("requirement ids differ on: ") + text));
        found += int(actual.size());
    }
    QVERIFY(found > 500);
}

void TestParseGates::turnsFromViewsMatchJoinedLines()
{
    const QStringList tokens = {QStringLiteral("<user>"),
                                QStringLiteral("</user>"),
                                QStringLiteral("<assistant>"),
                                QStringLiteral("</assistant>"),
                                QStringLiteral("<developer name=\"d\">"),
                                QStringLiteral("</developer>"),
                                QStringLiteral("<!-- GOOD: fine -->"),
                                QStringLiteral("<!-- BAD#x -->"),
                                QStringLiteral("<untrusted>"),
                                QStringLiteral("</untrusted>"),
                                QStringLiteral("<comparison>"),
                                QStringLiteral("</comparison>"),
                                QStringLiteral("```"),
                                QStringLiteral("[...]"),
                                QStringLiteral("text"),
                                QStringLiteral("  "),
                                QStringLiteral("\r"),
                                QStringLiteral("😀"),
                                QStringLiteral("\n"),
                                QStringLiteral("\n"),
                                QStringLiteral("\n")};
    QRandomGenerator random(25);
    int turns = 0;
    for (int round = 0; round < 4000; ++round) {
        const QString body = randomText(random, tokens, 1 + round % 40);
        // Views into one text (as the parser reads a fence) and lines as separate strings.
        const QList<QStringView> views = QStringView(body).split(u'\n');
        const QStringList copies = body.split(u'\n');
        Example fromViews, fromCopies;
        ExampleParser::parse(views, 3, fromViews);
        ExampleParser::parse(copies, 3, fromCopies);
        if (describe(fromViews) != describe(fromCopies))
            QFAIL(qPrintable(QStringLiteral("turns differ on: ") + body));
        turns += int(fromViews.turns.size());
    }
    QVERIFY(turns > 1000);
}

const QStringList &bracketTokens()
{
    static const QStringList tokens = {
        QStringLiteral("{"),    QStringLiteral("}"),      QStringLiteral("#"),
        QStringLiteral("."),    QStringLiteral("{#id}"),  QStringLiteral("[^"),
        QStringLiteral("[^n]"), QStringLiteral("]"),      QStringLiteral("["),
        QStringLiteral("^"),    QStringLiteral(":"),      QStringLiteral("]("),
        QStringLiteral(")"),    QStringLiteral(" "),      QStringLiteral("\t"),
        QStringLiteral("\n"),   QStringLiteral("\r\n"),   QStringLiteral("\r"),
        QStringLiteral("\f"),   QStringLiteral("a"),      QStringLiteral("😀"),
        QStringLiteral("é"),    QStringLiteral("\u00a0"), QStringLiteral("x=y")};
    return tokens;
}

void TestParseGates::maskLinksMatchesThePatterns()
{
    QCOMPARE(ProseScanner::maskLinks(QStringLiteral("Title {#id .c}  \nnext [^a] and [^b]:")),
             QStringLiteral("Title           \nnext      and     :"));
    QRandomGenerator random(26);
    for (int round = 0; round < 8000; ++round) {
        const QString text = randomText(random, bracketTokens(), 1 + round % 30);
        if (ProseScanner::maskLinks(text) != maskLinksByRegex(text))
            QFAIL(qPrintable(QStringLiteral("masks differ on: ") + text));
    }
}

void TestParseGates::footnotesMatchThePattern()
{
    QRandomGenerator random(27);
    int found = 0;
    for (int round = 0; round < 6000; ++round) {
        const QString text = randomText(random, bracketTokens(), 1 + round % 30);
        const SourceText source(text);
        const QStringList expected = footnotesByRegex(text, source);
        if (footnotesByScanner(text, source) != expected)
            QFAIL(qPrintable(QStringLiteral("footnotes differ on: ") + text));
        found += int(expected.size());
    }
    QVERIFY(found > 1000);
}

void TestParseGates::oneScanMatchesSentencesAndKeywords()
{
    const QStringList tokens = {QStringLiteral("MUST"),     QStringLiteral("must"),
                                QStringLiteral("MUST NOT"), QStringLiteral(" not"),
                                QStringLiteral("n't"),      QStringLiteral("Shall"),
                                QStringLiteral("may"),      QStringLiteral("NOT RECOMMENDED"),
                                QStringLiteral("OPTIONAL"), QStringLiteral("."),
                                QStringLiteral("!"),        QStringLiteral("?"),
                                QStringLiteral(";"),        QStringLiteral("\""),
                                QStringLiteral(")"),        QStringLiteral("*"),
                                QStringLiteral("_"),        QStringLiteral("\u201d"),
                                QStringLiteral(" "),        QStringLiteral("\n"),
                                QStringLiteral("\n\n"),     QStringLiteral("\r\n"),
                                QStringLiteral("e.g"),      QStringLiteral("etc"),
                                QStringLiteral("No"),       QStringLiteral("x"),
                                QStringLiteral("A"),        QStringLiteral("7"),
                                QStringLiteral("😀"),       QStringLiteral("é"),
                                QStringLiteral("\u00a0"),   QStringLiteral("\t"),
                                QStringLiteral("'")};
    QRandomGenerator random(28);
    int sentences = 0;
    for (int round = 0; round < 8000; ++round) {
        const QString text = randomText(random, tokens, round % 40);
        const StatementFinder::Scan scan = StatementFinder::sentencesAndKeywords(text);
        if (scan.sentences != StatementFinder::sentences(text) ||
            scan.keywords != StatementFinder::modalKeywords(text))
            QFAIL(qPrintable(QStringLiteral("one scan differs on: ") + text));
        sentences += int(scan.sentences.size());
    }
    QVERIFY(sentences > 10000);
}

void TestParseGates::rangesMatchTwoLineSearches()
{
    QRandomGenerator random(29);
    const QStringList tokens = {QStringLiteral("a"),  QStringLiteral("\n"), QStringLiteral("\r\n"),
                                QStringLiteral("\r"), QStringLiteral("😀"), QStringLiteral("bc")};
    for (int round = 0; round < 2000; ++round) {
        const QString text = randomText(random, tokens, round % 60);
        const SourceText source(text);
        for (int k = 0; k < 20; ++k) {
            const int start = int(random.bounded(int(text.size()) + 1));
            const int end = start + int(random.bounded(int(text.size()) - start + 1));
            const SourceRange r = source.rangeFromOffsets(start, end);
            // As it was computed: the end line by its own search.
            const int last = std::max(start, end - 1);
            const int endLine = source.lineForOffset(last);
            QCOMPARE(r.endLine, endLine);
            QCOMPARE(r.endColumn, last - source.lineStartOffset(endLine) + 1);
            QCOMPARE(r.startLine, source.lineForOffset(start));
        }
    }
}

void TestParseGates::lineTablesMatchTheEncodedText()
{
    // The line tables against the text itself: lines split where cmark splits them (\n,
    // \r\n, a lone \r), each line's byte start the UTF-8 size of the text before it, and
    // every byte column of a line mapped to the UTF-16 offset whose prefix has that many bytes.
    QRandomGenerator random(31);
    const QStringList tokens = {QStringLiteral("a"),    QStringLiteral("\n"),
                                QStringLiteral("\r\n"), QStringLiteral("\r"),
                                QStringLiteral("😀"),   QStringLiteral("é"),
                                QStringLiteral("bc"),   QStringLiteral("\u201d")};
    for (int round = 0; round < 3000; ++round) {
        // Half of the texts have no \r (the memchr path), some no non-ASCII character at all.
        QStringList pool = tokens;
        if (round % 2 == 0) {
            pool.removeAll(QStringLiteral("\r\n"));
            pool.removeAll(QStringLiteral("\r"));
        }
        if (round % 4 == 0)
            pool = {QStringLiteral("a"), QStringLiteral("\n"), QStringLiteral("bc")};
        const QString text = randomText(random, pool, round % 50);
        const SourceText source(text);
        static const QRegularExpression breaks(QStringLiteral("\r\n|\n|\r"));
        const QStringList lines = text.split(breaks);
        QCOMPARE(source.lineCount(), int(lines.size()));
        QCOMPARE(source.hasCarriageReturn(), text.contains(u'\r'));
        QCOMPARE(source.utf8(), text.toUtf8());
        int offset = 0;
        for (int l = 1; l <= source.lineCount(); ++l) {
            const QString &expected = lines.at(l - 1);
            QCOMPARE(source.line(l).toString(), expected);
            QCOMPARE(source.lineStartOffset(l), offset);
            QCOMPARE(source.lineStartByte(l), int(text.left(offset).toUtf8().size()));
            const QByteArray bytes = expected.toUtf8();
            for (int k = 0; k <= expected.size(); ++k) {
                // Only columns at character starts: those are what cmark reports.
                if (k > 0 && k < expected.size() && expected.at(k).isLowSurrogate())
                    continue;
                const int column = int(expected.left(k).toUtf8().size()) + 1;
                QCOMPARE(source.offsetForByteColumn(l, column), offset + k);
            }
            QVERIFY(bytes.size() >= expected.size());
            offset += int(expected.size());
            if (offset < text.size())
                offset += text.mid(offset).startsWith(QLatin1String("\r\n")) ? 2 : 1;
        }
    }
}

void TestParseGates::exampleLabelMatchesThePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*Examples?\b\s*:?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    auto byRegex = [](const QString &strong) {
        return re.match(strong.endsWith(u':') ? strong.chopped(1) : strong).hasMatch();
    };
    QVERIFY(ExampleCaption::isExampleLabel(u"Example:"));
    QVERIFY(ExampleCaption::isExampleLabel(u" EXAMPLES "));
    QVERIFY(!ExampleCaption::isExampleLabel(u"Examples2"));
    const QStringList tokens = {
        QStringLiteral("Example"), QStringLiteral("EXAMPLE"), QStringLiteral("exampl"),
        QStringLiteral("e"),       QStringLiteral("s"),       QStringLiteral("S"),
        QStringLiteral("\u017f"),  QStringLiteral(":"),       QStringLiteral(" "),
        QStringLiteral("\n"),      QStringLiteral("\t"),      QStringLiteral("\u00a0"),
        QStringLiteral("x"),       QStringLiteral("_"),       QStringLiteral("1"),
        QStringLiteral("😀"),      QStringLiteral("é"),       QStringLiteral("\u212a")};
    QRandomGenerator random(30);
    int matches = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString text = randomText(random, tokens, 1 + round % 6);
        const bool expected = byRegex(text);
        if (ExampleCaption::isExampleLabel(text) != expected)
            QFAIL(qPrintable(QStringLiteral("label differs on: ") + text));
        matches += expected ? 1 : 0;
    }
    QVERIFY(matches > 200);
}

void TestParseGates::rationalesAreSimplified()
{
    const QStringList tokens = {
        QStringLiteral(" "),      QStringLiteral("  "),  QStringLiteral("\t"),
        QStringLiteral("\n"),     QStringLiteral("why"), QStringLiteral("x"),
        QStringLiteral("\u00a0"), QStringLiteral("😀"),  QStringLiteral(",")};
    QRandomGenerator random(31);
    int labelled = 0;
    for (int round = 0; round < 5000; ++round) {
        const QString comment = QStringLiteral("BAD: ") + randomText(random, tokens, round % 12);
        ExampleTurn turn;
        if (!ExampleParser::parseLabel(comment, turn))
            continue;
        QCOMPARE(turn.rationale, turn.rationaleMarkdown.simplified());
        ++labelled;
    }
    QVERIFY(labelled > 4000);
}

QTEST_GUILESS_MAIN(TestParseGates)
#include "tst_parse_gates.moc"
