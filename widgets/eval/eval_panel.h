// The Evals panel: start and cancel a run for the file or the current section, progress with
// counts and an estimate of the time left, the results (filter by section and by outcome), and
// each case's transcript with the grader's reason and a jump to its place in the spec. It
// shows an EvalRunner's cases and records; starting runs is the caller's job (runRequested).
#pragma once

#include "eval_record.h"
#include "eval_runner.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace Specwright {

class EvalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvalPanel(QWidget *parent = nullptr);

    // Follows a runner from its start (may already hold resumed records).
    void setRunner(EvalRunner *runner);
    // A message instead of a run (not trusted, no model...).
    void showMessage(const QString &text);
    void setSectionAvailable(bool available);
    // The cases of a run are being built on a worker: "Building cases…", no second start.
    void setBuilding(bool building);
    bool isBuilding() const { return m_building; }

    QPushButton *runFileButton() const { return m_runFile; }
    QPushButton *runSectionButton() const { return m_runSection; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *jumpButton() const { return m_jump; }
    QPushButton *compareButton() const { return m_compare; }
    QComboBox *sectionFilter() const { return m_sectionFilter; }
    QComboBox *outcomeFilter() const { return m_outcomeFilter; }
    QTableWidget *table() const { return m_table; }
    QTextBrowser *transcript() const { return m_transcript; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void runRequested(bool sectionOnly);
    void cancelRequested();
    void jumpRequested(int line);
    void compareRequested();

private:
    void addRecord(const EvalRecord &record);
    void updateProgress();
    void applyFilter();
    void showTranscript();
    const EvalCase *caseOf(const QString &id) const;

    QPointer<EvalRunner> m_runner;
    QList<EvalRecord> m_records;
    bool m_building = false;
    bool m_sectionAvailable = false;
    QPushButton *m_runFile = nullptr;
    QPushButton *m_runSection = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_jump = nullptr;
    QPushButton *m_compare = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_sectionFilter = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QTableWidget *m_table = nullptr;
    QTextBrowser *m_transcript = nullptr;
};

} // namespace Specwright
