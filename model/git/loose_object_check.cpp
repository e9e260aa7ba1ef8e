#include "loose_object_check.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <zlib.h>

namespace Specwright {

namespace {

// Owns a zlib inflate stream.
class Inflater
{
public:
    Inflater() { m_ok = inflateInit(&m_stream) == Z_OK; }
    ~Inflater()
    {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;
    bool ok() const { return m_ok; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

struct Stamp
{
    qint64 size = 0;
    qint64 modified = 0;
    bool operator==(const Stamp &) const = default;
};

QMutex soundMutex;
QHash<QString, Stamp> &soundObjects()
{
    static QHash<QString, Stamp> objects;
    return objects;
}

// Fan-out folders (objects/1a) whose every object was sound, with the folder's modification
// time then. Git adds an object by renaming a temporary file into the folder, which changes
// that time, so an unchanged folder is not listed again: a lint run asks on every keystroke,
// and a repository holds thousands of loose objects.
QHash<QString, qint64> &settledFolders()
{
    static QHash<QString, qint64> folders;
    return folders;
}

// A folder changed this recently may change again within the clock's granularity without its
// time moving, so it is listed again until it is older (as git treats "racy" index entries).
constexpr qint64 kSettledAfterMs = 2000;

// Parses "<type> <size>\0" at the start of the inflated data; false when malformed.
bool parseHeader(const QByteArray &head, qsizetype *headerLength, quint64 *size)
{
    const qsizetype nul = head.indexOf('\0');
    if (nul < 0)
        return false;
    const qsizetype space = head.indexOf(' ');
    if (space <= 0 || space > nul)
        return false;
    const QByteArray type = head.left(space);
    if (type != "blob" && type != "tree" && type != "commit" && type != "tag")
        return false;
    const QByteArray digits = head.mid(space + 1, nul - space - 1);
    if (digits.isEmpty() || digits.size() > 18 || (digits.size() > 1 && digits.startsWith('0')))
        return false;
    quint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + quint64(c - '0');
    }
    *headerLength = nul + 1;
    *size = value;
    return true;
}

} // namespace

QString LooseObjectCheck::checkFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot be read (%1)").arg(file.errorString());
    Inflater inflater;
    if (!inflater.ok())
        return tr("cannot be inflated");
    z_stream &z = inflater.stream();
    QByteArray head; // inflated bytes until the header is complete
    qsizetype headerLength = -1;
    quint64 declared = 0;
    quint64 content = 0; // inflated bytes after the header
    char in[16384];
    char out[65536];
    bool ended = false;
    while (!ended) {
        const qint64 n = file.read(in, sizeof in);
        if (n < 0)
            return tr("cannot be read (%1)").arg(file.errorString());
        if (n == 0)
            break;
        z.next_in = reinterpret_cast<Bytef *>(in);
        z.avail_in = uInt(n);
        // Until this chunk is used up and zlib holds no more output for us.
        do {
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return tr("is not valid zlib data");
            const qsizetype produced = qsizetype(sizeof out - z.avail_out);
            if (headerLength < 0) {
                const qsizetype before = head.size();
                head.append(out, std::min<qsizetype>(produced, 64 - before));
                if (parseHeader(head, &headerLength, &declared))
                    content += quint64(produced - (headerLength - before));
                else if (head.contains('\0') || head.size() >= 64)
                    return tr("has a malformed header");
            } else {
                content += quint64(produced);
            }
            if (headerLength >= 0 && content > declared)
                return tr("holds more data than its header declares");
            if (rc == Z_STREAM_END)
                ended = true;
            else if (rc == Z_BUF_ERROR && produced == 0)
                break; // needs more input
        } while (!ended && (z.avail_in > 0 || z.avail_out == 0));
    }
    if (headerLength < 0)
        return tr("is truncated");
    if (!ended || content != declared)
        return tr("is truncated");
    return {};
}

QString LooseObjectCheck::check(const QString &gitDir)
{
    const QString objects = QDir(gitDir).filePath(QStringLiteral("objects"));
    QDirIterator fanout(objects, QDir::Dirs | QDir::NoDotAndDotDot);
    while (fanout.hasNext()) {
        const QFileInfo dir = fanout.nextFileInfo();
        const QString prefix = dir.fileName();
        const auto hex = [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        };
        if (prefix.size() != 2 || !hex(prefix.at(0)) || !hex(prefix.at(1)))
            continue; // "pack", "info"
        const QString folder = dir.absoluteFilePath();
        const qint64 folderModified = dir.lastModified().toMSecsSinceEpoch();
        {
            QMutexLocker lock(&soundMutex);
            if (settledFolders().value(folder, -1) == folderModified)
                continue;
        }
        QDirIterator files(folder, QDir::Files);
        while (files.hasNext()) {
            const QFileInfo info = files.nextFileInfo();
            const QString name = info.fileName();
            if (name.size() != 38)
                continue; // temporary files of a writer, not objects
            const Stamp stamp{info.size(), info.lastModified().toMSecsSinceEpoch()};
            const QString path = info.absoluteFilePath();
            {
                QMutexLocker lock(&soundMutex);
                if (soundObjects().value(path) == stamp)
                    continue;
            }
            const QString why = checkFile(path);
            if (!why.isEmpty())
                return tr("the repository is corrupt: object %1 %2").arg(prefix + name, why);
            QMutexLocker lock(&soundMutex);
            soundObjects().insert(path, stamp);
        }
        if (QDateTime::currentMSecsSinceEpoch() - folderModified > kSettledAfterMs) {
            QMutexLocker lock(&soundMutex);
            settledFolders().insert(folder, folderModified);
        }
    }
    return {};
}

} // namespace Specwright
