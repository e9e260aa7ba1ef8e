// `specc diff --format changelog`: a Markdown draft of release notes for an amendment, one
// bullet per meaningful change, grouped (new sections, authority changes, obligations
// strengthened or weakened, examples...), for a maintainer to edit.
#pragma once

#include "diff_types.h"

#include <QCoreApplication>

namespace Specwright {

class ChangelogWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChangelogWriter)

public:
    // title: the heading of the draft, e.g. "spec.md: v1 → v2".
    static QString markdown(const DiffResult &result, const QString &title);
};

} // namespace Specwright
