#include "example_tag_reader.h"

namespace Specwright {

namespace {

// \s and \w of QRegularExpression without UseUnicodePropertiesOption: ASCII only.
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == 0x0b || u == u'\f' || u == u'\r';
}

bool isWord(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

qsizetype skipSpaces(QStringView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

// [\w:.-]+ for attribute names; [\w.:-]+ for section ids: the same class.
qsizetype skipName(QStringView t, qsizetype i)
{
    while (i < t.size() && (isWord(t[i]) || t[i] == u':' || t[i] == u'.' || t[i] == u'-'))
        ++i;
    return i;
}

// One `\s+name\s*=\s*value` at `i`; its end, or -1.
qsizetype attributeEnd(QStringView t, qsizetype i)
{
    const qsizetype n = t.size();
    const qsizetype name = skipSpaces(t, i);
    if (name == i)
        return -1;
    const qsizetype nameEnd = skipName(t, name);
    if (nameEnd == name)
        return -1;
    qsizetype at = skipSpaces(t, nameEnd);
    if (at >= n || t[at] != u'=')
        return -1;
    at = skipSpaces(t, at + 1);
    if (at >= n)
        return -1;
    const QChar quote = t[at];
    if (quote == u'"' || quote == u'\'') {
        // Unclosed: an unquoted value cannot start with a quote either.
        const qsizetype close = t.indexOf(quote, at + 1);
        return close >= 0 ? close + 1 : -1;
    }
    qsizetype end = at;
    while (end < n && !isSpace(t[end]) && t[end] != u'>' && t[end] != u'"' && t[end] != u'\'')
        ++end;
    return end > at ? end : -1;
}

} // namespace

bool ExampleTagReader::readOpenTag(QStringView line, OpenTag *tag)
{
    const qsizetype n = line.size();
    qsizetype at = skipSpaces(line, 0);
    if (at >= n || line[at] != u'<')
        return false;
    ++at;
    static constexpr QStringView roles[] = {u"system", u"developer", u"user", u"assistant",
                                            u"tool"};
    QStringView role;
    for (const QStringView r : roles) {
        if (line.sliced(at).startsWith(r)) {
            role = r;
            break;
        }
    }
    if (role.isEmpty())
        return false;
    const qsizetype attributesStart = at + role.size();
    qsizetype attributesEnd = attributesStart;
    for (qsizetype end = attributeEnd(line, attributesEnd); end > 0;
         end = attributeEnd(line, attributesEnd))
        attributesEnd = end;
    at = skipSpaces(line, attributesEnd);
    if (at >= n || line[at] != u'>')
        return false;
    at = skipSpaces(line, at + 1);
    tag->role = line.sliced(attributesStart - role.size(), role.size());
    tag->attributes = line.sliced(attributesStart, attributesEnd - attributesStart);
    tag->label = {};
    if (line.sliced(at).startsWith(u"<!--")) {
        const qsizetype close = line.indexOf(u"-->", at + 4);
        if (close >= 0) {
            tag->label = line.sliced(at + 4, close - at - 4);
            at = close + 3;
        }
    }
    tag->rest = line.sliced(at);
    return true;
}

bool ExampleTagReader::readLabel(QStringView comment, Label *label)
{
    const qsizetype n = comment.size();
    qsizetype at = skipSpaces(comment, 0);
    static constexpr QStringView labels[] = {u"GOOD", u"BAD", u"OK"};
    QStringView found;
    for (const QStringView l : labels) {
        if (comment.sliced(at).startsWith(l)) {
            found = l;
            break;
        }
    }
    if (found.isEmpty())
        return false;
    label->label = comment.sliced(at, found.size());
    label->violated = {};
    at += found.size();
    // The violated section: [#id] (blanks allowed inside and before) or #id.
    const qsizetype bracket = skipSpaces(comment, at);
    bool violated = false;
    if (bracket < n && comment[bracket] == u'[') {
        qsizetype id = skipSpaces(comment, bracket + 1);
        if (id < n && comment[id] == u'#')
            ++id;
        const qsizetype idEnd = skipName(comment, id);
        const qsizetype close = skipSpaces(comment, idEnd);
        if (idEnd > id && close < n && comment[close] == u']') {
            label->violated = comment.sliced(id, idEnd - id);
            at = close + 1;
            violated = true;
        }
    }
    if (!violated && at < n && comment[at] == u'#') {
        qsizetype idEnd = skipName(comment, at + 1);
        if (idEnd > at + 1) {
            // The id may end in ':' (it is a name character); when what follows it does not
            // fit, the id gives back up to its last ':', which then starts the rationale.
            const qsizetype next = skipSpaces(comment, idEnd);
            const bool fits = next >= n || comment[next] == u':' || comment[next] == u',';
            if (!fits) {
                const qsizetype colon = comment.sliced(at + 1, idEnd - at - 1).lastIndexOf(u':');
                if (colon >= 1)
                    idEnd = at + 1 + colon;
            }
            label->violated = comment.sliced(at + 1, idEnd - at - 1);
            at = idEnd;
        }
    }
    at = skipSpaces(comment, at);
    label->hasRationale = false;
    label->rationale = {};
    if (at < n && (comment[at] == u':' || comment[at] == u',')) {
        const qsizetype from = skipSpaces(comment, at + 1);
        qsizetype to = n;
        while (to > from && isSpace(comment[to - 1]))
            --to;
        label->hasRationale = true;
        label->rationale = comment.sliced(from, to - from);
        return true;
    }
    return at >= n;
}

} // namespace Specwright
