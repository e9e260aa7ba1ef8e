// The hand-written scanners of the parser against the regular expressions they replaced: the
// same hits on edge cases (CRLF, non-BMP characters, empty text, words glued to keywords) and on
// many deterministic random texts built from the tokens that matter.
#include "example_caption.h"
#include "example_tag_reader.h"
#include "link_syntax.h"
#include "prose_scanner.h"
#include "source_text.h"
#include "statement_finder.h"
#include "text_search.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Specwright;

namespace {

// The pattern StatementFinder used before its scanner.
QList<std::pair<int, int>> modalKeywordsByRegex(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(\b(NOT RECOMMENDED|MUST NOT|SHALL NOT|SHOULD NOT|MAY NOT|MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED|MAY|OPTIONAL|)"
        R"([Mm]ust(?:n't| not| never)?|[Ss]hall(?: not| never)?|[Ss]hould(?:n't| not| never)?|[Mm]ay(?: not| never)?)\b)"));
    QList<std::pair<int, int>> hits;
    auto it = re.globalMatchView(text);
    while (it.hasNext()) {
        const auto m = it.next();
        hits.append({int(m.capturedStart(1)), int(m.capturedLength(1))});
    }
    return hits;
}

// Random text from tokens that start, end or glue keywords, with CRLF and non-BMP characters.
QString randomText(QRandomGenerator &random, const QStringList &tokens, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += tokens.at(random.bounded(int(tokens.size())));
    return text;
}

const QStringList &keywordTokens()
{
    static const QStringList tokens = {QStringLiteral("MUST"),
                                       QStringLiteral("must"),
                                       QStringLiteral("Must"),
                                       QStringLiteral("MUST NOT"),
                                       QStringLiteral(" not"),
                                       QStringLiteral(" NOT"),
                                       QStringLiteral("n't"),
                                       QStringLiteral(" never"),
                                       QStringLiteral("SHALL"),
                                       QStringLiteral("shall"),
                                       QStringLiteral("Should"),
                                       QStringLiteral("should"),
                                       QStringLiteral("SHOULD"),
                                       QStringLiteral("MAY"),
                                       QStringLiteral("may"),
                                       QStringLiteral("May"),
                                       QStringLiteral("REQUIRED"),
                                       QStringLiteral("RECOMMENDED"),
                                       QStringLiteral("NOT RECOMMENDED"),
                                       QStringLiteral("OPTIONAL"),
                                       QStringLiteral("NOT"),
                                       QStringLiteral(" "),
                                       QStringLiteral("  "),
                                       QStringLiteral("\r\n"),
                                       QStringLiteral("\n"),
                                       QStringLiteral("x"),
                                       QStringLiteral("_"),
                                       QStringLiteral("7"),
                                       QStringLiteral("-"),
                                       QStringLiteral("'"),
                                       QStringLiteral("."),
                                       QStringLiteral("é"),
                                       QStringLiteral("😀"),
                                       QStringLiteral("\u00a0"),
                                       QStringLiteral("ing"),
                                       QStringLiteral("be"),
                                       QStringLiteral("**"),
                                       QStringLiteral("mUST"),
                                       QStringLiteral("MUSTN'T")};
    return tokens;
}

// The patterns ProseScanner used before LinkSyntax.
QStringList linksByRegex(const QString &text)
{
    static const QRegularExpression link(QStringLiteral(
        R"((!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?([^()\s>]*)>?(?:\s+"[^"]*")?\s*\))"));
    QStringList out;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(QStringLiteral("%1-%2 image=%3 text=%4 target=%5")
                       .arg(m.capturedStart(0))
                       .arg(m.capturedEnd(0))
                       .arg(!m.capturedView(1).isEmpty())
                       .arg(m.captured(2), m.captured(3)));
    }
    return out;
}

QStringList linksByScanner(const QString &text)
{
    QStringList out;
    for (const LinkSyntax::Link &l : LinkSyntax::inlineLinks(text))
        out.append(QStringLiteral("%1-%2 image=%3 text=%4 target=%5")
                       .arg(l.start)
                       .arg(l.end)
                       .arg(l.image)
                       .arg(text.mid(l.textStart, l.textEnd - l.textStart),
                            text.mid(l.targetStart, l.targetEnd - l.targetStart)));
    return out;
}

