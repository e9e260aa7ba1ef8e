#include "outline_model.h"

#include <QCoreApplication>
#include <QMimeData>
#include <algorithm>

namespace Specwright {

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString OutlineModel::entryMimeType()
{
    return QStringLiteral("application/x-specwright-outline-entry");
}

bool OutlineModel::sameShape(const SpecDocument *a, const SpecDocument *b)
{
    if (!a || !b)
        return a == b;
    const QList<Section> &x = a->sections();
    const QList<Section> &y = b->sections();
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i)
        if (x[i].level != y[i].level || x[i].parent != y[i].parent || x[i].id != y[i].id)
            return false;
    return true;
}

void OutlineModel::indexRows()
{
    m_rowInParent.clear();
    m_topLevel.clear();
    if (!m_document)
        return;
    const QList<Section> &sections = m_document->sections();
    m_rowInParent.resize(sections.size(), 0);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections[i];
        if (s.parent < 0) {
            m_rowInParent[i] = int(m_topLevel.size());
            m_topLevel.append(int(i));
        }
        for (qsizetype row = 0; row < s.children.size(); ++row)
            if (s.children[row] >= 0 && s.children[row] < sections.size())
                m_rowInParent[s.children[row]] = int(row);
    }
}

bool OutlineModel::setDocument(const SpecDocument::Ptr &document)
{
    if (document == m_document)
        return false;
    if (sameShape(m_document.get(), document.get())) {
        m_document = document;
        announceChange(TitleColumn, ColumnCount - 1);
        return false;
    }
    beginResetModel();
    m_document = document;
    m_lint.clear(); // the counts name sections of the old shape; new ones follow
    indexRows();
    endResetModel();
    return true;
}

void OutlineModel::setLintCounts(QList<int> counts)
{
    if (counts == m_lint)
        return;
    m_lint = std::move(counts);
    announceChange(LintColumn, LintColumn);
}

void OutlineModel::setBadges(const QHash<QString, Badge> &badges)
{
    m_badges = badges;
    announceChange(EvalColumn, EvalColumn);
}

void OutlineModel::setDimColor(const QColor &color)
{
    if (color == m_dim)
        return;
    m_dim = color;
    announceChange(IdColumn, AuthorityColumn);
}

void OutlineModel::announceChange(int firstColumn, int lastColumn)
{
    // One signal over the top-level rows: the view repaints what it shows and measures its
    // size-to-contents columns once, whatever the number of sections.
    if (!m_topLevel.isEmpty())
        Q_EMIT dataChanged(index(0, firstColumn), index(int(m_topLevel.size()) - 1, lastColumn));
}

QModelIndex OutlineModel::indexOfSection(int section, int column) const
{
    if (!m_document || section < 0 || section >= m_rowInParent.size())
        return {};
    return createIndex(m_rowInParent[section], column, quintptr(section));
}

int OutlineModel::sectionOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !m_document)
        return -1;
    const int section = int(index.internalId());
    return section < m_document->sections().size() ? section : -1;
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_document || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_topLevel.size() ? createIndex(row, column, quintptr(m_topLevel[row]))
                                       : QModelIndex();
    const int p = sectionOf(parent);
    if (p < 0 || parent.column() != TitleColumn)
        return {};
    const QList<int> &children = m_document->sections()[p].children;
    return row < children.size() ? createIndex(row, column, quintptr(children[row]))
                                 : QModelIndex();
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const int section = sectionOf(child);
    if (section < 0)
        return {};
    return indexOfSection(m_document->sections()[section].parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(m_topLevel.size());
    const int section = sectionOf(parent);
    return section >= 0 && parent.column() == TitleColumn
               ? int(m_document->sections()[section].children.size())
               : 0;
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    const int section = sectionOf(index);
    if (section < 0)
        return {};
    const Section &s = m_document->sections()[section];
    const int column = index.column();
    if (role == SectionRole)
        return section;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TitleColumn:
            return s.title.isEmpty() ? tr("(untitled)") : s.title;
        case IdColumn:
            return s.id;
        case AuthorityColumn:
            return s.attribute(QStringLiteral("authority"));
        case ExamplesColumn:
            return s.examples.isEmpty() ? QString() : QString::number(s.examples.size());
        case LintColumn: {
            const int lint = m_lint.value(section);
            return lint ? QString::number(lint) : QString();
        }
        case EvalColumn: {
            const auto badge = m_badges.constFind(s.id);
            return badge != m_badges.constEnd() ? badge->text : QString();
        }
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if ((column == IdColumn || column == AuthorityColumn) && m_dim.isValid())
            return m_dim;
        if (column == LintColumn)
            return QColor(0xe0, 0x9b, 0x1a);
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == ExamplesColumn || column == LintColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (column == EvalColumn && (role == BadgeColorRole || role == Qt::ToolTipRole)) {
        const auto badge = m_badges.constFind(s.id);
        if (badge == m_badges.constEnd())
            return {};
        return role == BadgeColorRole ? QVariant(badge->color) : QVariant(badge->toolTip);
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Intent");
        case IdColumn:
            return tr("Id");
        case AuthorityColumn:
            return tr("Authority");
        case ExamplesColumn:
            return tr("Ex.");
        case LintColumn:
            return tr("Lint");
        case EvalColumn:
            return tr("Evals");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EvalColumn:
            return tr("Pass rate in the latest eval run");
        case ExamplesColumn:
            return tr("Examples in this intent");
        case LintColumn:
            return tr("Lint findings in this intent");
        }
    }
    return {};
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList OutlineModel::mimeTypes() const
{
    return {entryMimeType()};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    int section = -1;
    for (const QModelIndex &index : indexes) {
        const int s = sectionOf(index);
        if (s < 0 || (section >= 0 && s != section))
            return nullptr; // one entry at a time
        section = s;
    }
    if (section < 0)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(entryMimeType(), m_dragToken + '\n' + QByteArray::number(section));
    return data;
}

int OutlineModel::draggedSection(const QMimeData *data) const
{
    if (!data || !data->hasFormat(entryMimeType()) || !m_document)
        return -1;
    const QList<QByteArray> parts = data->data(entryMimeType()).split('\n');
    if (parts.size() != 2 || parts.first() != m_dragToken)
        return -1;
    bool ok = false;
    const int section = parts.at(1).toInt(&ok);
    return ok && section >= 0 && section < m_document->sections().size() ? section : -1;
}

} // namespace Specwright
