// Copying a fixture folder (a workspace) into a test's temporary folder.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace TestSupport {

inline void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi :
         QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (fi.isDir())
            copyTree(fi.absoluteFilePath(), to + u'/' + fi.fileName());
        else
            QFile::copy(fi.absoluteFilePath(), to + u'/' + fi.fileName());
    }
}

} // namespace TestSupport
