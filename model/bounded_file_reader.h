// Reads a whole file that someone else may have written: only regular files (a FIFO would
// block forever, /dev/zero never ends), only up to a size limit, and with an error that says
// what the path really is ("is a directory", "is a named pipe") instead of "no such file".
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Specwright {

class BoundedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(Specwright::BoundedFileReader)
public:
    // Larger than any spec, template or config a person writes (the largest real spec: ~1 MB).
    static constexpr qint64 defaultLimit = 32 * 1024 * 1024;

    struct Result
    {
        bool ok = false;
        QByteArray bytes;
        QString error; // a full sentence naming the path, when !ok
    };

    static Result read(const QString &path, qint64 limit = defaultLimit);
    // Empty when the path is a regular file within the limit, else why it cannot be read.
    static QString refusal(const QString &path, qint64 limit = defaultLimit);
    // "the disk is full" and such for an errno value, translated.
    static QString describeErrno(int error);
};

} // namespace Specwright
