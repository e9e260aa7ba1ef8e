// JSON form of a section diff (specc diff --format json; stable keys for scripts).
#pragma once

#include "diff_types.h"

#include <QJsonObject>

namespace Specwright {

class DiffJson
{
public:
    static QJsonObject toJson(const DiffResult &result, bool withUnchanged = false);
    // Untranslated, stable names: "added", "removed", "modified", "renamed", "moved",
    // "reordered", "formatting-only", "unchanged".
    static QString statusName(SectionStatus status);
    static QString exampleChangeName(ExampleChange::Kind kind);
};

} // namespace Specwright
