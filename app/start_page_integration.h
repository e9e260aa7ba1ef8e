// Shows the StartPage in place of the editor when no document is open (start-up with nothing
// to reopen, or after the last document was closed) and does what it offers: open a folder or
// file, a recent workspace, the bundled sample (copied once, with its amendments as git history, to
// a folder of the user's, so it can be edited) or a new untitled spec from a template.
#pragma once

#include <QObject>

namespace Specwright {

class MainWindow;
class StartPage;

class StartPageIntegration : public QObject
{
    Q_OBJECT
public:
    static StartPageIntegration *install(MainWindow *window);

    StartPage *page() const { return m_page; }
    bool isShown() const;
    void show();
    void hide();
    static QString sampleFolder(); // <app data>/sample (see SampleWorkspace)

private:
    explicit StartPageIntegration(MainWindow *window);

    MainWindow *m_window;
    StartPage *m_page;
};

} // namespace Specwright
