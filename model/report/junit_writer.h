// JUnit XML (the Ant/Surefire dialect that Jenkins, GitLab, GitHub test reporters and
// pytest's junitxml read) of a JunitReport.
#pragma once

#include "junit_report.h"

#include <QByteArray>

namespace Specwright {

class JunitWriter
{
public:
    static QByteArray write(const JunitReport &report);
};

} // namespace Specwright
