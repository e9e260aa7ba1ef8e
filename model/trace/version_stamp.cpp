#include "version_stamp.h"

#include <QRegularExpression>
#include <QStringList>

namespace Specwright {

namespace {

const QRegularExpression &versionLine()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^[^\w\n]{0,6}version[^\w\n]{0,6}[ \t]*[:=][ \t]*[^\w\n]{0,2}v?(\d+(?:\.\d+){0,3}[\w.-]*))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &amendedField()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(last[ _-]?(?:amended|updated|modified)[^\w\n]{0,4}[ \t]*[:=][ \t]*[^\w\n]{0,2}([\w./-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool VersionStamp::hasVersionLine(QStringView text)
{
    return versionLine().matchView(text).hasMatch();
}

std::optional<VersionStamp> VersionStamp::find(const QString &text)
{
    const auto m = versionLine().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    VersionStamp stamp;
    stamp.version = m.captured(1);
    stamp.line = int(QStringView(text).left(m.capturedStart(0)).count(u'\n')) + 1;
    const qsizetype lineEnd = text.indexOf(u'\n', m.capturedStart(0));
    const QString line =
        text.mid(m.capturedStart(0), lineEnd < 0 ? -1 : lineEnd - m.capturedStart(0));
    const auto amended = amendedField().match(line);
    if (!amended.hasMatch()) {
        // The field may stand on a line of its own.
        const auto anywhere = amendedField().match(text);
        if (anywhere.hasMatch())
            stamp.lastAmended = anywhere.captured(1);
    } else {
        stamp.lastAmended = amended.captured(1);
    }
    return stamp;
}

QString VersionStamp::body(const QString &text)
{
    static const QRegularExpression comment(QStringLiteral(R"(<!--.*?-->)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString t = text;
    t.remove(comment);
    QStringList kept;
    for (const QString &line : t.split(u'\n')) {
        if (versionLine().match(line).hasMatch() || amendedField().match(line).hasMatch())
            continue;
        kept.append(line.simplified());
    }
    return kept.join(u' ').simplified();
}

bool VersionStamp::amendedWithoutBump(const QString &before, const QString &after)
{
    const auto a = find(before);
    const auto b = find(after);
    if (!a || !b)
        return false;
    if (a->version != b->version || a->lastAmended != b->lastAmended)
        return false;
    return body(before) != body(after);
}

} // namespace Specwright
