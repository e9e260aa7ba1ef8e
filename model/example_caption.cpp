#include "example_caption.h"

#include <QRegularExpression>

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
    static const QRegularExpression re(QStringLiteral(R"(^\s*Examples?\b\s*:?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QString strong = first.plainText();
    if (!re.match(strong.endsWith(u':') ? strong.chopped(1) : strong).hasMatch())
        return false;
    QString rest;
    for (MarkdownNode n = first.next(); n; n = n.next()) {
        if (n.type() == MarkdownNode::Type::Text || n.type() == MarkdownNode::Type::Code)
            rest += QString::fromUtf8(n.literal());
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
