#include "prose_scanner.h"

#include "link_syntax.h"
#include "text_search.h"

#include <QHash>
#include <QRegularExpression>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Specwright {

namespace {

void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        if (text.at(i) != u'\n')
            text[i] = u' ';
    }
}

// "[" before a capital, TODO, TBD, FIXME or XXX: most paragraphs hold none. Each lead character
// is found by the vectorised single-character search.
bool mayHoldMarker(QStringView text)
{
    auto followedBy = [text](char16_t lead, auto &&accept) {
        for (qsizetype i = text.indexOf(QChar(lead)); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QChar(lead), i + 1)) {
            if (accept(text[i + 1].unicode()))
                return true;
        }
        return false;
    };
    return followedBy(u'[', [](char16_t c) { return c >= u'A' && c <= u'Z'; }) ||
           followedBy(u'T', [](char16_t c) { return c == u'O' || c == u'B'; }) ||
           followedBy(u'F', [](char16_t c) { return c == u'I'; }) ||
           followedBy(u'X', [](char16_t c) { return c == u'X'; });
}

bool isAsciiWord(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

// \s of QRegularExpression without UseUnicodePropertiesOption.
bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == 0x0b || u == u'\f' || u == u'\r';
}

// `\[\^([^\]\s]+)\](:?)` read by hand: "[^tag]" and an optional ":" after it.
struct FootnoteHit
{
    qsizetype start = 0;  // at "["
    qsizetype tagEnd = 0; // at "]"
    bool colon = false;
};

QList<FootnoteHit> footnoteHits(QStringView t)
{
    QList<FootnoteHit> hits;
    const qsizetype n = t.size();
    for (qsizetype i = TextSearch::indexOf(t, u"[^"); i >= 0;) {
        qsizetype j = i + 2;
        while (j < n && t[j] != u']' && !isAsciiSpace(t[j]))
            ++j;
        if (j > i + 2 && j < n && t[j] == u']') {
            const bool colon = j + 1 < n && t[j + 1] == u':';
            hits.append({i, j, colon});
            i = TextSearch::indexOf(t, u"[^", j + 1 + (colon ? 1 : 0));
            continue;
        }
        i = TextSearch::indexOf(t, u"[^", i + 1);
    }
    return hits;
}

// `\{[#.][^{}\n]*\}\s*$` (multi-line) read by hand: an attribute block ending its line, with
// the blanks after it up to the last line end they reach.
void appendAttributeBlocks(QStringView t, QList<std::pair<qsizetype, qsizetype>> &spans)
{
    const qsizetype n = t.size();
    for (qsizetype i = t.indexOf(u'{'); i >= 0;) {
        if (i + 1 < n && (t[i + 1] == u'#' || t[i + 1] == u'.')) {
            qsizetype j = i + 2;
            while (j < n && t[j] != u'{' && t[j] != u'}' && t[j] != u'\n')
                ++j;
            if (j < n && t[j] == u'}') {
                // \s* is greedy and gives back until "$" holds: at the end or before a \n.
                qsizetype end = -1;
                for (qsizetype p = j + 1;; ++p) {
                    if (p == n || t[p] == u'\n')
                        end = p;
                    if (p >= n || !isAsciiSpace(t[p]))
                        break;
                }
                if (end >= 0) {
                    spans.append({i, end});
                    i = t.indexOf(u'{', end);
                    continue;
                }
            }
        }
        i = t.indexOf(u'{', i + 1);
    }
}

// "[text](dest)" becomes "text": the text up to the first "]", the destination up to the first
// ")" (what `\[([^\]]*)\]\([^)]*\)` replaced with its group).
QString replaceLinksByText(QStringView s)
{
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    qsizetype copied = 0;
    qsizetype i = s.indexOf(u'[');
    while (i >= 0) {
        const qsizetype close = s.indexOf(u']', i + 1);
        if (close < 0)
            break; // no later "[" has a "]" either
        if (close + 1 < n && s[close + 1] == u'(') {
            const qsizetype paren = s.indexOf(u')', close + 2);
            if (paren < 0)
                break; // no later link has its ")" either
            out.append(s.sliced(copied, i - copied));
            out.append(s.sliced(i + 1, close - i - 1));
            copied = paren + 1;
            i = s.indexOf(u'[', copied);
            continue;
        }
        i = s.indexOf(u'[', i + 1);
    }
    out.append(s.sliced(copied));
    return out;
}

