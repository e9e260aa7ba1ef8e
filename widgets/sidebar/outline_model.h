// The item model of the Intents outline: the section tree of one parsed snapshot, read from the
// snapshot when a row is painted instead of copied into items, so a new snapshot of the same
// shape (ids, levels, parents) is swapped in at a cost independent of its size; only a change
// of shape resets the model. The lint counts per section and the eval badges are kept beside.
#pragma once

#include "spec_document.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>

namespace Specwright {

class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        IdColumn,
        AuthorityColumn,
        ExamplesColumn,
        LintColumn,
        EvalColumn,
        ColumnCount
    };
    // The section index of a row (an int).
    static constexpr int SectionRole = Qt::UserRole + 1;
    // The badge colour of EvalColumn (a QColor), for its delegate.
    static constexpr int BadgeColorRole = Qt::UserRole + 2;
    struct Badge
    {
        QString text;
        QColor color;
        QString toolTip;
    };

    explicit OutlineModel(QObject *parent = nullptr);

    // Returns true when the shape changed and the model was reset.
    bool setDocument(const SpecDocument::Ptr &document);
    SpecDocument::Ptr document() const { return m_document; }
    // Whether `document` has the sections (ids, levels, parents) the model shows.
    bool keepsShape(const SpecDocument &document) const
    {
        return sameShape(m_document.get(), &document);
    }
    // Findings per section index (missing: none).
    void setLintCounts(QList<int> counts);
    int lintCount(int section) const { return m_lint.value(section); }
    void setBadges(const QHash<QString, Badge> &badges);
    // The colour of the id and authority texts.
    void setDimColor(const QColor &color);
    // A drag of a row carries this token, so only this model's rows are recognised on a drop.
    void setDragToken(const QByteArray &token) { m_dragToken = token; }
    static QString entryMimeType();
    // The section a drag of this model carries, or -1.
    int draggedSection(const QMimeData *data) const;

    QModelIndex indexOfSection(int section, int column = TitleColumn) const;
    int sectionOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    static bool sameShape(const SpecDocument *a, const SpecDocument *b);
    void indexRows();
    // Tells the views that every row's `columns` changed (they repaint what they show).
    void announceChange(int firstColumn, int lastColumn);

    SpecDocument::Ptr m_document;
    QList<int> m_rowInParent; // by section index
    QList<int> m_topLevel;    // section indexes of the rows without a parent
    QList<int> m_lint;        // by section index
    QHash<QString, Badge> m_badges;
    QColor m_dim;
    QByteArray m_dragToken;
};

} // namespace Specwright
