// Keeps every generated file inside its output folder. A workspace someone else wrote chooses
// output patterns and heading ids ({section}), and may hold symbolic links in the output folder
// (dangling, or to a folder outside): each output path is checked after resolving links, and
// anything absolute, with "..", or passing through a link is refused - with --force too.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Specwright {

class OutputPathGuard
{
    Q_DECLARE_TR_FUNCTIONS(Specwright::OutputPathGuard)
public:
    // The absolute path of relativePath inside outputDir, or empty with *error set. Creates
    // no folders; the folders that exist on the way must be real folders, not links.
    static QString resolve(const QString &outputDir, const QString &relativePath, QString *error);
    // True when path (after links) is inside folder (after links); for reading templates.
    static bool isInside(const QString &path, const QString &folder);
    // True when path, which need not exist yet, stays inside root once links are resolved:
    // its nearest existing ancestor (or itself) resolves to root or below it.
    static bool staysInside(const QString &path, const QString &root);
    // A heading id or other name made a single safe file name component: no separators, no
    // "..", no control or reserved characters.
    static QString safeFileName(const QString &name);
};

} // namespace Specwright
