#include "output_path_guard.h"

#include <QDir>
#include <QFileInfo>

namespace Specwright {

QString OutputPathGuard::resolve(const QString &outputDir, const QString &relativePath,
                                 QString *error)
{
    auto refuse = [&](const QString &why) {
        *error = tr("refused to write %1: %2").arg(QDir::toNativeSeparators(relativePath), why);
        return QString();
    };
    if (relativePath.isEmpty())
        return refuse(tr("the output name is empty"));
    if (QDir::isAbsolutePath(relativePath) || relativePath.startsWith(u'/') ||
        relativePath.startsWith(u'\\') || relativePath.contains(u':'))
        return refuse(tr("outputs must be relative to the output folder"));
    const QStringList parts = QString(relativePath).replace(u'\\', u'/').split(u'/');
    for (const QString &part : parts)
        if (part == u"..")
            return refuse(tr("the path leaves the output folder"));

    // The output folder itself may be reached through a link the user made; below it none.
    const QString base = QFileInfo(outputDir).absoluteFilePath();
    QString resolvedBase = QFileInfo(base).canonicalFilePath();
    if (resolvedBase.isEmpty())
        resolvedBase = QDir::cleanPath(base);
    QString current = resolvedBase;
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u".")
            continue;
        current += u'/' + part;
        const QFileInfo info(current);
        if (info.isSymLink())
            return refuse(tr("%1 is a symbolic link").arg(QDir::toNativeSeparators(current)));
        if (!info.exists())
            continue; // created later as a real folder or file
    }
    const QString clean = QDir::cleanPath(current);
    if (!clean.startsWith(resolvedBase + u'/'))
        return refuse(tr("the path leaves the output folder"));
    return clean;
}

bool OutputPathGuard::isInside(const QString &path, const QString &folder)
{
    const QString file = QFileInfo(path).canonicalFilePath();
    const QString dir = QFileInfo(folder).canonicalFilePath();
    if (file.isEmpty() || dir.isEmpty())
        return false;
    // "/ws/templates-evil" is not inside "/ws/templates": compare whole components.
    return file.startsWith(dir.endsWith(u'/') ? dir : dir + u'/');
}

bool OutputPathGuard::staysInside(const QString &path, const QString &root)
{
    const QString base = QFileInfo(root).canonicalFilePath();
    if (base.isEmpty())
        return false;
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink()) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            return false;
        existing = parent;
    }
    const QString resolved = QFileInfo(existing).canonicalFilePath();
    return !resolved.isEmpty() && (resolved == base || resolved.startsWith(base + u'/'));
}

QString OutputPathGuard::safeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            out += c;
        else
            out += u'_';
    }
    while (out.startsWith(u'.'))
        out.replace(0, 1, u'_');
    if (out.isEmpty())
        out = QStringLiteral("_");
    return out.left(120);
}

} // namespace Specwright
