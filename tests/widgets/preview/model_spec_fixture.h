// The Model-Spec-style fixture the preview suites render (tests/data/model_spec/spec.md).
#pragma once

#include <QFile>
#include <QString>

namespace TestSupport {

inline QString modelSpecPath()
{
    return QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md");
}

inline QString modelSpecText()
{
    QFile f(modelSpecPath());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace TestSupport
