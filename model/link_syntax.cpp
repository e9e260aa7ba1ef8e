#include "link_syntax.h"

#include "text_search.h"

namespace Specwright {

namespace {

// \s of QRegularExpression without UseUnicodePropertiesOption.
bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == 0x0b || c == u'\f' || c == u'\r';
}

qsizetype skipSpaces(QStringView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i].unicode()))
        ++i;
    return i;
}

// After `"`: the closing quote, then optional spaces and ")"; the end after ")" or -1.
qsizetype titleThenClose(QStringView t, qsizetype quote)
{
    const qsizetype close = t.indexOf(u'"', quote + 1);
    if (close < 0)
        return -1;
    const qsizetype paren = skipSpaces(t, close + 1);
    return paren < t.size() && t[paren] == u')' ? paren + 1 : -1;
}

// The part of an inline link after "(": \s* <? dest >? (\s+ "title")? \s* ")".
qsizetype linkTail(QStringView t, qsizetype from, qsizetype *targetStart, qsizetype *targetEnd)
{
    const qsizetype n = t.size();
    const qsizetype first = skipSpaces(t, from);
    qsizetype x = first;
    if (x < n && t[x] == u'<')
        ++x;
    const qsizetype dest = x;
    while (x < n) {
        const char16_t c = t[x].unicode();
        if (c == u'(' || c == u')' || c == u'>' || isSpace(c))
            break;
        ++x;
    }
    const qsizetype destEnd = x;
    if (x < n && t[x] == u'>')
        ++x;
    if (x < n && isSpace(t[x].unicode())) {
        const qsizetype quote = skipSpaces(t, x);
        if (quote < n && t[quote] == u'"') {
            if (const qsizetype end = titleThenClose(t, quote); end > 0) {
                *targetStart = dest;
                *targetEnd = destEnd;
                return end;
            }
        }
    }
    const qsizetype paren = skipSpaces(t, x);
    if (paren < n && t[paren] == u')') {
        *targetStart = dest;
        *targetEnd = destEnd;
        return paren + 1;
    }
    // The leading spaces given back: an empty destination, then the spaces and a "title".
    if (first > from && first < n && t[first] == u'"') {
        if (const qsizetype end = titleThenClose(t, first); end > 0) {
            *targetStart = *targetEnd = first - 1;
            return end;
        }
    }
    return -1;
}

// From "[" at `open`: the "]" ending the link text (one level of nested brackets), or -1.
qsizetype linkTextEnd(QStringView t, qsizetype open)
{
    const qsizetype n = t.size();
    qsizetype i = open + 1;
    while (i < n) {
        const char16_t c = t[i].unicode();
        if (c == u']')
            return i;
        if (c == u'[') {
            qsizetype j = i + 1;
            while (j < n && t[j] != u'[' && t[j] != u']')
                ++j;
            if (j >= n || t[j] != u']')
                return -1;
            i = j + 1;
            continue;
        }
        ++i;
    }
    return -1;
}

// From "](" at `at`: the end of a destination span, or -1.
qsizetype destinationEnd(QStringView t, qsizetype at)
{
    const qsizetype n = t.size();
    auto plain = [t, n](qsizetype i) {
        while (i < n) {
            const char16_t c = t[i].unicode();
            if (c == u'(' || c == u')' || isSpace(c))
                break;
            ++i;
        }
        return i;
    };
    qsizetype i = plain(at + 2);
    if (i < n && t[i] == u'(') {
        qsizetype j = i + 1;
        while (j < n && t[j] != u'(' && t[j] != u')')
            ++j;
        if (j >= n || t[j] != u')')
            return -1;
        i = plain(j + 1);
    }
    if (i >= n)
        return -1;
    if (t[i] == u')')
        return i + 1;
    if (!isSpace(t[i].unicode()))
        return -1;
    const qsizetype quote = skipSpaces(t, i);
    if (quote >= n || t[quote] != u'"')
        return -1;
    const qsizetype close = t.indexOf(u'"', quote + 1);
    return close >= 0 && close + 1 < n && t[close + 1] == u')' ? close + 2 : -1;
}

} // namespace

QList<LinkSyntax::Link> LinkSyntax::inlineLinks(QStringView text)
{
    QList<Link> links;
    qsizetype pos = 0;
    for (qsizetype open = text.indexOf(u'[', pos); open >= 0; open = text.indexOf(u'[', pos)) {
        Link link;
        link.image = open > pos && text[open - 1] == u'!';
        link.start = link.image ? open - 1 : open;
        const qsizetype close = linkTextEnd(text, open);
        if (close >= 0 && close + 1 < text.size() && text[close + 1] == u'(') {
            link.end = linkTail(text, close + 2, &link.targetStart, &link.targetEnd);
            if (link.end > 0) {
                link.textStart = open + 1;
                link.textEnd = close;
                links.append(link);
                pos = link.end;
                continue;
            }
        }
        pos = open + 1;
    }
    return links;
}

QList<std::pair<qsizetype, qsizetype>> LinkSyntax::destinations(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype pos = 0;
    for (qsizetype at = TextSearch::indexOf(text, u"](", pos); at >= 0;
         at = TextSearch::indexOf(text, u"](", pos)) {
        const qsizetype end = destinationEnd(text, at);
        if (end > 0) {
            spans.append({at, end});
            pos = end;
        } else {
            pos = at + 1;
        }
    }
    return spans;
}

} // namespace Specwright
