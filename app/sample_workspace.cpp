#include "sample_workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>

namespace Specwright {

namespace {

const QString resourceRoot = QStringLiteral(":/sample");

// Writes the files the user's copy lacks (an older copy, or history could not be built).
bool addMissingFiles(const QString &folder, const QMap<QString, QByteArray> &files)
{
    const QDir target(folder);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = target.absoluteFilePath(it.key());
        if (QFileInfo::exists(path))
            continue; // the user's copy, maybe edited
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
            file.write(it.value()) != it.value().size() || !file.commit())
            return false;
    }
    return true;
}

} // namespace

QList<HistoryBuilder::Snapshot> SampleWorkspace::bundledAmendments()
{
    QStringList versions = QDir(resourceRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    // v1, v2, ... v10: by number, not by name.
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.mid(1).toInt() < b.mid(1).toInt();
    });
    QList<HistoryBuilder::Snapshot> amendments;
    for (const QString &version : std::as_const(versions)) {
        HistoryBuilder::Snapshot snapshot;
        // Fixed dates, a day apart, so every copy of the sample has the same history.
        snapshot.when =
            QDateTime(QDate(2026, 1, 10), QTime(10, 0), QTimeZone::UTC).addDays(amendments.size());
        const QString base = resourceRoot + u'/' + version + u'/';
        QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString relative = path.mid(base.size());
            if (relative == QLatin1String("COMMIT_MSG"))
                snapshot.message = QString::fromUtf8(file.readAll());
            else
                snapshot.files.insert(relative, file.readAll());
        }
        amendments.append(snapshot);
    }
    return amendments;
}

QString SampleWorkspace::provide(const QString &folder)
{
    const QList<HistoryBuilder::Snapshot> amendments = bundledAmendments();
    if (amendments.isEmpty())
        return {};
    if (!QFileInfo::exists(folder)) {
        // Built beside its place and moved in, so a failure never leaves half a repository.
        const QString partial = folder + QStringLiteral(".partial");
        QDir(partial).removeRecursively();
        const bool built =
            HistoryBuilder::build(partial, amendments, QStringLiteral("Specwright Sample"),
                                  QStringLiteral("sample@specwright.invalid"))
                .ok();
        if (built && QDir().rename(partial, folder))
            return QDir(folder).absolutePath();
        QDir(partial).removeRecursively();
    }
    return addMissingFiles(folder, amendments.last().files) ? QDir(folder).absolutePath()
                                                            : QString();
}

} // namespace Specwright
