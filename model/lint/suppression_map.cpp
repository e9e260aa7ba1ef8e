#include "suppression_map.h"

#include "spec_document.h"

#include <QHash>
#include <QRegularExpression>
#include <climits>

namespace Specwright {

SuppressionMap::SuppressionMap(const SpecDocument &document)
{
    const QString &text = document.text();
    if (!text.contains(QLatin1String("<!--")))
        return;
    // Comments inside code fences are code, not directives.
    QList<std::pair<int, int>> code;
    for (const Block &b : document.blocks())
        if (b.kind == BlockKind::CodeFence || b.kind == BlockKind::IndentedCode)
            code.append({b.startLine, b.endLine});
    auto inCode = [&code](int line) {
        for (const auto &[from, to] : code)
            if (line >= from && line <= to)
                return true;
        return false;
    };

    static const QRegularExpression re(QStringLiteral(
        R"(<!--\s*(?:(specwright|markdownlint)-(disable-next-line|disable-line|disable|enable)\b([^>]*?)|vale\s+(off|on)\s*)-->)"));
    QHash<QString, int> open; // rule -> first disabled line
    auto close = [this, &open](const QString &rule, int line) {
        const auto it = open.constFind(rule);
        if (it == open.constEnd())
            return;
        m_regions.append({rule, it.value(), line});
        open.remove(rule);
    };
    const SourceText &src = document.source();
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int line = src.lineForOffset(int(m.capturedStart(0)));
        if (inCode(line))
            continue;
        QString verb = m.captured(2);
        QStringList rules;
        if (!m.capturedView(4).isEmpty()) {
            verb =
                m.capturedView(4) == u"off" ? QStringLiteral("disable") : QStringLiteral("enable");
        } else {
            rules = m.captured(3).split(QRegularExpression(QStringLiteral(R"([\s,]+)")),
                                        Qt::SkipEmptyParts);
        }
        if (rules.isEmpty())
            rules.append(QStringLiteral("*"));
        for (const QString &rule : std::as_const(rules)) {
            if (verb == u"disable-next-line") {
                const int endLine = src.lineForOffset(int(m.capturedEnd(0)) - 1);
                m_regions.append({rule, endLine + 1, endLine + 1});
            } else if (verb == u"disable-line") {
                m_regions.append({rule, line, line});
            } else if (verb == u"disable") {
                if (!open.contains(rule))
                    open.insert(rule, line);
            } else if (rule == u"*") {
                const QStringList keys = open.keys();
                for (const QString &k : keys)
                    close(k, line);
            } else {
                close(rule, line);
            }
        }
    }
    const QStringList keys = open.keys();
    for (const QString &k : keys)
        close(k, INT_MAX);
}

bool SuppressionMap::matches(const QString &key, const QString &ruleId)
{
    if (key == u"*" || key == ruleId)
        return true;
    // a family: "ambiguity" or "ambiguity/*"
    QStringView family(key);
    if (family.endsWith(u"/*"))
        family.chop(2);
    return ruleId.size() > family.size() && ruleId.startsWith(family) &&
           ruleId.at(family.size()) == u'/';
}

bool SuppressionMap::isSuppressed(const QString &ruleId, int line) const
{
    for (const Region &r : m_regions)
        if (line >= r.fromLine && line <= r.toLine && matches(r.rule, ruleId))
            return true;
    return false;
}

QString SuppressionMap::nextLineComment(const QString &ruleId)
{
    return QStringLiteral("<!-- specwright-disable-next-line %1 -->").arg(ruleId);
}

QString SuppressionMap::sameLineComment(const QString &ruleId)
{
    return QStringLiteral("<!-- specwright-disable-line %1 -->").arg(ruleId);
}

} // namespace Specwright
