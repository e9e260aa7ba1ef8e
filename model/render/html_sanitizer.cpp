#include "html_sanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

const QSet<QString> &allowedElements()
{
    static const QSet<QString> set = {
        u"a"_s,          u"abbr"_s,  u"aside"_s,   u"b"_s,          u"bdi"_s,    u"bdo"_s,
        u"blockquote"_s, u"br"_s,    u"caption"_s, u"cite"_s,       u"code"_s,   u"col"_s,
        u"colgroup"_s,   u"dd"_s,    u"del"_s,     u"details"_s,    u"dfn"_s,    u"div"_s,
        u"dl"_s,         u"dt"_s,    u"em"_s,      u"figcaption"_s, u"figure"_s, u"h1"_s,
        u"h2"_s,         u"h3"_s,    u"h4"_s,      u"h5"_s,         u"h6"_s,     u"hr"_s,
        u"i"_s,          u"img"_s,   u"input"_s,   u"ins"_s,        u"kbd"_s,    u"li"_s,
        u"mark"_s,       u"nav"_s,   u"ol"_s,      u"p"_s,          u"pre"_s,    u"q"_s,
        u"rp"_s,         u"rt"_s,    u"ruby"_s,    u"s"_s,          u"samp"_s,   u"section"_s,
        u"small"_s,      u"span"_s,  u"strike"_s,  u"strong"_s,     u"sub"_s,    u"summary"_s,
        u"sup"_s,        u"table"_s, u"tbody"_s,   u"td"_s,         u"tfoot"_s,  u"th"_s,
        u"thead"_s,      u"time"_s,  u"tr"_s,      u"tt"_s,         u"u"_s,      u"ul"_s,
        u"var"_s,        u"wbr"_s};
    return set;
}

// Elements removed together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> set = {
        u"script"_s,   u"style"_s,     u"iframe"_s, u"object"_s, u"embed"_s,   u"noscript"_s,
        u"template"_s, u"textarea"_s,  u"select"_s, u"xmp"_s,    u"noembed"_s, u"noframes"_s,
        u"frameset"_s, u"frame"_s,     u"applet"_s, u"svg"_s,    u"math"_s,    u"title"_s,
        u"head"_s,     u"plaintext"_s, u"button"_s, u"option"_s};
    return set;
}

bool isAllowedAttribute(const QString &element, const QString &name)
{
    static const QSet<QString> global = {u"class"_s, u"id"_s,  u"name"_s,  u"title"_s,
                                         u"lang"_s,  u"dir"_s, u"align"_s, u"data-sourcepos"_s};
    if (global.contains(name))
        return true;
    if (element == u"a")
        return name == u"href";
    if (element == u"img")
        return name == u"src" || name == u"alt" || name == u"width" || name == u"height";
    // Table layout the renderer writes (QTextBrowser understands attributes, not CSS grids).
    if (element == u"table")
        return name == u"width" || name == u"cellspacing" || name == u"cellpadding" ||
               name == u"border";
    if (element == u"td" || element == u"th")
        if (name == u"colspan" || name == u"rowspan" || name == u"width" || name == u"valign")
            return true;
    if (element == u"tr" || element == u"col" || element == u"colgroup")
        return name == u"valign" || name == u"width" || name == u"span";
    if (element == u"ol")
        return name == u"start" || name == u"type" || name == u"reversed";
    if (element == u"li")
        return name == u"value";
    if (element == u"input")
        return name == u"type" || name == u"checked" || name == u"disabled";
    if (element == u"details")
        return name == u"open";
    if (element == u"q" || element == u"blockquote" || element == u"del" || element == u"ins")
        return name == u"cite";
    if (element == u"time")
        return name == u"datetime";
    if (element == u"span" || element == u"td" || element == u"th")
        return name == u"style";
    return false;
}

// Inline styles the renderer itself writes (highlighted code, table alignment); nothing else.
bool matchesSafeStyle(QStringView value)
{
    static const QRegularExpression re(
        uR"(^(\s*((background-)?color:\s*#[0-9a-fA-F]{3,8}|font-weight:\s*(bold|normal)|)"
        uR"(font-style:\s*(italic|normal)|text-align:\s*(left|right|center))\s*;?)+\s*$)"_s);
    return re.matchView(value).hasMatch();
}

