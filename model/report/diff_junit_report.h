// `specc diff --format junit`: the section diff of an amendment as a JUnit report, one case
// per section, so a CI test view lists what the amendment changed. Changes are recorded,
// not failed: a diff itself is not a failure (specc diff exits 0 with or without changes).
#pragma once

#include "diff_types.h"
#include "junit_report.h"

namespace Specwright {

class DiffJunitReport
{
public:
    static JunitReport build(const DiffResult &result, const QString &file,
                             const QString &fromLabel, const QString &toLabel);
};

} // namespace Specwright
