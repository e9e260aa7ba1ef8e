// The [eval] table of specwright.toml. A workspace may name the models (or the user's presets)
// of target and grader, the results folder (inside the workspace), the grader prompt and the
// CI thresholds; never an endpoint or a key. Errors come back with line and column.
//
//   [eval]
//   target = "qwen2.5:7b"            # or target_preset = "NAME" (the user's settings)
//   grader = "qwen2.5:32b"           # or grader_preset
//   grader_prompt = "prompts/grader.md"  # a KTextTemplate; used only in a trusted workspace
//   runs_dir = ".specwright/runs"
//   jobs = 4
//   min_pass_rate = 0.8
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace Specwright {

class EvalConfig
{
    Q_DECLARE_TR_FUNCTIONS(EvalConfig)

public:
    QVariantMap target; // options for LlmSettings::applyWorkspaceOptions (model, preset...)
    QVariantMap grader;
    QString graderPrompt; // absolute; empty: the built-in template
    QString runsDir;      // absolute
    int jobs = 0;         // 0: not set
    double minPassRate = -1;
    QStringList errors;

    static EvalConfig load(const QString &workspaceRoot);
    static EvalConfig parse(const QString &text, const QString &workspaceRoot,
                            const QString &sourceName = QStringLiteral("specwright.toml"));
};

} // namespace Specwright