// The highlighter writes a few distinct styles thousands of times: each is matched once.
bool isSafeStyle(const QString &value)
{
    thread_local QHash<QString, bool> known;
    const auto it = known.constFind(value);
    if (it != known.cend())
        return *it;
    if (known.size() > 512) // hostile input with endless variants
        known.clear();
    const bool safe = matchesSafeStyle(value);
    known.insert(value, safe);
    return safe;
}

// Names as the renderer and cmark write them are lower case already: no second copy then.
QString lowered(QStringView name)
{
    for (const QChar c : name)
        if (c.isUpper())
            return name.toString().toLower();
    return name.toString();
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

// Decodes character references, as a browser does before it looks at a URL's scheme.
QString decodeEntities(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'&') {
            out += value[i];
            continue;
        }
        qsizetype j = i + 1;
        if (j < value.size() && value[j] == u'#') {
            ++j;
            const bool hex = j < value.size() && (value[j] == u'x' || value[j] == u'X');
            if (hex)
                ++j;
            const qsizetype digits = j;
            uint code = 0;
            while (j < value.size() && (hex ? isxdigit(value[j].unicode()) != 0
                                            : (value[j] >= u'0' && value[j] <= u'9'))) {
                code = std::min<uint>(code * (hex ? 16 : 10) +
                                          uint(QStringView(value.mid(j, 1)).toUInt(nullptr, 16)),
                                      0x10FFFF);
                ++j;
            }
            if (j == digits) {
                out += value[i];
                continue;
            }
            if (j < value.size() && value[j] == u';')
                ++j;
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            i = j - 1;
            continue;
        }
        const qsizetype semi = value.indexOf(u';', j);
        if (semi > j && semi - j <= 10) {
            const QStringView name = value.mid(j, semi - j);
            static const QHash<QString, QChar> named = {
                {u"colon"_s, u':'}, {u"tab"_s, u'\t'},  {u"newline"_s, u'\n'},
                {u"amp"_s, u'&'},   {u"lt"_s, u'<'},    {u"gt"_s, u'>'},
                {u"quot"_s, u'"'},  {u"apos"_s, u'\''}, {u"sol"_s, u'/'},
                {u"lpar"_s, u'('},  {u"rpar"_s, u')'},  {u"nbsp"_s, QChar(0xA0)}};
            const auto it = named.constFind(name.toString().toLower());
            if (it != named.cend()) {
                out += *it;
                i = semi;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}

void appendEscapedAttribute(QString &out, QStringView raw)
{
    if (!raw.contains(u'"') && !raw.contains(u'<') && !raw.contains(u'>')) {
        out += raw;
        return;
    }
    for (const QChar c : raw) {
        if (c == u'"')
            out += u"&quot;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else
            out += c;
    }
}

// Character references decoded only where there are any.
QString decoded(QStringView value)
{
    return value.contains(u'&') ? decodeEntities(value) : value.toString();
}

struct Attribute
{
    QString name;
    QStringView value;
    bool hasValue = false;
};

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QVarLengthArray<Attribute, 6> attributes;
    qsizetype end = -1; // index after '>'; -1 when this is no tag
};

// Parses the tag starting at html[i] == '<'.
Tag parseTag(QStringView html, qsizetype i)
{
    Tag tag;
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html[j] == u'/') {
        tag.closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    if (j >= n || !html[j].isLetter())
        return tag;
    while (j < n && isNameChar(html[j]))
        ++j;
    tag.name = lowered(html.mid(nameStart, j - nameStart));
    for (;;) {
        while (j < n && html[j].isSpace())
            ++j;
        if (j >= n)
            return tag; // unterminated: not a tag
        if (html[j] == u'>') {
            tag.end = j + 1;
            return tag;
        }
        if (html[j] == u'/') {
            ++j;
            if (j < n && html[j] == u'>') {
                tag.selfClosing = true;
                tag.end = j + 1;
                return tag;
            }
            continue;
        }
        const qsizetype attrStart = j;
        while (j < n && !html[j].isSpace() && html[j] != u'>' && html[j] != u'=' &&
               !(html[j] == u'/' && j + 1 < n && html[j + 1] == u'>'))
            ++j;
        Attribute a;
        a.name = lowered(html.mid(attrStart, j - attrStart));
        qsizetype k = j;
        while (k < n && html[k].isSpace())
            ++k;
        if (k < n && html[k] == u'=') {
            ++k;
            while (k < n && html[k].isSpace())
                ++k;
            if (k < n && (html[k] == u'"' || html[k] == u'\'')) {
                const qsizetype close = html.indexOf(html[k], k + 1);
                if (close < 0)
                    return tag;
                a.value = html.mid(k + 1, close - k - 1);
                j = close + 1;
            } else {
                const qsizetype valueStart = k;
                while (k < n && !html[k].isSpace() && html[k] != u'>')
                    ++k;
                a.value = html.mid(valueStart, k - valueStart);
                j = k;
            }
            a.hasValue = true;
        }
        if (j == attrStart) // a stray character such as a quote
            ++j;
        if (!a.name.isEmpty())
            tag.attributes.append(a);
    }
}

// Appends the tag with only the allowed attributes (nothing when the tag goes as a whole).
void appendCleanStartTag(QString &out, const Tag &tag)
{
    const qsizetype start = out.size();
    out += u'<';
    out += tag.name;
    for (const Attribute &a : tag.attributes) {
        if (!isAllowedAttribute(tag.name, a.name))
            continue;
        if ((a.name == u"href" || a.name == u"cite") &&
            !HtmlSanitizer::isSafeUrl(decoded(a.value), false))
            continue;
        if (a.name == u"src" && !HtmlSanitizer::isSafeUrl(decoded(a.value), true))
            continue;
        if (a.name == u"style" && !isSafeStyle(decoded(a.value)))
            continue;
        if (tag.name == u"input" && a.name == u"type" &&
            decoded(a.value).trimmed().toLower() != u"checkbox") {
            out.truncate(start); // only task-list checkboxes
            return;
        }
        out += u' ';
        out += a.name;
        out += u"=\""_s;
        appendEscapedAttribute(out, a.value);
        out += u'"';
    }
    if (tag.name == u"input") // never an editable control
        if (!QStringView(out).sliced(start).contains(u" disabled="))
            out += u" disabled=\"\""_s;
    out += tag.selfClosing ? u" />"_s : u">"_s;
}

} // namespace

