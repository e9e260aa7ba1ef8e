#include "diagnostic_filter_model.h"

#include "diagnostic_table_model.h"

namespace Specwright {

DiagnosticFilterModel::DiagnosticFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiagnosticTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DiagnosticFilterModel::setSeverityVisible(Severity severity, bool visible)
{
    if (visible)
        m_hidden.remove(int(severity));
    else
        m_hidden.insert(int(severity));
    invalidateRowsFilter();
}

void DiagnosticFilterModel::setRuleFilter(const QString &ruleId)
{
    m_rule = ruleId;
    invalidateRowsFilter();
}

bool DiagnosticFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hidden.contains(index.data(DiagnosticTableModel::SeverityRole).toInt()))
        return false;
    return m_rule.isEmpty() || index.data(DiagnosticTableModel::RuleRole).toString() == m_rule;
}

} // namespace Specwright