QList<std::pair<qsizetype, qsizetype>> destinationsByRegex(const QString &text)
{
    static const QRegularExpression dest(
        QStringLiteral(R"(\]\(([^()\s]*(?:\([^()]*\))?[^()\s]*)(\s+"[^"]*")?\))"));
    QList<std::pair<qsizetype, qsizetype>> out;
    auto it = dest.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.capturedStart(0), m.capturedEnd(0)});
    }
    return out;
}

const QStringList &linkTokens()
{
    static const QStringList tokens = {
        QStringLiteral("["),  QStringLiteral("]"),   QStringLiteral("("),      QStringLiteral(")"),
        QStringLiteral("!"),  QStringLiteral("<"),   QStringLiteral(">"),      QStringLiteral("\""),
        QStringLiteral(" "),  QStringLiteral("\t"),  QStringLiteral("\r\n"),   QStringLiteral("\n"),
        QStringLiteral("a"),  QStringLiteral("#id"), QStringLiteral("x.md"),   QStringLiteral("😀"),
        QStringLiteral("]("), QStringLiteral("[?]"), QStringLiteral(" \"t\""), QStringLiteral("é")};
    return tokens;
}

// The patterns ExampleParser used before ExampleTagReader, and their captures as one string.
QString openTagByRegex(const QString &line)
{
    static const QString attribute =
        QStringLiteral("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*<(system|developer|user|assistant|tool)((?:\s+)") + attribute +
        QStringLiteral(R"()*)\s*>\s*(?:<!--(.*?)-->)?(.*)$)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return QStringLiteral("no");
    return QStringList{m.captured(1), m.captured(2), m.captured(7), m.captured(8)}.join(u'|');
}

QString openTagByReader(const QString &line)
{
    ExampleTagReader::OpenTag tag;
    if (!ExampleTagReader::readOpenTag(line, &tag))
        return QStringLiteral("no");
    return QStringList{tag.role.toString(), tag.attributes.toString(), tag.label.toString(),
                       tag.rest.toString()}
        .join(u'|');
}

QString labelByRegex(const QString &comment)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(GOOD|BAD|OK)(?:\s*\[\s*#?([\w.:-]+)\s*\]|#([\w.:-]+))?\s*(?:[:,]\s*(.*?))?\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(comment);
    if (!m.hasMatch())
        return QStringLiteral("no");
    return QStringList{m.captured(1), m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3),
                       m.captured(4)}
        .join(u'|');
}

QString labelByReader(const QString &comment)
{
    ExampleTagReader::Label label;
    if (!ExampleTagReader::readLabel(comment, &label))
        return QStringLiteral("no");
    return QStringList{label.label.toString(), label.violated.toString(),
                       label.rationale.toString()}
        .join(u'|');
}

// ProseScanner::plainSentence as it was written with patterns.
QString plainSentenceByRegex(const QString &markdown)
{
    QString s = markdown;
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    s.replace(link, QStringLiteral("\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)"));
    s.replace(emphasis, QString());
    return s.simplified();
}

// The caption lead pattern ExampleCaption replaced.
QString captionByRegex(const QString &paragraph)
{
    static const QRegularExpression lead(
        QStringLiteral(R"(^\s*(?:\*\*|__)\s*Examples?\s*:?\s*(?:\*\*|__)\s*:?\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = paragraph;
    text.remove(lead);
    return text.simplified();
}

// Line starts as SourceText found them in one character loop: at \n, \r\n and a lone \r.
QList<int> lineStartsByLoop(const QString &text)
{
    QList<int> starts{0};
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text.at(i + 1) != u'\n')))
            starts.append(int(i + 1));
    }
    return starts;
}

} // namespace

class TestProseScanners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modalKeywordsEdgeCases_data();
    void modalKeywordsEdgeCases();
    void modalKeywordsMatchTheRegex();
    void textSearchMatchesQString_data();
    void textSearchMatchesQString();
    void textSearchRandom();
    void linksEdgeCases_data();
    void linksEdgeCases();
    void linksMatchTheRegex();
    void exampleTagsMatchTheRegex();
    void plainSentenceMatchesTheRegex();
    void captionMatchesTheRegex();
    void sourceTextLineTables();
};

