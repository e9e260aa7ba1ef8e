// Two eval runs of a spec side by side: pick the run before and the run after (two
// amendments, two models, a prompt change), see the pass rate per intent before and after,
// the cases that flipped (regressions first) and the sections involved; "Go to Section" asks
// for the selected intent. It compares the runs it is given; reading them is the caller's job.
#pragma once

#include "eval_run.h"
#include "eval_run_comparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Specwright {

class EvalCompareView : public QWidget
{
    Q_OBJECT

public:
    explicit EvalCompareView(QWidget *parent = nullptr);

    // Newest first; picks the newest as "after" and the one before it as "before".
    void setRuns(const QList<EvalRun> &runs);
    void setBeforeAfter(int before, int after); // indexes into the runs
    const EvalRunComparison &comparison() const { return m_comparison; }

    QComboBox *beforeBox() const { return m_before; }
    QComboBox *afterBox() const { return m_after; }
    QTableWidget *sectionTable() const { return m_sections; }
    QTableWidget *flipTable() const { return m_flips; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *jumpButton() const { return m_jump; }

    static QString runTitle(const EvalRun &run);

Q_SIGNALS:
    void sectionRequested(const QString &sectionId);

private:
    void recompare();
    QString selectedSection() const;

    QList<EvalRun> m_runs;
    EvalRunComparison m_comparison;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_sections = nullptr;
    QTableWidget *m_flips = nullptr;
    QPushButton *m_jump = nullptr;
};

} // namespace Specwright
