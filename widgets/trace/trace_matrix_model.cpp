#include "trace_matrix_model.h"

#include <QColor>
#include <QFileInfo>
#include <QSet>

namespace Specwright {

TraceMatrixModel::TraceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TraceMatrixModel::columnFor(TraceContextKind kind)
{
    switch (kind) {
    case TraceContextKind::Task:
        return TaskColumn;
    case TraceContextKind::Test:
        return TestColumn;
    case TraceContextKind::Example:
        return ExampleColumn;
    case TraceContextKind::Design:
        return DesignColumn;
    case TraceContextKind::Other:
        break;
    }
    return -1;
}

void TraceMatrixModel::setIndex(const TraceIndex::Ptr &index)
{
    beginResetModel();
    m_index = index;
    m_rows.clear();
    if (m_index) {
        const QSet<int> duplicates(m_index->duplicates().cbegin(), m_index->duplicates().cend());
        for (int i = 0; i < m_index->requirements().size(); ++i) {
            Row row;
            row.requirement = i;
            row.gap = !m_index->isCovered(i) && !duplicates.contains(i);
            for (int ref : m_index->coverage(i)) {
                const int column = columnFor(m_index->references().at(ref).reference.context);
                if (column > 0)
                    row.covering[column].append(ref);
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

int TraceMatrixModel::gapCount() const
{
    int gaps = 0;
    for (const Row &r : m_rows)
        gaps += r.gap ? 1 : 0;
    return gaps;
}

int TraceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_index || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Requirement &req = m_index->requirements().at(row.requirement);
    const int column = index.column();
    auto placeOf = [this](int ref) -> QString {
        const TraceReference &r = m_index->references().at(ref).reference;
        return QFileInfo(r.file).fileName() + u':' + QString::number(r.line);
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == RequirementColumn) {
            QString text = req.text.simplified();
            if (text.size() > 60)
                text = text.left(59) + QChar(0x2026);
            return text.isEmpty() ? req.id : req.id + QLatin1String("  ") + text;
        }
        if (row.covering[column].isEmpty())
            return row.gap ? tr("missing") : QString();
        if (row.covering[column].size() == 1)
            return placeOf(row.covering[column].first());
        return tr("%1 (+%2)")
            .arg(placeOf(row.covering[column].first()))
            .arg(row.covering[column].size() - 1);
    case Qt::ToolTipRole: {
        if (column == RequirementColumn)
            return tr("%1 %2 in %3, line %4")
                .arg(requirementKindName(req.kind), req.id, req.file)
                .arg(req.line);
        QStringList places;
        for (int ref : row.covering[column]) {
            const TraceReference &r = m_index->references().at(ref).reference;
            places.append(r.file + u':' + QString::number(r.line));
        }
        return places.join(u'\n');
    }
    case Qt::BackgroundRole:
        // A translucent red reads as a warning on light and dark palettes alike.
        if (row.gap)
            return QColor(220, 50, 47, 70);
        return {};
    case GapRole:
        return row.gap ? QStringLiteral("1") : QStringLiteral("0");
    case JumpRole: {
        if (column == RequirementColumn)
            return QVariantList{req.file, req.line};
        if (row.covering[column].isEmpty())
            return QVariantList{};
        const TraceReference &r = m_index->references().at(row.covering[column].first()).reference;
        return QVariantList{r.file, r.line};
    }
    default:
        break;
    }
    return {};
}

QVariant TraceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RequirementColumn:
        return tr("Requirement");
    case TaskColumn:
        return tr("Tasks");
    case TestColumn:
        return tr("Tests");
    case ExampleColumn:
        return tr("Examples");
    case DesignColumn:
        return tr("Designs");
    default:
        break;
    }
    return {};
}

} // namespace Specwright
