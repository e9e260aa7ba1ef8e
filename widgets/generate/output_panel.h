// The Output panel of generation: progress bar, streamed log, cancel button, and the list of
// outputs of the last run with their state (written, unchanged, conflict; current, stale,
// edited by hand) and Open / Reveal / Diff with previous / Overwrite actions.
#pragma once

#include "generation_job.h"
#include "latest_result.h"
#include "output_staleness.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Specwright {

class GenerateController;

class OutputPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutputPanel(GenerateController *controller, QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *log() const { return m_log; }
    QTreeWidget *results() const { return m_results; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    // Re-reads the outputs' provenance on a worker and marks stale ones, section by section
    // (call when the spec changed).
    void refreshStates();
    // Opens the diff of an output against its content before the last run.
    void showDiff(int row);

Q_SIGNALS:
    // Connected by the main window to open generated files in the IDE; when nothing is
    // connected the desktop's default application opens them.
    void openRequested(const QString &path);
    void revealRequested(const QString &path);

private:
    void onStarted(const QString &title);
    void onFinished(const GenerationResult &result);
    void appendLog(const QString &line);
    void appendStream(const QString &text);
    void openItem(QTreeWidgetItem *item);
    void revealItem(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    void updateButtons();
    void applyStates(const QList<OutputStatus> &states);

    GenerateController *m_controller;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_diff = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTreeWidget *m_results = nullptr;
    GenerationResult m_result;
    bool m_streaming = false;                         // the last log text was a partial stream line
    LatestResult<QList<OutputStatus>> m_states{this}; // outputs read and hashed on a worker
};

} // namespace Specwright
