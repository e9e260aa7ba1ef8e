// Several documents in the window: the tab bar over the editor, File > Close File's question
// for a tab's unsaved changes (also from its close button), and Go > Back / Forward
// (Alt+Left / Alt+Right) over jumps. The documents themselves are DocumentManager's
// (OpenDocuments).
#pragma once

#include <QObject>

class QAction;

namespace Specwright {

class DocumentTabs;
class MainWindow;
class NavigationHistory;

class OpenDocumentsIntegration : public QObject
{
    Q_OBJECT
public:
    static OpenDocumentsIntegration *install(MainWindow *window);

    DocumentTabs *tabs() const { return m_tabs; }
    NavigationHistory *history() const { return m_history; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

private:
    explicit OpenDocumentsIntegration(MainWindow *window);

    DocumentTabs *m_tabs;
    NavigationHistory *m_history;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace Specwright
