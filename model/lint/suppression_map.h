// Inline suppression comments of one document: <!-- specwright-disable RULE -->, -enable,
// -disable-line, -disable-next-line, and the same forms of markdownlint, plus
// <!-- vale off --> / <!-- vale on -->. A RULE may be a full id or a family ("ambiguity");
// no RULE means every rule.
#pragma once

#include <QList>
#include <QString>

namespace Specwright {

class SpecDocument;

class SuppressionMap
{
public:
    SuppressionMap() = default;
    explicit SuppressionMap(const SpecDocument &document);

    bool isSuppressed(const QString &ruleId, int line) const;
    bool isEmpty() const { return m_regions.isEmpty(); }

    // The comment text that suppresses one rule on the line after it.
    static QString nextLineComment(const QString &ruleId);
    static QString sameLineComment(const QString &ruleId);

private:
    struct Region
    {
        QString rule; // "*" for every rule
        int fromLine = 0;
        int toLine = 0;
    };
    static bool matches(const QString &key, const QString &ruleId);

    QList<Region> m_regions;
};

} // namespace Specwright
