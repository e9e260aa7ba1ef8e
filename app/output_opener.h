// Opens what Generate wrote: text outputs (Markdown, HTML source, code, JSON, TOML, text) in
// the IDE's editor, anything else (a PDF) with the desktop's program, and says so in the
// status bar when no program could be started (QDesktopServices reports it on stderr only).
#pragma once

#include <QObject>

namespace Specwright {

class MainWindow;

class OutputOpener : public QObject
{
    Q_OBJECT
public:
    explicit OutputOpener(MainWindow *window);

    static bool isTextOutput(const QString &path);
    void open(const QString &path);
    void reveal(const QString &path);

private:
    MainWindow *m_window;
};

} // namespace Specwright
