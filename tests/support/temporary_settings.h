// The settings fixture of the window tests: QSettings and QStandardPaths kept in a temporary
// folder, empty at the start, away from the user's own.
#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace TestSupport {

// Call in initTestCase; `folder` must outlive the test.
inline void useTemporarySettings(const QTemporaryDir &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

} // namespace TestSupport
