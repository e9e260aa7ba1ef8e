// What a rule that reads the whole document keeps from one lint of a file to the next, so that
// IncrementalLinter's next snapshot re-reads only the units an edit changed (LintUnits). A memo
// is immutable once kept: the next lint reads it and keeps a new one, and several lints may
// read the same memo at once.
#pragma once

#include <QHash>
#include <QString>
#include <memory>

namespace Specwright {

class LintMemo
{
public:
    virtual ~LintMemo() = default;
};

// Rule id -> memo.
using LintMemos = QHash<QString, std::shared_ptr<const LintMemo>>;

} // namespace Specwright
