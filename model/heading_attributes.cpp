#include "heading_attributes.h"

#include <QCoreApplication>

namespace Specwright {

namespace {

bool looksLikeAttributeBlock(QStringView inner)
{
    const QStringView t = inner.trimmed();
    if (t.isEmpty())
        return false;
    return t.startsWith(u'#') || t.startsWith(u'.') || t.contains(u'=');
}

} // namespace

HeadingAttributes HeadingAttributes::parse(const QString &headingText)
{
    HeadingAttributes result;
    QString text = headingText.trimmed();
    result.m_title = text;
    if (!text.endsWith(u'}'))
        return result;
    const qsizetype open = text.lastIndexOf(u'{');
    if (open < 0)
        return result;
    const QStringView inner = QStringView(text).mid(open + 1, text.size() - open - 2);
    if (!looksLikeAttributeBlock(inner) || inner.contains(u'{'))
        return result;

    result.m_blockStart = int(open);
    result.m_title = text.left(open).trimmed();

    // Tokens: #id  .class  key=value  key="quoted value"
    qsizetype i = 0;
    const qsizetype n = inner.size();
    while (i < n) {
        while (i < n && inner.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const QChar c = inner.at(i);
        if (c == u'#' || c == u'.') {
            qsizetype j = i + 1;
            while (j < n && !inner.at(j).isSpace())
                ++j;
            const QString name = inner.mid(i + 1, j - i - 1).toString();
            if (name.isEmpty())
                result.m_error = tr("empty %1 in attribute block").arg(c);
            else if (c == u'#')
                result.m_id = name;
            else
                result.m_attributes.append({QStringLiteral("class"), name});
            i = j;
            continue;
        }
        qsizetype j = i;
        while (j < n && inner.at(j) != u'=' && !inner.at(j).isSpace())
            ++j;
        const QString key = inner.mid(i, j - i).toString();
        if (j >= n || inner.at(j) != u'=') {
            result.m_error = tr("attribute \"%1\" has no value").arg(key);
            i = j;
            continue;
        }
        ++j; // '='
        QString value;
        if (j < n && inner.at(j) == u'"') {
            const qsizetype close = inner.indexOf(u'"', j + 1);
            if (close < 0) {
                result.m_error = tr("unterminated quote in attribute \"%1\"").arg(key);
                value = inner.mid(j + 1).toString();
                j = n;
            } else {
                value = inner.mid(j + 1, close - j - 1).toString();
                j = close + 1;
            }
        } else {
            const qsizetype start = j;
            while (j < n && !inner.at(j).isSpace())
                ++j;
            value = inner.mid(start, j - start).toString();
        }
        result.m_attributes.append({key, value});
        i = j;
    }
    return result;
}

QString HeadingAttributes::slugify(const QString &title)
{
    QString slug;
    slug.reserve(title.size());
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            slug += c;
        else if (c == u' ')
            slug += u'-';
    }
    return slug;
}

} // namespace Specwright
