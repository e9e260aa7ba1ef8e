#include "start_page_integration.h"

#include "document_tabs.h"
#include "editor_preview_split.h"
#include "main_window.h"
#include "open_documents_integration.h"
#include "sample_workspace.h"
#include "session_files.h"
#include "spec_editor.h"
#include "start_page.h"

#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Specwright {

StartPageIntegration *StartPageIntegration::install(MainWindow *window)
{
    return new StartPageIntegration(window);
}

StartPageIntegration::StartPageIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_page(new StartPage(window->centralWidget()))
{
    setObjectName(QStringLiteral("startPageIntegration"));
    m_page->hide();
    if (auto *column = qobject_cast<QVBoxLayout *>(window->centralWidget()->layout()))
        column->addWidget(m_page, 1);

    DocumentManager *documents = window->documents();
    connect(documents, &DocumentManager::nothingOpen, this, &StartPageIntegration::show);
    connect(documents, &DocumentManager::currentFileChanged, this, &StartPageIntegration::hide);
    connect(documents, &DocumentManager::workspaceOpening, this, [this](const QString &root) {
        SessionFiles::addRecentWorkspace(root);
        hide();
    });
    connect(m_page, &StartPage::openFolderRequested, documents, &DocumentManager::openFolderDialog);
    connect(m_page, &StartPage::openFileRequested, documents, &DocumentManager::openFileDialog);
    connect(m_page, &StartPage::workspaceRequested, documents, &DocumentManager::openWorkspace);
    connect(m_page, &StartPage::newFromTemplateRequested, this, [documents](StartPage::Template t) {
        documents->newDocumentWithText(StartPage::templateText(t));
    });
    connect(m_page, &StartPage::openSampleRequested, this, [this, documents] {
        const QString folder = SampleWorkspace::provide(sampleFolder());
        if (folder.isEmpty())
            m_window->statusBar()->showMessage(
                tr("Cannot copy the sample to %1.").arg(QDir::toNativeSeparators(sampleFolder())),
                0);
        else
            documents->openWorkspace(folder);
    });
}

bool StartPageIntegration::isShown() const
{
    return !m_page->isHidden();
}

void StartPageIntegration::show()
{
    m_page->setRecentWorkspaces(SessionFiles::recentWorkspaces());
    m_window->centralSplit()->hide();
    if (auto *integration = m_window->findChild<OpenDocumentsIntegration *>())
        integration->tabs()->hide();
    m_page->show();
}

void StartPageIntegration::hide()
{
    if (m_page->isHidden())
        return;
    m_page->hide();
    m_window->centralSplit()->show();
    if (auto *integration = m_window->findChild<OpenDocumentsIntegration *>())
        integration->tabs()->show();
    m_window->editor()->setFocus();
}

QString StartPageIntegration::sampleFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/sample");
}

} // namespace Specwright
