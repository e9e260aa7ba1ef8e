#include "example_parser.h"

#include "example_tag_reader.h"
#include "text_search.h"

#include <QCoreApplication>
#include <QRegularExpression>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

// key="value", key='value' or key=value
constexpr auto kAttribute = R"re(([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))re";

// Capture group of the text after a block's open tag (the attribute pattern has four groups).
constexpr int kBlockRest = 7;

const QRegularExpression &attributePattern()
{
    static const QRegularExpression re{QString(QLatin1String(kAttribute))};
    return re;
}

// <untrusted ...> or <settings ...> at the start of a (trimmed) line.
const QRegularExpression &blockOpenPattern()
{
    static const QRegularExpression re{QString(QStringLiteral(R"(^<(untrusted|settings)((?:\s+)") +
                                               QLatin1String(kAttribute) +
                                               QStringLiteral(R"()*)\s*>(.*)$)"))};
    return re;
}

// A cheap test before the block pattern runs: most lines open no block.
bool opensBlock(QStringView trimmed)
{
    return trimmed.startsWith(u"<untrusted") || trimmed.startsWith(u"<settings");
}

QList<Attribute> readAttributes(QStringView text)
{
    QList<Attribute> out;
    if (text.isEmpty() || !text.contains(u'='))
        return out; // most tags have no attribute
    auto it = attributePattern().globalMatchView(text);
    while (it.hasNext()) {
        const auto a = it.next();
        QString value = a.captured(2);
        if (a.capturedLength(3) > 0)
            value = a.captured(3);
        else if (a.capturedLength(4) > 0)
            value = a.captured(4);
        out.append({a.captured(1), value});
    }
    return out;
}

ExampleBlock::Kind blockKind(QStringView name)
{
    return name == u"settings" ? ExampleBlock::Kind::Settings : ExampleBlock::Kind::Untrusted;
}

QString closeTagOf(ExampleBlock::Kind kind)
{
    return kind == ExampleBlock::Kind::Settings ? QStringLiteral("</settings>")
                                                : QStringLiteral("</untrusted>");
}

// Lines joined with "\n" as they come (QStringList::join without the list). Lines that follow
// each other in one text (views from splitting it at "\n") need no joining: the joined text is
// the span from the first to the last, copied once at the end.
struct LineJoiner
{
    const QChar *start = nullptr; // the span so far, while the lines are contiguous
    const QChar *end = nullptr;
    QString copy; // the joined text once a line was not contiguous
    bool copied = false;
    int lines = 0;

    void append(QStringView line)
    {
        if (lines++ == 0) {
            start = line.data();
            end = line.data() + line.size();
            return;
        }
        if (!copied && line.data() == end + 1 && *end == u'\n') {
            end = line.data() + line.size();
            return;
        }
        if (!copied) {
            copy = QStringView(start, end).toString();
            copied = true;
        }
        copy += u'\n';
        copy += line;
    }
    QString trimmed() const
    {
        return copied ? copy.trimmed() : QStringView(start, end).trimmed().toString();
    }
    bool isEmpty() const { return lines == 0; }
    void clear() { *this = LineJoiner(); }
};

// The roles' names and close tags, shared by every turn (one string each, not one per turn).
struct RoleNames
{
    QString name;
    QString closeTag;
};

const RoleNames &roleNames(QStringView role)
{
    static const RoleNames roles[] = {{u"system"_s, u"</system>"_s},
                                      {u"developer"_s, u"</developer>"_s},
                                      {u"user"_s, u"</user>"_s},
                                      {u"assistant"_s, u"</assistant>"_s},
                                      {u"tool"_s, u"</tool>"_s}};
    for (const RoleNames &r : roles) {
        if (r.name == role)
            return r;
    }
    // ExampleTagReader only reads the five roles; any other name gets its own strings.
    thread_local RoleNames other;
    other = {role.toString(), u"</"_s + role + u'>'};
    return other;
}

// Collects one <untrusted>/<settings> block whose open tag is on lines[i]; returns the index
// of its last line. `rest` is the text after the open tag on that line.
int readBlock(const QList<QStringView> &lines, int i, int firstLine, ExampleBlock &block,
              QStringView rest)
{
    const QString close = closeTagOf(block.kind);
    block.startLine = firstLine + i;
    LineJoiner body;
    const qsizetype sameLine = TextSearch::indexOf(rest, close);
    if (sameLine >= 0) {
        block.text = rest.left(sameLine).trimmed().toString();
        block.endLine = block.startLine;
        return i;
    }
    if (!rest.trimmed().isEmpty())
        body.append(rest);
    int j = i + 1;
    for (; j < lines.size(); ++j) {
        const qsizetype at = TextSearch::indexOf(lines.at(j), close);
        if (at >= 0) {
            body.append(lines.at(j).left(at));
            break;
        }
        body.append(lines.at(j));
    }
    block.text = body.trimmed();
    block.endLine = firstLine + int(std::min<qsizetype>(j, lines.size() - 1));
    return int(std::min<qsizetype>(j, lines.size() - 1));
}