// Drops "**", "__", "*" / "_" that open (no word character before, no blank after) or close
// (no blank before, no word character after) emphasis, and backticks.
QString stripEmphasis(const QString &s)
{
    const qsizetype n = s.size();
    QString out(n, Qt::Uninitialized);
    QChar *to = out.data();
    qsizetype length = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c == u'`')
            continue;
        if (c != u'*' && c != u'_') {
            to[length++] = c;
            continue;
        }
        if (i + 1 < n && s[i + 1] == c) {
            ++i; // "**" or "__"
            continue;
        }
        const bool opens =
            (i == 0 || !isAsciiWord(s[i - 1])) && i + 1 < n && !isAsciiSpace(s[i + 1]);
        const bool closes =
            i > 0 && !isAsciiSpace(s[i - 1]) && (i + 1 >= n || !isAsciiWord(s[i + 1]));
        if (!opens && !closes)
            to[length++] = c;
    }
    out.truncate(length);
    return out;
}

// QString::simplified() of a view, written once: blanks (QChar::isSpace) trimmed at both ends
// and each inner run of them made one space.
QString simplifiedCopy(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    QChar *to = out.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    const qsizetype n = s.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight characters at a time while they are printable ASCII and single spaces between
    // words: those are copied as they are. Anything else goes through the loop below.
    const char16_t *from = s.utf16();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + i));
        const __m128i printable = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16(0x1f)),
                                                _mm_cmplt_epi16(v, _mm_set1_epi16(0x7f)));
        const __m128i spaces = _mm_cmpeq_epi16(v, _mm_set1_epi16(short(u' ')));
        const bool spaceFirst = from[i] == u' ';
        if (_mm_movemask_epi8(printable) != 0xffff ||
            _mm_movemask_epi8(_mm_and_si128(spaces, _mm_srli_si128(spaces, 2))) != 0 ||
            (spaceFirst && (pendingSpace || length == 0)))
            break;
        if (pendingSpace)
            to[length++] = u' ';
        std::memcpy(static_cast<void *>(to + length), from + i, 8 * sizeof(char16_t));
        length += 8;
        pendingSpace = from[i + 7] == u' ';
        if (pendingSpace)
            --length; // a space at the end waits for the next word
    }
#endif
    for (const QChar c : s.sliced(i)) {
        // Printable ASCII first: it is most of any sentence and never a blank.
        if ((c.unicode() <= u' ' || c.unicode() >= 0x7f) && c.isSpace()) {
            pendingSpace = length > 0;
            continue;
        }
        if (pendingSpace) {
            to[length++] = u' ';
            pendingSpace = false;
        }
        to[length++] = c;
    }
    out.truncate(length);
    return out;
}

} // namespace

