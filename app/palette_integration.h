// The command palette (Ctrl+Shift+P: every menu action by name) and quick open (Ctrl+P: every
// file of the workspace by name), both QuickPicker popups over the main window.
#pragma once

#include "latest_result.h"

#include <QObject>
#include <QStringList>

class QAction;

namespace Specwright {

class MainWindow;
class QuickPicker;

class PaletteIntegration : public QObject
{
    Q_OBJECT

public:
    static PaletteIntegration *install(MainWindow *window);

    QuickPicker *commandPalette() const { return m_commands; }
    QuickPicker *quickOpen() const { return m_files; }
    QAction *commandPaletteAction() const { return m_commandsAction; }
    QAction *quickOpenAction() const { return m_filesAction; }

    // Files quick open lists at most (a huge folder is cut, and says so).
    static constexpr int kMaxFiles = 20000;

private:
    explicit PaletteIntegration(MainWindow *window);
    void showCommands();
    void showFiles();

    MainWindow *m_window;
    QuickPicker *m_commands;
    QuickPicker *m_files;
    QAction *m_commandsAction = nullptr;
    QAction *m_filesAction = nullptr;
    void showScannedFiles(const QStringList &files);

    QString m_scanRoot;
    LatestResult<QStringList> m_scan{this}; // the workspace's files, listed on a worker
};

} // namespace Specwright
