// Exit codes and error printing shared by the specc commands.
#pragma once

#include <QString>
#include <QTextStream>

namespace Specwright {

class CliSupport
{
public:
    enum ExitCode
    {
        Ok = 0,
        Findings = 1,
        UsageOrIo = 2
    };

    static int usageError(QTextStream &err, const QString &message)
    {
        err << "specc: " << message << '\n';
        err.flush();
        return UsageOrIo;
    }
    static int ioError(QTextStream &err, const QString &message)
    {
        return usageError(err, message);
    }
};

} // namespace Specwright
