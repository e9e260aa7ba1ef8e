// The one place the IDE's LLM generators, the eval target and the eval grader take their
// endpoint, model and key from: the Settings dialog (QSettings llm/..., eval/grader/...), the
// environment (SPECWRIGHT_LLM_BASE_URL, SPECWRIGHT_LLM_MODEL), the workspace's specwright.toml
// (a model or one of the user's presets, never a server) and the key of the secret store.
#pragma once

#include "eval_config.h"
#include "llm_settings.h"

namespace Specwright {

class ApiKeyStore;

class LlmEndpoints
{
public:
    // For the generators; a generator's own options in specwright.toml are applied when it
    // runs (LlmGenerator, with the user's settings file for presets).
    static LlmSettings forGenerators(const ApiKeyStore *keys);

    struct Eval
    {
        LlmSettings target;
        LlmSettings grader;
        EvalConfig config;
        QStringList problems; // from specwright.toml
    };
    // Target and grader for a run in the workspace at `root` (its [eval] table applied).
    static Eval forEval(const QString &root, const ApiKeyStore *keys);
};

} // namespace Specwright
