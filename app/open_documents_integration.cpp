#include "open_documents_integration.h"

#include "document_tabs.h"
#include "editor_preview_split.h"
#include "editor_stack.h"
#include "main_actions.h"
#include "main_window.h"
#include "navigation_history.h"
#include "open_documents.h"
#include "preview_view.h"
#include "spec_editor.h"

#include <QAction>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Specwright {

OpenDocumentsIntegration *OpenDocumentsIntegration::install(MainWindow *window)
{
    return new OpenDocumentsIntegration(window);
}

OpenDocumentsIntegration::OpenDocumentsIntegration(MainWindow *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("openDocumentsIntegration"));
    DocumentManager *manager = window->documents();
    OpenDocuments *open = manager->openDocuments();

    m_tabs = new DocumentTabs(open, window->centralWidget());
    // Between the prompt bar and the editor.
    if (auto *column = qobject_cast<QVBoxLayout *>(window->centralWidget()->layout()))
        column->insertWidget(column->indexOf(window->centralSplit()), m_tabs);
    connect(m_tabs, &DocumentTabs::closeRequested, manager, &DocumentManager::closeDocument);
    connect(m_tabs, &DocumentTabs::closeOthersRequested, manager,
            [manager, open](OpenDocument *keep) {
                const QList<OpenDocument *> documents = open->documents();
                for (OpenDocument *document : documents)
                    if (document != keep && !manager->closeDocument(document))
                        return; // Cancel stops here
            });

    m_history = new NavigationHistory(
        open, window->editorStack(),
        [window](const QString &path) { return window->openFile(path); }, this);
    MainActions *actions = window->actions();
    actions->addSeparator(MainActions::Menu::Go);
    m_back = actions->add(MainActions::Menu::Go, tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left),
                          QStringLiteral("go-previous"));
    m_forward = actions->add(MainActions::Menu::Go, tr("&Forward"),
                             QKeySequence(Qt::ALT | Qt::Key_Right), QStringLiteral("go-next"));
    m_back->setObjectName(QStringLiteral("goBack"));
    m_forward->setObjectName(QStringLiteral("goForward"));
    connect(m_back, &QAction::triggered, m_history, &NavigationHistory::back);
    connect(m_forward, &QAction::triggered, m_history, &NavigationHistory::forward);
    const auto update = [this] {
        m_back->setEnabled(m_history->canGoBack());
        m_forward->setEnabled(m_history->canGoForward());
    };
    connect(m_history, &NavigationHistory::changed, this, update);
    update();

    // Ctrl+Page Down / Up: the next / previous tab, as in VS Code and browsers.
    const auto stepTab = [open](int step) {
        const int count = open->count();
        if (count > 1)
            open->setCurrent(
                open->documents().at((open->indexOf(open->current()) + step + count) % count));
    };
    QAction *next = actions->add(MainActions::Menu::Go, tr("&Next Document"),
                                 QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = actions->add(MainActions::Menu::Go, tr("&Previous Document"),
                                     QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(next, &QAction::triggered, this, [stepTab] { stepTab(1); });
    connect(previous, &QAction::triggered, this, [stepTab] { stepTab(-1); });

    // The rendered view never shows the previous document while the new one renders.
    connect(window->editorStack(), &EditorStack::bufferChanged, window->preview(),
            &PreviewView::clearContent);

    // Edit > Undo / Redo follow the shown document's own history: EditorStack says so on a
    // switch (undoAvailable, redoAvailable).
}

} // namespace Specwright
