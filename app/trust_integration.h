// Workspace trust in the IDE: when a workspace the user has not trusted (nor declined) opens,
// an inline bar above the editor asks once; the answer is stored in the user's settings
// (WorkspaceTrust). Other integrations ask isTrusted() when they are about to run a model.
#pragma once

#include <QObject>

namespace Specwright {

class MainWindow;
class WorkspaceTrustBar;

class TrustIntegration : public QObject
{
    Q_OBJECT

public:
    static TrustIntegration *install(MainWindow *window);
    // The one in a window (installed by MainWindow), or null.
    static TrustIntegration *of(const MainWindow *window);

    WorkspaceTrustBar *bar() const { return m_bar; }
    QString currentRoot() const { return m_root; }
    bool isTrusted() const;

Q_SIGNALS:
    void trustChanged(bool trusted);

private:
    explicit TrustIntegration(MainWindow *window);
    void follow();

    MainWindow *m_window;
    WorkspaceTrustBar *m_bar = nullptr;
    QString m_root;
};

} // namespace Specwright
