#include "source_text.h"

#include <algorithm>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Specwright {

namespace {

// UTF-8 bytes of a line, counted as the general loop below counts them.
int utf8Length(QStringView line)
{
    int bytes = 0;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = line[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < n &&
                 QChar::isLowSurrogate(line[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

// The next \n or \r at or after `i` (or n), clearing `ascii` when a character before it is not
// ASCII: eight characters at a time where SSE2 is there (x86-64 always has it).
qsizetype nextLineBreak(const char16_t *s, qsizetype i, qsizetype n, bool &ascii)
{
#if defined(__SSE2__)
    const __m128i lineFeed = _mm_set1_epi16(u'\n');
    const __m128i carriageReturn = _mm_set1_epi16(u'\r');
    const __m128i highBits = _mm_set1_epi16(short(0xff80));
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const unsigned breaks = unsigned(_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi16(v, lineFeed), _mm_cmpeq_epi16(v, carriageReturn))));
        const unsigned wide =
            unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, highBits), zero))) ^
            0xffffu;
        if (breaks) {
            const int at = std::countr_zero(breaks); // two mask bits per character
            if (wide & ((1u << at) - 1))
                ascii = false;
            return i + at / 2;
        }
        if (wide)
            ascii = false;
    }
#endif
    for (; i < n; ++i) {
        if (s[i] == u'\n' || s[i] == u'\r')
            return i;
        if (s[i] >= 0x80)
            ascii = false;
    }
    return n;
}

void readLinesAtLineFeeds(const QString &text, const QByteArray &utf8, QList<int> &lineStarts,
                          QList<int> &byteLineStarts, QList<bool> &asciiLines)
{
    // Every line ends at \n, one unit in both encodings: the lines are found by memchr() over
    // the UTF-8 bytes (and, unless the text is ASCII, over the UTF-16 text too), and a line is
    // read column for column (a byte per character) when its lengths in both are the same.
    const char *bytes = utf8.constData();
    const qsizetype byteCount = utf8.size();
    const qsizetype n = text.size();
    // Lines of specs average well over 32 characters: a guess that saves most regrowths.
    const qsizetype guess = byteCount / 32 + 16;
    byteLineStarts.reserve(guess);
    byteLineStarts.append(0);
    for (const char *at = bytes, *end = bytes + byteCount;
         (at = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at))));)
        byteLineStarts.append(int(++at - bytes));
    if (byteCount == n) {
        // A character per byte everywhere: both tables are the same (and shared).
        lineStarts = byteLineStarts;
        asciiLines = QList<bool>(byteLineStarts.size(), true);
        return;
    }
    const qsizetype lines = byteLineStarts.size();
    lineStarts.reserve(lines);
    asciiLines.reserve(lines);
    lineStarts.append(0);
    const QStringView all(text);
    for (qsizetype line = 1; line < lines; ++line) {
        const qsizetype stop = all.indexOf(u'\n', lineStarts.last());
        asciiLines.append(stop - lineStarts.last() ==
                          byteLineStarts.at(line) - 1 - byteLineStarts.at(line - 1));
        lineStarts.append(int(stop + 1));
    }
    asciiLines.append(n - lineStarts.last() == byteCount - byteLineStarts.last());
}

// Lines that may end at \r\n or a lone \r, as cmark ends them.
void readLinesWithCarriageReturns(const QString &text, QList<int> &lineStarts,
                                  QList<int> &byteLineStarts, QList<bool> &asciiLines)
{
    const qsizetype n = text.size();
    const char16_t *s = QStringView(text).utf16();
    // Lines of specs average well over 32 characters: a guess that saves most regrowths.
    const qsizetype lines = n / 32 + 16;
    lineStarts.reserve(lines);
    byteLineStarts.reserve(lines);
    asciiLines.reserve(lines);
    lineStarts.append(0);
    byteLineStarts.append(0);
    bool ascii = true;
    int byteOffset = 0;
    qsizetype i = 0;
    // Lines that end at \n: find each with the vectorised search and count the UTF-8 bytes of a
    // line at once when it is ASCII (one byte per character). From the first line with a \r
    // on, the general loop below reads the rest (one pass over the text, not a search first).
    while (i < n) {
        bool asciiLine = true;
        const qsizetype stop = nextLineBreak(s, i, n, asciiLine);
        if (stop < n && s[stop] == u'\r') {
            break; // the general loop starts again at this line's start
        }
        const QStringView line = QStringView(text).sliced(i, stop - i);
        byteOffset += asciiLine ? int(line.size()) : utf8Length(line);
        if (stop >= n) {
            ascii = asciiLine;
            i = n;
            break;
        }
        byteOffset += 1;
        asciiLines.append(asciiLine);
        lineStarts.append(int(stop + 1));
        byteLineStarts.append(byteOffset);
        i = stop + 1;
    }
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            byteOffset += 1;
            if (c != u'\n' && c != u'\r')
                continue;
        } else {
            ascii = false;
            if (c < 0x800)
                byteOffset += 2;
            else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
                byteOffset += 4;
                ++i;
            } else
                byteOffset += 3;
            continue;
        }
        // Lines end where cmark ends them: at \n, at \r\n (on its \n) and at a lone \r.
        if (c == u'\n' || i + 1 >= n || s[i + 1] != u'\n') {
            asciiLines.append(ascii);
            ascii = true;
            lineStarts.append(int(i + 1));
            byteLineStarts.append(byteOffset);
        }
    }
    asciiLines.append(ascii);
}

} // namespace

