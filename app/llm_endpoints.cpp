#include "llm_endpoints.h"

#include "api_key_store.h"

#include <QSettings>

namespace Specwright {

LlmSettings LlmEndpoints::forGenerators(const ApiKeyStore *keys)
{
    LlmSettings s = LlmSettings::forUser(QSettings());
    if (keys)
        s.secretStoreKey = keys->key();
    return s;
}

LlmEndpoints::Eval LlmEndpoints::forEval(const QString &root, const ApiKeyStore *keys)
{
    Eval e;
    e.config = EvalConfig::load(root);
    e.problems = e.config.errors;
    const QSettings settings;
    e.target = LlmSettings::forUser(settings);
    e.target.applyWorkspaceOptions(e.config.target, &settings, &e.problems);
    e.grader = LlmSettings::forUser(settings, QStringLiteral("eval/grader"));
    e.grader.applyWorkspaceOptions(e.config.grader, &settings, &e.problems);
    if (keys)
        e.target.secretStoreKey = e.grader.secretStoreKey = keys->key();
    return e;
}

} // namespace Specwright
