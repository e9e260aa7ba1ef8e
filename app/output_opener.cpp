#include "output_opener.h"

#include "main_window.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QUrl>

namespace Specwright {

OutputOpener::OutputOpener(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("outputOpener"));
}

bool OutputOpener::isTextOutput(const QString &path)
{
    static const QStringList text = {
        QStringLiteral("md"),   QStringLiteral("markdown"), QStringLiteral("html"),
        QStringLiteral("htm"),  QStringLiteral("py"),       QStringLiteral("cpp"),
        QStringLiteral("cc"),   QStringLiteral("h"),        QStringLiteral("hpp"),
        QStringLiteral("json"), QStringLiteral("jsonl"),    QStringLiteral("toml"),
        QStringLiteral("txt"),  QStringLiteral("yaml"),     QStringLiteral("yml"),
        QStringLiteral("xml"),  QStringLiteral("csv")};
    return text.contains(QFileInfo(path).suffix().toLower());
}

void OutputOpener::open(const QString &path)
{
    if (isTextOutput(path)) {
        // In a tab of its own: no other document needs saving first.
        if (m_window->openFile(path))
            m_window->statusBar()->showMessage(
                tr("Opened the output %1.").arg(QDir::toNativeSeparators(path)), 4000);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_window->statusBar()->showMessage(
            tr("No program is set up to open %1; the file is in %2.")
                .arg(QFileInfo(path).fileName(),
                     QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            0);
}

void OutputOpener::reveal(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        m_window->statusBar()->showMessage(
            tr("No file manager could be started; the file is in %1.")
                .arg(QDir::toNativeSeparators(folder)),
            0);
}

} // namespace Specwright