bool holdsTagOrFence(QStringView line)
{
    const char16_t *s = line.utf16();
    const qsizetype n = line.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight characters at a time: turn lines are mostly long runs of plain text.
    const __m128i lessThan = _mm_set1_epi16(short(u'<'));
    const __m128i backtick = _mm_set1_epi16(short(u'`'));
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        if (_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi16(v, lessThan), _mm_cmpeq_epi16(v, backtick))))
            return true;
    }
#endif
    for (; i < n; ++i) {
        if (s[i] == u'<' || s[i] == u'`')
            return true;
    }
    return false;
}

// Whether QString::simplified() would return the text unchanged: no blank at either end and
// every inner blank a single space.
bool isSimplified(QStringView text)
{
    bool afterSpace = true; // a blank first is not simplified
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (afterSpace || c != u' ')
                return false;
            afterSpace = true;
            continue;
        }
        afterSpace = false;
    }
    return !afterSpace || text.isEmpty();
}

} // namespace

bool ExampleParser::isRole(QStringView name)
{
    return name == u"system" || name == u"developer" || name == u"user" || name == u"assistant" ||
           name == u"tool";
}

bool ExampleParser::isElision(QStringView trimmed)
{
    return trimmed == u"[...]" || trimmed == u"[…]" || trimmed == u"[ ... ]";
}

bool ExampleParser::parseLabel(QStringView comment, ExampleTurn &turn)
{
    // GOOD | BAD | OK, then an optional violated section (#id or [#id]), then ": why" or ", why".
    ExampleTagReader::Label read;
    if (!ExampleTagReader::readLabel(comment, &read))
        return false;
    turn.label = read.label == u"GOOD"  ? AnswerLabel::Good
                 : read.label == u"BAD" ? AnswerLabel::Bad
                                        : AnswerLabel::Ok;
    turn.violatedSection = read.violated.toString();
    turn.rationaleMarkdown = read.hasRationale ? read.rationale.toString() : QString();
    // Most rationales are simplified already: they then share the string as written.
    turn.rationale = isSimplified(turn.rationaleMarkdown) ? turn.rationaleMarkdown
                                                          : turn.rationaleMarkdown.simplified();
    return true;
}

void ExampleParser::parse(const QStringList &lines, int firstLine, Example &example)
{
    QList<QStringView> views;
    views.reserve(lines.size());
    for (const QString &line : lines)
        views.append(line);
    parse(views, firstLine, example);
}