QString ProseScanner::maskCode(QStringView view)
{
    QString text = view.toString();
    // Only code spans, comments, autolinks and tags are blanked: most prose has none.
    if (!view.contains(u'`') && !view.contains(u'<'))
        return text;
    const qsizetype n = text.size();
    // Linear on hostile input ("a<" 400,000 times): the next '<' and '>' are found once and
    // reused until passed, and a closing backtick run is looked up per run length.
    qsizetype nextLt = -2; // -2: not searched yet; -1: none left
    qsizetype nextGt = -2;
    auto nextAfter = [&text](qsizetype &cached, QChar c, qsizetype from) {
        if (cached != -1 && cached < from)
            cached = text.indexOf(c, from);
        return cached;
    };
    QHash<qsizetype, QList<qsizetype>> runsByLength; // maximal backtick runs, in order
    QHash<qsizetype, qsizetype> runCursor;
    if (text.contains(u'`')) {
        for (qsizetype k = 0; k < n;) {
            if (text.at(k) != u'`') {
                ++k;
                continue;
            }
            qsizetype r = 0;
            while (k + r < n && text.at(k + r) == u'`')
                ++r;
            runsByLength[r].append(k);
            k += r;
        }
    }
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < n) {
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype run = 0;
            while (i + run < n && text.at(i + run) == u'`')
                ++run;
            // the closing run: the first maximal run of the same length after this one
            const QList<qsizetype> &runs = runsByLength[run];
            qsizetype &cursor = runCursor[run];
            while (cursor < runs.size() && runs.at(cursor) < i + run)
                ++cursor;
            const qsizetype close = cursor < runs.size() ? runs.at(cursor) : -1;
            if (close < 0) {
                i += run;
                continue;
            }
            blank(text, i, close + run);
            i = close + run;
            continue;
        }
        if (c == u'<') {
            if (QStringView(text).mid(i).startsWith(u"<!--")) {
                const qsizetype end = text.indexOf(QLatin1String("-->"), i + 4);
                const qsizetype stop = end < 0 ? n : end + 3;
                blank(text, i, stop);
                i = stop;
                continue;
            }
            // autolink <https://...> or inline html tag; one holding another '<' is neither
            const qsizetype end = nextAfter(nextGt, u'>', i + 1);
            const qsizetype lt = nextAfter(nextLt, u'<', i + 1);
            if (end > i + 1 && (lt < 0 || lt > end)) {
                const QStringView inner = QStringView(text).mid(i + 1, end - i - 1);
                if (!inner.contains(u' ') || inner.front() == u'/' || inner.front().isLetter()) {
                    if (inner.contains(QLatin1String("://")) || inner.contains(u'@') ||
                        !inner.contains(u' ')) {
                        blank(text, i, end + 1);
                        i = end + 1;
                        continue;
                    }
                }
            }
        }
        ++i;
    }
    return text;
}

QString ProseScanner::maskNonProse(QStringView view)
{
    return maskLinks(maskCode(view));
}

QString ProseScanner::maskLinks(QString text)
{
    // Each pattern only runs when its marker character is there: most paragraphs have none.
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (TextSearch::contains(text, u"](")) {
        // From the "]" on: a link such as [RFC3986](url) is no "[RFC3986]" placeholder.
        spans = LinkSyntax::destinations(text);
    }
    if (text.contains(u'{'))
        appendAttributeBlocks(text, spans);
    if (TextSearch::contains(text, u"[^")) {
        for (const FootnoteHit &hit : footnoteHits(text))
            spans.append({hit.start, hit.tagEnd + 1});
    }
    for (const auto &[from, to] : spans)
        blank(text, from, to);
    return text;
}

QList<Reference> ProseScanner::findReferences(QStringView masked, int offset,
                                              const SourceText &source)
{
    QList<Reference> refs;
    if (!TextSearch::contains(masked, u"]("))
        return refs;
    for (const LinkSyntax::Link &link : LinkSyntax::inlineLinks(masked)) {
        if (link.image)
            continue;
        Reference r;
        r.text = masked.mid(link.textStart, link.textEnd - link.textStart).toString();
        r.target = masked.mid(link.targetStart, link.targetEnd - link.targetStart).toString();
        r.range = source.rangeFromOffsets(offset + int(link.start), offset + int(link.end));
        const QString &t = r.target;
        if (t.contains(QLatin1String("://")) || t.startsWith(QLatin1String("mailto:"))) {
            r.kind = ReferenceKind::External;
        } else if (t.startsWith(u'#')) {
            r.targetId = t.mid(1);
            r.kind = r.text == u"?" ? ReferenceKind::QuestionMark : ReferenceKind::Section;
        } else {
            const qsizetype hash = t.indexOf(u'#');
            r.targetFile = hash < 0 ? t : t.left(hash);
            r.targetId = hash < 0 ? QString() : t.mid(hash + 1);
            r.kind = r.text == u"?" ? ReferenceKind::QuestionMark : ReferenceKind::File;
            if (!r.targetFile.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) &&
                !r.targetFile.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive))
                r.kind = ReferenceKind::External; // images, source files: not spec references
        }
        refs.append(r);
    }
    return refs;
}

