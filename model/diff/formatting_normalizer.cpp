#include "formatting_normalizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace Specwright {

QString FormattingNormalizer::normalizeProse(QStringView text)
{
    // Underscore emphasis only where it opens and closes at word edges (snake_case stays).
    static const QRegularExpression strong(
        QStringLiteral("(?<![\\w\\\\])__(?=\\S)(.+?)(?<=\\S)__(?!\\w)"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![\\w\\\\_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString s = text.toString();
    s.replace(strong, QStringLiteral("**\\1**"));
    s.replace(emphasis, QStringLiteral("*\\1*"));
    s.replace(space, QStringLiteral(" "));
    return s.trimmed();
}

QString FormattingNormalizer::normalizeCode(QStringView text)
{
    QStringList lines;
    for (QStringView line : text.split(u'\n')) {
        qsizetype end = line.size();
        while (end > 0 && line[end - 1].isSpace())
            --end;
        lines.append(line.left(end).toString());
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

bool FormattingNormalizer::sameContent(QStringView oldText, QStringView newText, BlockKind kind)
{
    const bool code = kind == BlockKind::CodeFence || kind == BlockKind::IndentedCode ||
                      kind == BlockKind::HtmlBlock;
    return code ? normalizeCode(oldText) == normalizeCode(newText)
                : normalizeProse(oldText) == normalizeProse(newText);
}

} // namespace Specwright
