// The committed text a spec's version line is checked against (trace/version-not-bumped): the
// file at HEAD when the working text differs from it, else the file before its last change.
// Lint asks on every keystroke, and finding the last change walks the history, so the answer
// is kept per repository, file and HEAD; a file not at HEAD (new, not yet committed) has no
// baseline, without a walk of the whole history to look for a rename.
#pragma once

#include <QString>
#include <optional>

namespace Specwright {

class VersionBaseline
{
public:
    // Empty when the file is outside a repository (or it is bare, unborn, empty or corrupt),
    // not at HEAD, or has no earlier version to compare with.
    static std::optional<QString> find(const QString &filePath, const QString &workingText);
};

} // namespace Specwright