QList<FootnoteTag> ProseScanner::findFootnotes(QStringView masked, int offset,
                                               const SourceText &source)
{
    QList<FootnoteTag> tags;
    if (!TextSearch::contains(masked, u"[^"))
        return tags;
    // Hits come in order: one forward pass finds each one's line start and whether only
    // blanks precede it there (100,000 tags in one paragraph stay linear).
    qsizetype scanned = 0;
    qsizetype lineStart = 0;
    qsizetype lastNonBlank = -1;
    for (const FootnoteHit &hit : footnoteHits(masked)) {
        FootnoteTag f;
        f.tag = masked.sliced(hit.start + 2, hit.tagEnd - hit.start - 2).toString();
        for (; scanned < hit.start; ++scanned) {
            const QChar c = masked.at(scanned);
            if (c == u'\n')
                lineStart = scanned + 1;
            else if (!c.isSpace())
                lastNonBlank = scanned;
        }
        f.isDefinition = hit.colon && lastNonBlank < lineStart;
        f.range = source.rangeFromOffsets(offset + int(hit.start), offset + int(hit.tagEnd + 1));
        tags.append(f);
    }
    return tags;
}

QList<Marker> ProseScanner::findMarkers(QStringView masked, int offset, const SourceText &source)
{
    static const QRegularExpression re(QStringLiteral(
        R"(\[NEEDS CLARIFICATION\b[^\]]*\]|\b(?:TODO|TBD|FIXME|XXX)\b|\[[A-Z][A-Z0-9 #_/-]{1,40}\](?![\(\[:]))"));
    QList<Marker> markers;
    if (!mayHoldMarker(masked))
        return markers;
    auto it = re.globalMatchView(masked);
    while (it.hasNext()) {
        const auto m = it.next();
        Marker k;
        const QStringView t = m.capturedView(0);
        k.text = t.toString();
        if (t.startsWith(u"[NEEDS CLARIFICATION"))
            k.kind = MarkerKind::NeedsClarification;
        else if (t == u"TODO" || t == u"XXX")
            k.kind = MarkerKind::Todo;
        else if (t == u"TBD")
            k.kind = MarkerKind::Tbd;
        else if (t == u"FIXME")
            k.kind = MarkerKind::Fixme;
        else
            k.kind = MarkerKind::Placeholder;
        k.range = source.rangeFromOffsets(offset + int(m.capturedStart(0)),
                                          offset + int(m.capturedEnd(0)));
        markers.append(k);
    }
    return markers;
}

QString ProseScanner::plainSentence(QStringView markdown)
{
    // Most sentences hold no link or emphasis syntax: neither pattern can match without one of
    // these characters.
    bool syntax = false;
    const char16_t *s = markdown.utf16();
    const qsizetype n = markdown.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 8 <= n && !syntax; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const auto equal = [v](char16_t c) { return _mm_cmpeq_epi16(v, _mm_set1_epi16(short(c))); };
        syntax = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(equal(u'['), equal(u'*')),
                                                _mm_or_si128(equal(u'_'), equal(u'`')))) != 0;
    }
#endif
    for (; i < n && !syntax; ++i)
        syntax = s[i] == u'[' || s[i] == u'*' || s[i] == u'_' || s[i] == u'`';
    if (!syntax)
        return simplifiedCopy(markdown);
    return simplifiedCopy(stripEmphasis(replaceLinksByText(markdown)));
}

} // namespace Specwright