void TestProseScanners::modalKeywordsEdgeCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("empty", QString(), {});
    row("longest first", QStringLiteral("It MUST NOT fail."), {QStringLiteral("MUST NOT")});
    row("not a word after", QStringLiteral("It MUST NOTE this."), {QStringLiteral("MUST")});
    row("glued before", QStringLiteral("xMUST and _must"), {});
    row("glued after", QStringLiteral("MUSTx musts Mayday"), {});
    row("digit glues", QStringLiteral("MUST1 2must"), {});
    row("lower forms", QStringLiteral("You mustn't; we shall never; it may not."),
        {QStringLiteral("mustn't"), QStringLiteral("shall never"), QStringLiteral("may not")});
    row("suffix not a word", QStringLiteral("must nothing"), {QStringLiteral("must")});
    row("capitalised", QStringLiteral("Should it? Must it?"),
        {QStringLiteral("Should"), QStringLiteral("Must")});
    row("mixed case is not", QStringLiteral("mUST MuSt sHALL"), {});
    row("upper with lower suffix", QStringLiteral("MUST not"), {QStringLiteral("MUST")});
    row("crlf", QStringLiteral("a\r\nMUST\r\nb"), {QStringLiteral("MUST")});
    row("non-bmp neighbours", QStringLiteral("😀MUST😀 émay"),
        {QStringLiteral("MUST"), QStringLiteral("may")});
    row("not recommended", QStringLiteral("NOT RECOMMENDED, NOT REQUIRED"),
        {QStringLiteral("NOT RECOMMENDED"), QStringLiteral("REQUIRED")});
    row("at the end", QStringLiteral("you should"), {QStringLiteral("should")});
}

void TestProseScanners::modalKeywordsEdgeCases()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const auto &[start, length] : StatementFinder::modalKeywords(text))
        found.append(text.mid(start, length));
    QCOMPARE(found, expected);
    QCOMPARE(StatementFinder::modalKeywords(text), modalKeywordsByRegex(text));
}

void TestProseScanners::modalKeywordsMatchTheRegex()
{
    QRandomGenerator random(16);
    for (int round = 0; round < 3000; ++round) {
        const QString text = randomText(random, keywordTokens(), 1 + round % 40);
        const auto expected = modalKeywordsByRegex(text);
        if (StatementFinder::modalKeywords(text) != expected)
            QFAIL(qPrintable(QStringLiteral("differs on: ") + text));
    }
}

void TestProseScanners::textSearchMatchesQString_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("from");
    QTest::newRow("empty haystack") << QString() << QStringLiteral("](") << 0;
    QTest::newRow("empty needle") << QStringLiteral("abc") << QString() << 1;
    QTest::newRow("at start") << QStringLiteral("](x") << QStringLiteral("](") << 0;
    QTest::newRow("at end") << QStringLiteral("x](") << QStringLiteral("](") << 0;
    QTest::newRow("split by end") << QStringLiteral("x]") << QStringLiteral("](") << 0;
    QTest::newRow("after from") << QStringLiteral("](a](") << QStringLiteral("](") << 1;
    QTest::newRow("common letters")
        << QStringLiteral("given Given iven") << QStringLiteral("iven") << 0;
    QTest::newRow("close tag") << QStringLiteral("text </user> more") << QStringLiteral("</user>")
                               << 0;
    QTest::newRow("non-bmp") << QStringLiteral("😀</user>😀") << QStringLiteral("</user>") << 0;
    QTest::newRow("needle longer") << QStringLiteral("<u") << QStringLiteral("</user>") << 0;
    QTest::newRow("from past end") << QStringLiteral("abc") << QStringLiteral("c") << 5;
}

void TestProseScanners::textSearchMatchesQString()
{
    QFETCH(QString, haystack);
    QFETCH(QString, needle);
    QFETCH(int, from);
    QCOMPARE(TextSearch::indexOf(haystack, needle, from), haystack.indexOf(needle, from));
    QCOMPARE(TextSearch::contains(haystack, needle), haystack.contains(needle));
}

void TestProseScanners::textSearchRandom()
{
    QRandomGenerator random(7);
    const QStringList tokens = {QStringLiteral("]"), QStringLiteral("("), QStringLiteral("["),
                                QStringLiteral("^"), QStringLiteral("i"), QStringLiteral("ven"),
                                QStringLiteral(" "), QStringLiteral("e"), QStringLiteral("😀")};
    const QStringList needles = {QStringLiteral("]("), QStringLiteral("[^"), QStringLiteral("iven"),
                                 QStringLiteral("e e"), QStringLiteral("ee")};
    for (int round = 0; round < 2000; ++round) {
        const QString text = randomText(random, tokens, round % 30);
        for (const QString &needle : needles) {
            for (int from = 0; from < 3; ++from)
                QCOMPARE(TextSearch::indexOf(text, needle, from), text.indexOf(needle, from));
        }
    }
}

