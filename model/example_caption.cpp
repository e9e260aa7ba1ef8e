#include "example_caption.h"

namespace Specwright {

namespace {

// \s of QRegularExpression without UseUnicodePropertiesOption.
bool isRegexSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == 0x0b || u == u'\f' || u == u'\r';
}

} // namespace

bool ExampleCaption::isTitle(MarkdownNode paragraph, QString *title)
{
    const MarkdownNode first = paragraph.firstChild();
    if (first.type() != MarkdownNode::Type::Strong)
        return false;
    if (!isExampleLabel(first.plainText()))
        return false;
    QString rest;
    for (MarkdownNode n = first.next(); n; n = n.next()) {
        if (n.type() == MarkdownNode::Type::Text || n.type() == MarkdownNode::Type::Code)
            rest += QString::fromUtf8(n.literalView());
        else if (n.type() == MarkdownNode::Type::SoftBreak ||
                 n.type() == MarkdownNode::Type::LineBreak)
            rest += u' ';
        else
            rest += n.plainText();
    }
    rest = rest.trimmed();
    if (rest.startsWith(u':'))
        rest = rest.mid(1).trimmed();
    *title = rest;
    return true;
}

bool ExampleCaption::isExampleLabel(QStringView strong)
{
    if (strong.endsWith(u':'))
        strong.chop(1);
    const qsizetype n = strong.size();
    auto isWord = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'_';
    };
    auto skipSpaces = [strong, n](qsizetype i) {
        while (i < n && isRegexSpace(strong[i]))
            ++i;
        return i;
    };
    // \s* :? \s* $ from i.
    auto restIsBlank = [&](qsizetype i) {
        i = skipSpaces(i);
        if (i < n && strong[i] == u':')
            i = skipSpaces(i + 1);
        return i == n;
    };
    qsizetype i = skipSpaces(0);
    for (const char16_t c : u"example") {
        if (c == 0)
            break;
        if (i >= n || (strong[i].unicode() | 0x20) != c)
            return false;
        ++i;
    }
    // "s?" is greedy: with the s first, then without it. Either way \b must hold after it.
    if (i < n) {
        const char16_t s = strong[i].unicode();
        if (s == u's' || s == u'S' || s == 0x017f) {
            const bool before = s != 0x017f; // the long s is no ASCII word character
            const bool after = i + 1 < n && isWord(strong[i + 1]);
            if (before != after && restIsBlank(i + 1))
                return true;
        }
    }
    const bool after = i < n && isWord(strong[i]);
    return !after && restIsBlank(i);
}

QString ExampleCaption::captionMarkdown(QStringView paragraph)
{
    const qsizetype n = paragraph.size();
    auto spaces = [paragraph, n](qsizetype i) {
        while (i < n && isRegexSpace(paragraph[i]))
            ++i;
        return i;
    };
    auto strong = [paragraph, n](qsizetype i) {
        return i + 1 < n && (paragraph[i] == u'*' || paragraph[i] == u'_') &&
               paragraph[i + 1] == paragraph[i];
    };
    auto colon = [paragraph, n](qsizetype i) { return i < n && paragraph[i] == u':' ? i + 1 : i; };
    qsizetype i = spaces(0);
    bool lead = strong(i);
    if (lead) {
        i = spaces(i + 2);
        lead = paragraph.sliced(i).startsWith(u"example", Qt::CaseInsensitive);
    }
    if (lead) {
        i += 7;
        // "s" in any case, also the long s that case-insensitive matching takes for it.
        if (i < n && (paragraph[i] == u's' || paragraph[i] == u'S' || paragraph[i] == u'\u017f'))
            ++i;
        i = spaces(colon(spaces(i)));
        lead = strong(i);
    }
    if (!lead)
        return paragraph.toString().simplified();
    return paragraph.sliced(spaces(colon(spaces(i + 2)))).toString().simplified();
}

} // namespace Specwright
