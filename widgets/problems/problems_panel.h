// The Problems panel: lint diagnostics in a sortable table, filtered by severity (toggle
// buttons with counts) and by rule. Double-click or Enter on a row emits activated(file, range),
// a single click locationShown(file, range).
// "Fix" and "Fix all of this rule in the file" emit the edits for the IDE to apply (as one
// undo step) to the editor buffer.
#pragma once

#include "diagnostic.h"

#include <QWidget>

class QComboBox;
class QLabel;
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

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const;
    void setRootPath(const QString &path);

    // The diagnostic of the current row, or null.
    const Diagnostic *currentDiagnostic() const;
    int visibleCount() const;
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
    void activateRow(const QModelIndex &proxyIndex);
    void updateCounts();
    void updateRuleList();
    void updateActions();
    void retranslate();

    DiagnosticTableModel *m_model;
    DiagnosticFilterModel *m_filter;
    QTreeView *m_view;
    QToolButton *m_severity[3];
    QComboBox *m_rules;
    QLabel *m_summary;
    QToolButton *m_fixAllButton;
    QAction *m_fix;
    QAction *m_fixAll;
};

} // namespace Specwright
