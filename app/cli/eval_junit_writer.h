// An eval run as JUnit XML (one testsuite per section, one testcase per case; a failed grade is
// a <failure> with the grader's reason, a case that could not run an <error>), for CI systems
// that show test reports. Written with QXmlStreamWriter.
#pragma once

#include "eval_run.h"

#include <QByteArray>

namespace Specwright {

class EvalJunitWriter
{
public:
    static QByteArray write(const EvalRun &run, double elapsedSeconds);
};

} // namespace Specwright
