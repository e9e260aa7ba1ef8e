// Filters diagnostics by severity and rule and sorts them by the model's SortRole.
#pragma once

#include "diagnostic.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Specwright {

class DiagnosticFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiagnosticFilterModel(QObject *parent = nullptr);

    void setSeverityVisible(Severity severity, bool visible);
    // Empty: every rule.
    void setRuleFilter(const QString &ruleId);
    QString ruleFilter() const { return m_rule; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_hidden;
    QString m_rule;
};

} // namespace Specwright