void TestProseScanners::linksEdgeCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("plain") << QStringLiteral("See [the part](#part).") << 1;
    QTest::newRow("image") << QStringLiteral("![alt](a.png)") << 1;
    QTest::newRow("nested text") << QStringLiteral("[a [b] c](x.md#y)") << 1;
    QTest::newRow("too deep") << QStringLiteral("[a [b [c]] d](x)") << 0;
    QTest::newRow("angle brackets") << QStringLiteral("[a](<b c>)") << 0;
    QTest::newRow("title") << QStringLiteral("[a](b \"t\")") << 1;
    QTest::newRow("title after spaces only") << QStringLiteral("[a]( \"t x\")") << 1;
    QTest::newRow("unclosed") << QStringLiteral("[a](b") << 0;
    QTest::newRow("crlf") << QStringLiteral("[a\r\nb](c\r\n)") << 1;
    QTest::newRow("non-bmp") << QStringLiteral("[😀](#😀)") << 1;
    QTest::newRow("parens in destination") << QStringLiteral("[a](b(c)d)") << 0;
}

void TestProseScanners::linksEdgeCases()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(linksByScanner(text), linksByRegex(text));
    QCOMPARE(linksByScanner(text).size(), count);
    QCOMPARE(LinkSyntax::destinations(text), destinationsByRegex(text));
}

void TestProseScanners::linksMatchTheRegex()
{
    QRandomGenerator random(3);
    for (int round = 0; round < 6000; ++round) {
        const QString text = randomText(random, linkTokens(), 1 + round % 30);
        if (linksByScanner(text) != linksByRegex(text))
            QFAIL(qPrintable(QStringLiteral("links differ on: ") + text));
        if (LinkSyntax::destinations(text) != destinationsByRegex(text))
            QFAIL(qPrintable(QStringLiteral("destinations differ on: ") + text));
    }
}

void TestProseScanners::exampleTagsMatchTheRegex()
{
    const QStringList fixed = {QString(),
                               QStringLiteral("<user>"),
                               QStringLiteral("  <assistant> <!-- GOOD --> hi"),
                               QStringLiteral("<users>"),
                               QStringLiteral("<tool name=\"x\" recipient='y' n=3>t"),
                               QStringLiteral("<tool name=\"x>"),
                               QStringLiteral("<user >\r"),
                               QStringLiteral("<developer><!--BAD#a:b: why--></developer>"),
                               QStringLiteral("<assistant> <!-- unclosed"),
                               QStringLiteral("<system\tk = v >😀")};
    for (const QString &line : fixed)
        QCOMPARE(openTagByReader(line), openTagByRegex(line));
    const QStringList labels = {
        QStringLiteral(" GOOD "),       QStringLiteral("BAD#stay_on_topic: ignores it"),
        QStringLiteral("BAD[#x]: why"), QStringLiteral("BAD [ x ] , why \n"),
        QStringLiteral("GOODNESS"),     QStringLiteral("OK: "),
        QStringLiteral("BAD#a:b c"),    QStringLiteral("BAD#a:"),
        QStringLiteral("BAD#a b"),      QStringLiteral("BAD[#x"),
        QStringLiteral("BAD#:x"),       QStringLiteral("OK,😀 fine\r\n")};
    for (const QString &comment : labels)
        QCOMPARE(labelByReader(comment), labelByRegex(comment));

    QRandomGenerator random(11);
    const QStringList tagTokens = {
        QStringLiteral("<"),         QStringLiteral(">"),    QStringLiteral("user"),
        QStringLiteral("assistant"), QStringLiteral("tool"), QStringLiteral(" "),
        QStringLiteral("\t"),        QStringLiteral("name"), QStringLiteral("="),
        QStringLiteral("\""),        QStringLiteral("'"),    QStringLiteral("x"),
        QStringLiteral("<!--"),      QStringLiteral("-->"),  QStringLiteral("GOOD"),
        QStringLiteral(":"),         QStringLiteral("\r"),   QStringLiteral("😀"),
        QStringLiteral("a-b.c")};
    const QStringList labelTokens = {
        QStringLiteral("GOOD"), QStringLiteral("BAD"), QStringLiteral("OK"), QStringLiteral(" "),
        QStringLiteral("#"),    QStringLiteral("["),   QStringLiteral("]"),  QStringLiteral(":"),
        QStringLiteral(","),    QStringLiteral("id"),  QStringLiteral("."),  QStringLiteral("-"),
        QStringLiteral("\n"),   QStringLiteral("why"), QStringLiteral("é")};
    for (int round = 0; round < 6000; ++round) {
        QString line = randomText(random, tagTokens, 1 + round % 16);
        if (round % 2)
            line.prepend(QStringLiteral("<assistant"));
        if (openTagByReader(line) != openTagByRegex(line))
            QFAIL(qPrintable(QStringLiteral("open tag differs on: ") + line));
        QString comment = randomText(random, labelTokens, 1 + round % 12);
        if (round % 2)
            comment.prepend(QStringLiteral("BAD"));
        if (labelByReader(comment) != labelByRegex(comment))
            QFAIL(qPrintable(QStringLiteral("label differs on: ") + comment));
    }
}

