#include "read_only_integration.h"

#include "document_manager.h"
#include "document_session.h"
#include "inline_prompt_bar.h"
#include "main_window.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace Specwright {

ReadOnlyIntegration *ReadOnlyIntegration::install(MainWindow *window)
{
    return new ReadOnlyIntegration(window);
}

bool ReadOnlyIntegration::isReadOnly(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.exists() &&
           (!info.isWritable() || !info.permission(QFileDevice::WriteOwner));
}

ReadOnlyIntegration::ReadOnlyIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("readOnlyIntegration"));
    m_indicator = new QLabel(tr("Read-only"), window->statusBar());
    m_indicator->setObjectName(QStringLiteral("readOnlyIndicator"));
    m_indicator->setToolTip(tr("This file cannot be written; save your changes under another "
                               "name (File > Save As)."));
    m_indicator->hide();
    window->statusBar()->addPermanentWidget(m_indicator);
    // Follows the shown document; a reload or reopen of the same path re-reads its permissions.
    DocumentManager *documents = window->documents();
    connect(documents, &DocumentManager::currentFileChanged, this, &ReadOnlyIntegration::update);
    connect(documents, &DocumentManager::currentEncodingChanged, this,
            &ReadOnlyIntegration::update);
    connect(documents, &DocumentManager::documentSaved, this, &ReadOnlyIntegration::update);
    update();
}

void ReadOnlyIntegration::update()
{
    const QString path = m_window->session()->filePath();
    const bool readOnly = isReadOnly(path);
    m_indicator->setVisible(readOnly);
    InlinePromptBar *prompts = m_window->prompts();
    if (!readOnly) {
        m_promptedFor.clear();
        if (prompts->promptId() == u"readOnly")
            prompts->dismiss();
        return;
    }
    if (m_promptedFor == path)
        return;
    m_promptedFor = path;
    prompts->showPrompt(
        QStringLiteral("readOnly"),
        tr("%1 is read-only. You can edit it, but changes can only be saved under another "
           "name.")
            .arg(QFileInfo(path).fileName()),
        {{QStringLiteral("readOnlySaveAs"), tr("Save &As…"),
          [this] { m_window->documents()->saveAsDialog(); }},
         {QStringLiteral("readOnlyDismiss"), tr("&Dismiss"), {}}});
}

} // namespace Specwright