SourceText::SourceText(const QString &text)
    : m_text(text)
    , m_utf8(text.toUtf8())
{
    // toUtf8() allocates three bytes per character and only shrinks the size: a snapshot of an
    // ASCII spec would keep twice its text in slack (10 MB at 5 MB). Shrinking reallocates in
    // place.
    m_utf8.squeeze();
    const char *bytes = m_utf8.constData();
    const qsizetype byteCount = m_utf8.size();
    if (std::memchr(bytes, '\r', size_t(byteCount))) {
        readLinesWithCarriageReturns(m_text, m_lineStarts, m_byteLineStarts, m_asciiLine);
        m_carriageReturn = true;
    } else {
        readLinesAtLineFeeds(m_text, m_utf8, m_lineStarts, m_byteLineStarts, m_asciiLine);
    }
}

QStringView SourceText::line(int line) const
{
    if (line < 1 || line > lineCount())
        return {};
    const int start = m_lineStarts.at(line - 1);
    int end = line < lineCount() ? m_lineStarts.at(line) - 1 : int(m_text.size());
    // end is at the break; a \r before a \n break belongs to it (CRLF).
    if (end > start && end < m_text.size() && m_text.at(end) == u'\n' &&
        m_text.at(end - 1) == u'\r')
        --end;
    return QStringView(m_text).mid(start, end - start);
}

int SourceText::lineStartOffset(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return int(m_text.size());
    return m_lineStarts.at(line - 1);
}

int SourceText::lineStartByte(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return int(m_utf8.size());
    return m_byteLineStarts.at(line - 1);
}

int SourceText::offsetForByteColumn(int line, int byteColumn) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return int(m_text.size());
    const int start = m_lineStarts.at(line - 1);
    const int column = std::max(byteColumn, 1) - 1;
    if (m_asciiLine.at(line - 1))
        return std::min(start + column, int(m_text.size()));
    const int byteStart = m_byteLineStarts.at(line - 1);
    const QByteArray prefix = m_utf8.mid(byteStart, column);
    return start + int(QString::fromUtf8(prefix).size());
}

int SourceText::lineForOffset(int offset) const
{
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(it - m_lineStarts.cbegin());
}

SourceRange SourceText::rangeFromOffsets(int startOffset, int endOffset) const
{
    SourceRange r;
    r.startOffset = startOffset;
    r.endOffset = endOffset;
    r.startLine = lineForOffset(startOffset);
    r.startColumn = startOffset - lineStartOffset(r.startLine) + 1;
    const int last = std::max(startOffset, endOffset - 1);
    // Most ranges end a few lines after they start: step there instead of a second search.
    r.endLine = r.startLine;
    for (int steps = 0; r.endLine < lineCount() && m_lineStarts.at(r.endLine) <= last; ++steps) {
        if (steps == 8) {
            r.endLine = lineForOffset(last);
            break;
        }
        ++r.endLine;
    }
    r.endColumn = last - lineStartOffset(r.endLine) + 1;
    return r;
}

SourceRange SourceText::rangeFromLines(int startLine, int endLine) const
{
    const int start = lineStartOffset(startLine);
    const int end = lineStartOffset(endLine) + int(line(endLine).size());
    SourceRange r = rangeFromOffsets(start, std::max(start, end));
    r.startLine = startLine;
    r.endLine = std::max(startLine, endLine);
    return r;
}

} // namespace Specwright
