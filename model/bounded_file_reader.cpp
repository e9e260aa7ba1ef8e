#include "bounded_file_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Specwright {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX
QString kindRefusal(const QString &path, mode_t mode)
{
    if (S_ISDIR(mode))
        return BoundedFileReader::tr("%1 is a directory, not a file.").arg(native(path));
    if (S_ISFIFO(mode))
        return BoundedFileReader::tr("%1 is a named pipe (FIFO); only regular files are read.")
            .arg(native(path));
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return BoundedFileReader::tr("%1 is a device; only regular files are read.")
            .arg(native(path));
    if (S_ISSOCK(mode))
        return BoundedFileReader::tr("%1 is a socket; only regular files are read.")
            .arg(native(path));
    if (!S_ISREG(mode))
        return BoundedFileReader::tr("%1 is not a regular file.").arg(native(path));
    return {};
}
#endif

QString tooLarge(const QString &path, qint64 limit)
{
    return BoundedFileReader::tr("%1 is larger than the limit of %2 MB.")
        .arg(native(path))
        .arg(limit / (1024 * 1024));
}

QString missing(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return BoundedFileReader::tr("%1 is a symbolic link to %2, which does not exist.")
            .arg(native(path), native(info.symLinkTarget()));
    return BoundedFileReader::tr("%1 does not exist.").arg(native(path));
}
} // namespace

QString BoundedFileReader::describeErrno(int error)
{
    switch (error) {
    case ENOSPC:
        return tr("the disk is full");
#ifdef EDQUOT
    case EDQUOT:
        return tr("the disk quota is exceeded");
#endif
    case EROFS:
        return tr("the file system is read-only");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ENOENT:
        return tr("no such file or directory");
    case EISDIR:
        return tr("it is a directory");
    case EIO:
        return tr("an input/output error occurred (the disk may be failing)");
    case ENAMETOOLONG:
        return tr("the file name is too long");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

QString BoundedFileReader::refusal(const QString &path, qint64 limit)
{
    if (path.startsWith(u':')) // a Qt resource: part of the program, in memory
        return QFile::exists(path) ? QString() : missing(path);
#ifdef Q_OS_UNIX
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT ? missing(path)
                               : tr("Cannot read %1: %2.").arg(native(path), describeErrno(errno));
    if (QString kind = kindRefusal(path, st.st_mode); !kind.isEmpty())
        return kind;
    if (st.st_size > limit)
        return tooLarge(path, limit);
    return {};
#else
    const QFileInfo info(path);
    if (!info.exists())
        return missing(path);
    if (info.isDir())
        return tr("%1 is a directory, not a file.").arg(native(path));
    if (!info.isFile())
        return tr("%1 is not a regular file.").arg(native(path));
    if (info.size() > limit)
        return tooLarge(path, limit);
    return {};
#endif
}

BoundedFileReader::Result BoundedFileReader::read(const QString &path, qint64 limit)
{
    Result result;
    if (path.startsWith(u':')) { // a Qt resource: part of the program, in memory
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            result.error = missing(path);
            return result;
        }
        result.bytes = resource.readAll();
        result.ok = true;
        return result;
    }
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then decides on the open
    // file itself, so a path swapped after a check cannot slip through.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        result.error = error == ENOENT
                           ? missing(path)
                           : tr("Cannot read %1: %2.").arg(native(path), describeErrno(error));
        return result;
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        result.error = tr("Cannot read %1: %2.").arg(native(path), describeErrno(errno));
        ::close(fd);
        return result;
    }
    if (QString kind = kindRefusal(path, st.st_mode); !kind.isEmpty()) {
        result.error = kind;
        ::close(fd);
        return result;
    }
    if (st.st_size > limit) {
        result.error = tooLarge(path, limit);
        ::close(fd);
        return result;
    }
    // Read at most limit + 1 bytes: a file that grows while read is refused, not followed.
    QByteArray bytes;
    bytes.reserve(qsizetype(st.st_size));
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result.error = tr("Cannot read %1: %2.").arg(native(path), describeErrno(errno));
            ::close(fd);
            return result;
        }
        if (n == 0)
            break;
        bytes.append(chunk, qsizetype(n));
        if (bytes.size() > limit) {
            result.error = tooLarge(path, limit);
            ::close(fd);
            return result;
        }
    }
    ::close(fd);
    result.bytes = std::move(bytes);
    result.ok = true;
    return result;
#else
    result.error = refusal(path, limit);
    if (!result.error.isEmpty())
        return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2.").arg(native(path), file.errorString());
        return result;
    }
    result.bytes = file.read(limit + 1);
    if (result.bytes.size() > limit) {
        result.bytes.clear();
        result.error = tooLarge(path, limit);
        return result;
    }
    result.ok = true;
    return result;
#endif
}

} // namespace Specwright
