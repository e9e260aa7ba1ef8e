// The user's own settings as the IDE keeps them (organisation and application "Specwright"),
// read by specc for the LLM endpoints and the trusted-workspace list. Never a workspace file.
#pragma once

#include <QSettings>
#include <memory>

namespace Specwright {

class CliUserSettings
{
public:
    static std::unique_ptr<QSettings> open()
    {
        return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                           QStringLiteral("Specwright"),
                                           QStringLiteral("Specwright"));
    }
};

} // namespace Specwright
