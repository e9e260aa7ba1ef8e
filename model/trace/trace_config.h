// specwright.toml, the [trace] part: id patterns of the workspace's own requirements
// ([trace] patterns = ["REQ-\\d+", "SEC-[A-Z]+-\\d+"]). A bad pattern is reported and skipped.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Specwright {

class TraceConfig
{
    Q_DECLARE_TR_FUNCTIONS(TraceConfig)

public:
    static TraceConfig forWorkspace(const QString &rootPath);
    static TraceConfig fromText(const QString &text);

    const QList<QRegularExpression> &patterns() const { return m_patterns; }
    const QStringList &problems() const { return m_problems; }
    // The patterns as written, to compare configurations cheaply.
    const QStringList &patternTexts() const { return m_patternTexts; }

private:
    QList<QRegularExpression> m_patterns;
    QStringList m_patternTexts;
    QStringList m_problems;
};

} // namespace Specwright
