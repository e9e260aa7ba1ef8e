// The lint profiles and their names, in the order they are offered: the one list the settings,
// the settings dialog and specc's messages use. LintConfig::profileFromName() reads the same
// names (and a few spellings more).
#pragma once

#include "lint_rule.h"

#include <QStringList>
#include <array>

namespace Specwright {

struct LintProfileName
{
    LintProfile profile;
    const char *name; // as written in specwright.toml, the settings and `specc lint --profile`
};

inline constexpr std::array<LintProfileName, 4> lintProfileNames{{
    {LintProfile::Rfc, "rfc"},
    {LintProfile::ModelSpec, "model-spec"},
    {LintProfile::SpecKit, "spec-kit"},
    {LintProfile::Ears, "ears"},
}};

inline QStringList lintProfileNameList()
{
    QStringList names;
    for (const LintProfileName &p : lintProfileNames)
        names.append(QLatin1String(p.name));
    return names;
}

} // namespace Specwright
