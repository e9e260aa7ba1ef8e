// Requirement x covering task / test / example / design as a table: one row per requirement
// of the TraceIndex, one column per kind of covering item. A requirement nothing covers is a
// gap (GapRole, tinted background). Every cell knows where it jumps (JumpRole).
#pragma once

#include "trace_index.h"

#include <QAbstractTableModel>

namespace Specwright {

class TraceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RequirementColumn,
        TaskColumn,
        TestColumn,
        ExampleColumn,
        DesignColumn,
        ColumnCount
    };
    enum Role
    {
        GapRole = Qt::UserRole + 1, // "1" for a requirement nothing covers, else "0"
        JumpRole                    // QVariantList {relative file, line}; empty: nowhere
    };

    explicit TraceMatrixModel(QObject *parent = nullptr);

    void setIndex(const TraceIndex::Ptr &index);
    TraceIndex::Ptr index() const { return m_index; }
    int gapCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int requirement = -1;
        bool gap = false;
        QList<int> covering[ColumnCount]; // reference indexes per column
    };
    static int columnFor(TraceContextKind kind);

    TraceIndex::Ptr m_index;
    QList<Row> m_rows;
};

} // namespace Specwright
