// The "Intents" sidebar: the section tree of a spec with its id, authority, example count and
// lint count (id and authority in a quieter colour derived from the palette); a filter box; the
// section under the editor cursor is highlighted; clicking an entry asks the editor to jump there.
// Dragging an entry, or Alt+Shift+Up / Down, asks for the section to be moved. In a narrow dock the
// title keeps a readable width and the small columns give way (Authority first, then Ex. and Lint;
// all are in the tooltip) so the Evals badge stays inside the view.
#pragma once

#include "diagnostic.h"
#include "spec_document.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QLineEdit;
class QAction;
class QTreeWidget;
class QTreeWidgetItem;

namespace Specwright {

class IntentOutline : public QWidget
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
        EvalColumn, // pass-rate badges of the latest eval run (hidden until there are some)
        ColumnCount
    };
    // The badge colour of EvalColumn (a QColor), for its delegate.
    static constexpr int BadgeColorRole = Qt::UserRole + 2;
    struct SectionBadge
    {
        QString text;
        QColor color;
        QString toolTip;
    };

    explicit IntentOutline(QWidget *parent = nullptr);

    void setDocument(const SpecDocument::Ptr &document);
    SpecDocument::Ptr document() const { return m_document; }
    // Lint counts per section, from diagnostics of the same document.
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    // Badges by section id (eval pass rates); empty hides the column.
    void setSectionBadges(const QHash<QString, SectionBadge> &badges);
    // Highlights the section holding a source line (follows the editor cursor).
    void setCurrentLine(int line);
    int currentSection() const { return m_current; }
    void setFilterText(const QString &text);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    // The tree item of a section index (nullptr when none).
    QTreeWidgetItem *itemForSection(int index) const;

Q_SIGNALS:
    // The user clicked or activated an entry.
    void sectionActivated(int sectionIndex, int line);
    // The highlighted section changed (cursor or click).
    void currentSectionChanged(int sectionIndex);
    // The user dragged a section next to another, or moved it with the keyboard.
    void sectionMoveRequested(int sectionIndex, int targetIndex, bool after);

private:
    void rebuild();
    void updateCounts();
    void updateLintCounts();
    QString titleToolTip(int section) const;
    void applyFilter();
    void onItemActivated(QTreeWidgetItem *item);
    int sectionOf(const QTreeWidgetItem *item) const;
    void moveCurrentBy(int direction);
    // Hides the small columns the view has no room for (and shows them again when it has).
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    SpecDocument::Ptr m_document;
    QList<QTreeWidgetItem *> m_items; // by section index
    QStringList m_shapeKey;           // ids + levels of the built tree
    QHash<int, int> m_lintCounts;     // section -> diagnostics
    QHash<QString, SectionBadge> m_badges;
    QList<int> m_fitHidden; // small columns fitColumns() hid
    int m_current = -1;
    bool m_syncing = false;
};

} // namespace Specwright
