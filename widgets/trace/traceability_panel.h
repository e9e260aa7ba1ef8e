// The Traceability view: the trace matrix of the workspace with a summary line, a filter to
// show only the gaps, and a jump from every cell (double-click or Enter) to the requirement or
// to what covers it.
#pragma once

#include "trace_index.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Specwright {

class TraceMatrixModel;

class TraceabilityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TraceabilityPanel(QWidget *parent = nullptr);

    // Null: no workspace is open.
    void setIndex(const TraceIndex::Ptr &index);
    TraceIndex::Ptr index() const;

    QTableView *view() const { return m_view; }
    QCheckBox *gapsOnly() const { return m_gapsOnly; }
    QLabel *summary() const { return m_summary; }
    TraceMatrixModel *model() const { return m_model; }
    int visibleRows() const;

Q_SIGNALS:
    // `file` is absolute.
    void jumpRequested(const QString &file, int line);

private:
    void activate(const QModelIndex &index);
    void updateSummary();

    TraceMatrixModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QCheckBox *m_gapsOnly;
    QLabel *m_summary;
};

} // namespace Specwright
