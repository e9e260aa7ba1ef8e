#include "main_window.h"

#include <QFileInfo>

namespace Specwright {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Specwright"));
    resize(1200, 800);
}

void MainWindow::openPath(const QString &path)
{
    setWindowTitle(tr("%1 — Specwright").arg(QFileInfo(path).fileName()));
}

} // namespace Specwright