void TestProseScanners::plainSentenceMatchesTheRegex()
{
    QCOMPARE(ProseScanner::plainSentence(u"**FR-001**: the _system_ `MUST` [log](#log) it."),
             QStringLiteral("FR-001: the system MUST log it."));
    QCOMPARE(ProseScanner::plainSentence(u"snake_case and 2*3*4 stay"),
             QStringLiteral("snake_case and 2*3*4 stay"));
    QRandomGenerator random(5);
    const QStringList tokens = {
        QStringLiteral("*"), QStringLiteral("**"),   QStringLiteral("_"), QStringLiteral("`"),
        QStringLiteral("["), QStringLiteral("]"),    QStringLiteral("("), QStringLiteral(")"),
        QStringLiteral(" "), QStringLiteral("\r\n"), QStringLiteral("a"), QStringLiteral("7"),
        QStringLiteral("é"), QStringLiteral("😀"),   QStringLiteral("."), QStringLiteral("\t")};
    for (int round = 0; round < 6000; ++round) {
        const QString text = randomText(random, tokens, 1 + round % 24);
        if (ProseScanner::plainSentence(text) != plainSentenceByRegex(text))
            QFAIL(qPrintable(QStringLiteral("plain sentence differs on: ") + text));
    }
}

void TestProseScanners::captionMatchesTheRegex()
{
    QCOMPARE(ExampleCaption::captionMarkdown(u"**Example**: a [plain](#x)\nquestion"),
             QStringLiteral("a [plain](#x) question"));
    QRandomGenerator random(9);
    const QStringList tokens = {QStringLiteral("**"),       QStringLiteral("__"),
                                QStringLiteral("*"),        QStringLiteral(" "),
                                QStringLiteral("\n"),       QStringLiteral("Example"),
                                QStringLiteral("EXAMPLES"), QStringLiteral("example\u017f"),
                                QStringLiteral(":"),        QStringLiteral("title"),
                                QStringLiteral("😀"),       QStringLiteral("\t")};
    for (int round = 0; round < 4000; ++round) {
        const QString text = randomText(random, tokens, 1 + round % 10);
        if (ExampleCaption::captionMarkdown(text) != captionByRegex(text))
            QFAIL(qPrintable(QStringLiteral("caption differs on: ") + text));
    }
}

void TestProseScanners::sourceTextLineTables()
{
    QRandomGenerator random(13);
    const QStringList tokens = {QStringLiteral("a"),  QStringLiteral("\n"), QStringLiteral("\r\n"),
                                QStringLiteral("\r"), QStringLiteral("é"),  QStringLiteral("€"),
                                QStringLiteral("😀"), QStringLiteral(" "),  QStringLiteral("\n\n")};
    for (int round = 0; round < 3000; ++round) {
        QString text = randomText(random, tokens, round % 40);
        if (round % 3 == 0)
            text.remove(u'\r'); // the vectorised path is taken without a carriage return
        const SourceText source(text);
        const QList<int> starts = lineStartsByLoop(text);
        QCOMPARE(source.lineCount(), int(starts.size()));
        for (int line = 1; line <= source.lineCount(); ++line) {
            QCOMPARE(source.lineStartOffset(line), starts.at(line - 1));
            // Every character start on the line, addressed by its UTF-8 byte column as cmark
            // reports it, maps back to its UTF-16 offset.
            const QStringView chars = source.line(line);
            int byteColumn = 1;
            for (qsizetype i = 0; i < chars.size(); ++i) {
                QCOMPARE(source.offsetForByteColumn(line, byteColumn),
                         starts.at(line - 1) + int(i));
                const char16_t c = chars.at(i).unicode();
                byteColumn += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isHighSurrogate(c) ? 4 : 3;
                if (QChar::isHighSurrogate(c))
                    ++i;
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestProseScanners)
#include "tst_prose_scanners.moc"
