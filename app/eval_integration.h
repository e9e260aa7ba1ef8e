// The Evals panel in the main window: a bottom dock that runs the open spec's examples (the
// whole file or the current section) against the target and grader models of the user's
// settings, only in a trusted workspace, and jumps to a case's place in the spec. It shows the
// pass rate of each intent from the spec's latest runs as badges in the Intents outline
// (refreshed when a run finishes or another spec opens) and compares two runs in an
// "Eval Comparison" dock. Run files are read, and a run's cases built, on a worker thread.
#pragma once

#include "eval_run.h"
#include "eval_runner.h"
#include "latest_result.h"

#include <QObject>
#include <QPointer>

namespace Specwright {

class EvalCompareView;
class EvalPanel;
class MainWindow;

class EvalIntegration : public QObject
{
    Q_OBJECT

public:
    static EvalIntegration *install(MainWindow *window);
    EvalPanel *panel() const { return m_panel; }
    EvalRunner *runner() const { return m_runner; }
    // Builds the run's cases on a worker, then starts it (casesBuilt follows); false (with a
    // message in the panel) when it cannot start at once.
    bool run(bool sectionOnly);
    // A run's cases are being built (for tests and the status bar).
    bool isBuildingCases() const { return m_casesBuild.isRunning(); }
    EvalCompareView *compareView() const { return m_compare; }
    // Re-reads the open spec's runs (badges, and the comparison when `showCompare`).
    void refreshRuns(bool showCompare = false);
    // The refresh in flight is applied (for tests and the status bar).
    bool isLoadingRuns() const { return m_runsLoad.isRunning(); }

Q_SIGNALS:
    void runsLoaded();
    // The cases of run() were built and applied: runner() runs them unless there were none.
    void casesBuilt(int count);

private:
    explicit EvalIntegration(MainWindow *window);
    // The workspace root and the spec's path in it, as runs record them.
    bool specContext(QString *root, QString *specFile) const;
    void applyRuns(const QList<EvalRun> &runs, bool showCompare);
    // What run() prepares on the worker: the cases and the spec's blob and commit.
    struct PreparedRun
    {
        QString filePath; // the spec they were built from (the stale-result guard)
        QString root;
        QString section;
        QString specFile;
        QList<EvalCase> cases;
        QString specBlob;
        QString specCommit;
    };
    void startRun(const PreparedRun &prepared);

    MainWindow *m_window;
    EvalPanel *m_panel = nullptr;
    QPointer<EvalRunner> m_runner;
    QString m_sectionId;
    QString m_badgeFile; // the spec whose badges are shown
    EvalCompareView *m_compare = nullptr;
    LatestResult<QList<EvalRun>> m_runsLoad{this};
    LatestResult<PreparedRun> m_casesBuild{this};
};

} // namespace Specwright
