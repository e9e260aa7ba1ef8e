#include "traceability_panel.h"

#include "trace_matrix_model.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Specwright {

TraceabilityPanel::TraceabilityPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TraceMatrixModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_gapsOnly(new QCheckBox(tr("Only gaps"), this))
    , m_summary(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(TraceMatrixModel::GapRole);
    m_filter->setFilterKeyColumn(TraceMatrixModel::RequirementColumn);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("traceMatrix"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TraceMatrixModel::RequirementColumn,
                                                     QHeaderView::Stretch);
    for (int c = TraceMatrixModel::TaskColumn; c < TraceMatrixModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("traceSummary"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_gapsOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_gapsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setFilterFixedString(on ? QStringLiteral("1") : QString());
    });
    connect(m_view, &QAbstractItemView::activated, this, &TraceabilityPanel::activate);
    updateSummary();
}

void TraceabilityPanel::setIndex(const TraceIndex::Ptr &index)
{
    m_model->setIndex(index);
    updateSummary();
}

TraceIndex::Ptr TraceabilityPanel::index() const
{
    return m_model->index();
}

int TraceabilityPanel::visibleRows() const
{
    return m_filter->rowCount();
}

void TraceabilityPanel::activate(const QModelIndex &index)
{
    const QVariantList jump = index.data(TraceMatrixModel::JumpRole).toList();
    const TraceIndex::Ptr trace = m_model->index();
    if (jump.size() != 2 || !trace)
        return;
    Q_EMIT jumpRequested(QDir(trace->rootPath()).absoluteFilePath(jump.at(0).toString()),
                         jump.at(1).toInt());
}

void TraceabilityPanel::updateSummary()
{
    const TraceIndex::Ptr index = m_model->index();
    if (!index) {
        m_summary->setText(tr("Open a folder to see which tasks, tests and examples cover its "
                              "requirements."));
        return;
    }
    int broken = 0;
    for (const auto &r : index->references())
        broken += r.resolved() ? 0 : 1;
    m_summary->setText(tr("%1 requirements, %2 not covered; %3 references, %4 broken")
                           .arg(index->requirements().size())
                           .arg(m_model->gapCount())
                           .arg(index->references().size())
                           .arg(broken));
}

} // namespace Specwright
