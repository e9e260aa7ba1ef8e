// The "Intents" sidebar: the section tree of a spec with its id, authority, example count and
// lint count (id and authority in a quieter colour derived from the palette); a filter box; the
// section under the editor cursor is highlighted; clicking an entry asks the editor to jump there.
// Dragging an entry, or Alt+Shift+Up / Down, asks for the section to be moved. In a narrow dock the
// title keeps a readable width and the small columns give way (Authority first, then Ex. and Lint;
// all are in the tooltip) so the Evals badge stays inside the view.
//
// Each open buffer (showBuffer) has a tree view and an OutlineModel of its own, kept while the
// buffer lives: switching back to a document shows its tree as it was (expansion, scroll,
// selection) without building anything, and a new snapshot of the same shape is swapped into
// the model at a cost independent of the number of sections.
#pragma once

#include "diagnostic.h"
#include "outline_model.h"
#include "spec_document.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAbstractItemDelegate;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Specwright {

class OutlineTree;

class IntentOutline : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn = OutlineModel::TitleColumn,
        IdColumn = OutlineModel::IdColumn,
        AuthorityColumn = OutlineModel::AuthorityColumn,
        ExamplesColumn = OutlineModel::ExamplesColumn,
        LintColumn = OutlineModel::LintColumn,
        // pass-rate badges of the latest eval run (hidden until there are some)
        EvalColumn = OutlineModel::EvalColumn,
        ColumnCount = OutlineModel::ColumnCount
    };
    // The badge colour of EvalColumn (a QColor), for its delegate.
    static constexpr int BadgeColorRole = OutlineModel::BadgeColorRole;
    using SectionBadge = OutlineModel::Badge;

    explicit IntentOutline(QWidget *parent = nullptr);
    ~IntentOutline() override;

    // Shows the tree of another buffer (made on its first show, dropped when `buffer` is
    // destroyed); setDocument() and setDiagnostics() then apply to that tree.
    void showBuffer(const QObject *buffer);
    void setDocument(const SpecDocument::Ptr &document);
    SpecDocument::Ptr document() const;
    // Lint counts per section, from diagnostics of the same document.
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    // Badges by section id (eval pass rates); empty hides the column.
    void setSectionBadges(const QHash<QString, SectionBadge> &badges);
    // Highlights the section holding a source line (follows the editor cursor).
    void setCurrentLine(int line);
    int currentSection() const;
    void setFilterText(const QString &text);
    // A delegate for one column of every tree, also those made later (owned by the outline).
    void setItemDelegateForColumn(int column, QAbstractItemDelegate *delegate);

    // The tree on show and its model.
    QTreeView *tree() const;
    OutlineModel *model() const;
    QLineEdit *filterField() const { return m_filter; }
    // The tree's index of a section (TitleColumn; invalid when none).
    QModelIndex indexForSection(int section) const;
    // A cell's text as the tree shows it.
    QString text(int section, int column) const;
    // Whether the filter hides the section's row.
    bool isSectionHidden(int section) const;

Q_SIGNALS:
    // The user clicked or activated an entry.
    void sectionActivated(int sectionIndex, int line);
    // The highlighted section changed (cursor or click).
    void currentSectionChanged(int sectionIndex);
    // The user dragged a section next to another, or moved it with the keyboard.
    void sectionMoveRequested(int sectionIndex, int targetIndex, bool after);

private:
    // The tree and model of one buffer, with what is the view's own.
    struct Page
    {
        QPointer<const QObject> buffer; // null: the page before any buffer was shown
        OutlineTree *tree = nullptr;
        OutlineModel *model = nullptr;
        QList<Diagnostic> diagnostics; // the last ones counted (shared, not copied)
        QString filter;                // the filter the tree's hidden rows follow
        QList<int> fitHidden;          // small columns fitColumns() hid
        int widths[ColumnCount] = {};  // of the small columns, as measureColumns() found them
        int current = -1;
    };

    Page *addPage(const QObject *buffer);
    void removePage(Page *page);
    void countLint();
    QString titleToolTip(int section) const;
    void applyFilter();
    void onActivated(const QModelIndex &index);
    void moveCurrentBy(int direction);
    // After a reset: the sections expanded before (by id) stay expanded; new ones are expanded
    // to the default depth.
    void restoreExpansion(const QSet<QString> &expandedIds, const QSet<QString> &knownIds);
    // Sizes the small columns to their contents (when the contents changed), then fits them.
    void measureColumns();
    // Hides the small columns the view has no room for (and shows them again when it has).
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    Page *m_page = nullptr; // the one on show
    QHash<QString, SectionBadge> m_badges;
    QHash<int, QAbstractItemDelegate *> m_delegates; // by column
    bool m_syncing = false;
};

} // namespace Specwright