void ExampleParser::parse(const QList<QStringView> &lines, int firstLine, Example &example)
{
    ExampleTurn *open = nullptr;
    QString openRole;
    QString closeTag; // "</role>" of the open turn
    LineJoiner body;
    bool inComparison = false;
    bool elided = false;
    QString innerFence; // a backtick fence inside a turn: tags in it are text
    int comparisonIndex = -1;
    int blockEnd = 0; // last line of the <untrusted>/<settings> block read inside the open turn

    auto closeTurn = [&](int endLine) {
        if (!open)
            return;
        open->text = body.trimmed();
        open->endLine = endLine;
        open = nullptr;
        body.clear();
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        const int lineNo = firstLine + i;
        // Inside a turn, a line without "<" or "`" closes nothing and opens nothing: most of
        // a turn's lines are plain text.
        if (open && innerFence.isEmpty() && !holdsTagOrFence(line)) {
            body.append(line);
            continue;
        }
        const QStringView trimmed = line.trimmed();

        if (open && !innerFence.isEmpty()) {
            if (trimmed.startsWith(innerFence))
                innerFence.clear();
            body.append(line);
            continue;
        }
        if (open) {
            const qsizetype closeAt = TextSearch::indexOf(line, closeTag);
            if (closeAt >= 0) {
                body.append(line.left(closeAt));
                closeTurn(lineNo);
                continue;
            }
            if (trimmed.startsWith(QLatin1String("```"))) {
                qsizetype n = 0;
                while (n < trimmed.size() && trimmed.at(n) == u'`')
                    ++n;
                innerFence = trimmed.left(n).toString();
            }
            if (body.isEmpty() && open->label == AnswerLabel::None && trimmed.startsWith(u"<!--") &&
                trimmed.endsWith(u"-->") && parseLabel(trimmed.mid(4, trimmed.size() - 7), *open))
                continue; // the label comment on the line after the open tag
            if (lineNo > blockEnd && opensBlock(trimmed)) {
                const auto b = blockOpenPattern().matchView(trimmed);
                if (b.hasMatch()) {
                    ExampleBlock block;
                    block.kind = blockKind(b.capturedView(1));
                    block.attributes = readAttributes(b.capturedView(2));
                    readBlock(lines, i, firstLine, block, b.capturedView(kBlockRest));
                    blockEnd = block.endLine;
                    open->blocks.append(std::move(block));
                }
            }
            body.append(line);
            continue;
        }
        if (trimmed == u"<comparison>") {
            inComparison = true;
            ++comparisonIndex;
            ++example.comparisonCount;
            continue;
        }
        if (trimmed == u"</comparison>") {
            inComparison = false;
            continue;
        }
        if (isElision(trimmed)) {
            elided = true;
            continue;
        }
        if (opensBlock(trimmed)) {
            const auto b = blockOpenPattern().matchView(trimmed);
            if (b.hasMatch()) {
                ExampleBlock block;
                block.kind = blockKind(b.capturedView(1));
                block.attributes = readAttributes(b.capturedView(2));
                block.beforeTurn = int(example.turns.size());
                i = readBlock(lines, i, firstLine, block, b.capturedView(kBlockRest));
                example.blocks.append(std::move(block));
                continue;
            }
        }
        ExampleTagReader::OpenTag tag;
        if (!ExampleTagReader::readOpenTag(line, &tag)) {
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("<!--")))
                example.problems.append(tr("line %1: text outside of a turn").arg(lineNo));
            continue;
        }
        ExampleTurn turn;
        const RoleNames &names = roleNames(tag.role);
        turn.role = names.name;
        turn.attributes = readAttributes(tag.attributes);
        if (!tag.label.isEmpty())
            parseLabel(tag.label, turn);
        turn.inComparison = inComparison;
        turn.comparisonIndex = inComparison ? comparisonIndex : -1;
        turn.startLine = lineNo;
        turn.elidedBefore = elided;
        elided = false;
        example.turns.append(std::move(turn));
        open = &example.turns.last();
        openRole = open->role;
        closeTag = names.closeTag;
        const QStringView rest = tag.rest;
        const qsizetype closeAt = TextSearch::indexOf(rest, closeTag);
        if (closeAt >= 0) {
            body.append(rest.left(closeAt));
            closeTurn(lineNo);
        } else if (!rest.trimmed().isEmpty()) {
            body.append(rest);
        }
    }
    if (open) {
        example.problems.append(
            tr("<%1> opened on line %2 is never closed").arg(openRole).arg(open->startLine));
        closeTurn(firstLine + int(lines.size()) - 1);
    }
    example.trailingElision = elided;
    if (inComparison)
        example.problems.append(tr("<comparison> is never closed"));
}

QList<ExampleParser::Segment> ExampleParser::segments(const QString &turnText)
{
    QList<Segment> out;
    if (!turnText.contains(QLatin1String("<untrusted")) &&
        !turnText.contains(QLatin1String("<settings"))) {
        out.append({false, ExampleBlock::Kind::Untrusted, {}, turnText});
        return out;
    }
    const QList<QStringView> lines = QStringView(turnText).split(u'\n');
    QStringList plain;
    auto flush = [&] {
        if (!plain.isEmpty() && !plain.join(u'\n').trimmed().isEmpty())
            out.append({false, ExampleBlock::Kind::Untrusted, {}, plain.join(u'\n')});
        plain.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView trimmed = lines.at(i).trimmed();
        const auto b =
            opensBlock(trimmed) ? blockOpenPattern().matchView(trimmed) : QRegularExpressionMatch();
        if (!b.hasMatch()) {
            plain.append(lines.at(i).toString());
            continue;
        }
        flush();
        ExampleBlock block;
        block.kind = blockKind(b.capturedView(1));
        i = readBlock(lines, i, 1, block, b.capturedView(kBlockRest));
        out.append({true, block.kind, readAttributes(b.capturedView(2)), block.text});
    }
    flush();
    return out;
}

} // namespace Specwright
