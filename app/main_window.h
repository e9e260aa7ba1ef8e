// The IDE's main window.
#pragma once

#include <QMainWindow>

namespace Specwright {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void openPath(const QString &path);
};

} // namespace Specwright
