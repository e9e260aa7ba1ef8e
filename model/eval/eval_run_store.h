// The results folder of a workspace (default .specwright/runs/, a dot folder the workspace scan
// skips, and .jsonl files no scan reads as a spec): one JSONL file per run, appended and flushed
// case by case so an interrupted run loses at most the case in flight.
#pragma once

#include "eval_run.h"

#include <QCoreApplication>
#include <QHash>

namespace Specwright {

class EvalRunStore
{
    Q_DECLARE_TR_FUNCTIONS(EvalRunStore)

public:
    explicit EvalRunStore(QString folder);
    static QString defaultFolder(const QString &workspaceRoot);
    QString folder() const { return m_folder; }

    // Run files, oldest first (their names start with the UTC start time).
    QStringList runFiles() const;
    // The newest run that did not finish and was started for the same spec file, section and
    // models: the one to resume.
    std::optional<EvalRun> resumable(const EvalRunHeader &like) const;
    // Answers obtained before, by reuseKey(prompt hash, target model); errors excluded.
    QHash<QString, EvalRecord> reusableAnswers() const;
    static QString reuseKey(const QString &promptHash, const QString &model);
    // The runs of one spec file (its path relative to the workspace), newest first; files that
    // cannot be read are skipped. Reads every run file: call it off the UI thread.
    QList<EvalRun> runsOf(const QString &specFile) const;
    // Per section id, its pass rate in the newest run of the spec file that graded it (a run
    // of one section updates that section's rate only).
    QHash<QString, EvalSectionRate> latestSectionRates(const QString &specFile) const;

    // Creates a new run file with its header; returns its path, or empty with `error`.
    QString create(EvalRunHeader &header, QString *error) const;
    static bool append(const QString &runPath, const EvalRecord &record, QString *error);
    static bool finish(const QString &runPath, int passed, int total, QString *error);

private:
    QString m_folder;
};

} // namespace Specwright