bool HtmlSanitizer::isSafeUrl(QStringView value, bool forImage)
{
    // Browsers ignore control characters and spaces in a scheme ("java\tscript:").
    QString url;
    for (const QChar c : value)
        if (c.unicode() > 0x20)
            url += c;
    const qsizetype colon = url.indexOf(u':');
    if (colon < 0)
        return true;
    for (qsizetype i = 0; i < colon; ++i)
        if (url.at(i) == u'/' || url.at(i) == u'?' || url.at(i) == u'#')
            return true; // the colon is in a path or query: relative
    const QString scheme = url.left(colon).toLower();
    if (scheme == u"http" || scheme == u"https")
        return true;
    return !forImage && scheme == u"mailto";
}

QString HtmlSanitizer::sanitize(QStringView html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype to) { out += html.mid(textStart, to - textStart); };
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0)
            break;
        flushText(lt);
        i = lt;
        if (html.mid(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            textStart = i;
            continue;
        }
        if (i + 1 < n && (html[i + 1] == u'!' || html[i + 1] == u'?')) {
            const qsizetype end = html.indexOf(u'>', i + 2);
            i = end < 0 ? n : end + 1;
            textStart = i;
            continue;
        }
        const Tag tag = parseTag(html, i);
        if (tag.end < 0) {
            out += u"&lt;"_s;
            i += 1;
            textStart = i;
            continue;
        }
        i = tag.end;
        textStart = i;
        if (!tag.closing && droppedWithContent().contains(tag.name)) {
            if (tag.selfClosing)
                continue;
            // Skip to the matching end tag (or the end): its content is never shown.
            const QString close = u"</"_s + tag.name;
            qsizetype end = html.indexOf(close, i, Qt::CaseInsensitive);
            while (end >= 0 && end + close.size() < n && isNameChar(html[end + close.size()]))
                end = html.indexOf(close, end + 1, Qt::CaseInsensitive);
            if (end < 0) {
                i = n;
            } else {
                const qsizetype gt = html.indexOf(u'>', end);
                i = gt < 0 ? n : gt + 1;
            }
            textStart = i;
            continue;
        }
        if (!allowedElements().contains(tag.name))
            continue; // the tag goes, its content stays
        if (tag.closing) {
            out += u"</"_s;
            out += tag.name;
            out += u'>';
        } else {
            appendCleanStartTag(out, tag);
        }
    }
    flushText(n);
    return out;
}

} // namespace Specwright
