// The Problems panel: lint diagnostics in a sortable table, filtered by severity (toggle
// buttons with counts) and by rule. Double-click or Enter on a row emits activated(file, range),
// a single click locationShown(file, range).
// "Fix" and "Fix all of this rule in the file" emit the edits for the IDE to apply (as one
// undo step) to the editor buffer.
//
// Each open buffer (showBuffer) has a table, model and filter of its own, kept while the buffer
// lives: switching back to a document shows its findings as they were (sorted, scrolled,
// selected) without filling or sorting thousands of rows again.
#pragma once

#include "diagnostic.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Specwright {

class DiagnosticFilterModel;
class DiagnosticTableModel;

class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    // Shows the findings of another buffer (a table made on its first show, dropped when
    // `buffer` is destroyed); setDiagnostics() and setRootPath() then apply to that table.
    void showBuffer(const QObject *buffer);
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const;
    void setRootPath(const QString &path);
    QString rootPath() const;

    // The diagnostic of the current row, or null.
    const Diagnostic *currentDiagnostic() const;
    int visibleCount() const;
    // The table on show and its model.
    QTreeView *view() const { return m_view; }
    DiagnosticTableModel *model() const { return m_model; }
    QToolButton *severityButton(Severity severity) const;
    QComboBox *ruleFilter() const { return m_rules; }
    QAction *fixAction() const { return m_fix; }
    QAction *fixAllAction() const { return m_fixAll; }

Q_SIGNALS:
    void activated(const QString &file, const Specwright::SourceRange &range);
    // A single click on a row: show the place, leaving the keyboard in the panel.
    void locationShown(const QString &file, const Specwright::SourceRange &range);
    void fixRequested(const QString &file, const QList<Specwright::TextEdit> &edits);
    // Every mechanical fix of one rule in one file, combined and non-overlapping.
    void fixAllRequested(const QString &file, const QString &ruleId,
                         const QList<Specwright::TextEdit> &edits);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The table of one buffer, with what is worked out once per set of findings.
    struct Page
    {
        QPointer<const QObject> buffer; // null: the page before any buffer was shown
        DiagnosticTableModel *model = nullptr;
        DiagnosticFilterModel *filter = nullptr;
        QTreeView *view = nullptr;
        int counts[3] = {0, 0, 0}; // by severity
        QStringList ruleIds;       // sorted
        bool severityShown[3] = {true, true, true};
    };

    Page *addPage(const QObject *buffer);
    void removePage(Page *page);
    void showPage(Page *page);
    void activateRow(const QModelIndex &proxyIndex);
    void updateCounts();
    void updateRuleList();
    void updateActions();
    void retranslate();

    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    Page *m_page = nullptr; // the one on show; the three below are its own
    DiagnosticTableModel *m_model = nullptr;
    DiagnosticFilterModel *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_severity[3];
    QComboBox *m_rules;
    QLabel *m_summary;
    QToolButton *m_fixAllButton;
    QAction *m_fix;
    QAction *m_fixAll;
};

} // namespace Specwright
