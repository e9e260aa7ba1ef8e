#include "generate_integration.h"

#include "api_key_store.h"
#include "document_controller.h"
#include "editor_stack.h"
#include "generate_controller.h"
#include "generate_toolbar.h"
#include "llm_endpoints.h"
#include "main_actions.h"
#include "main_window.h"
#include "output_opener.h"
#include "output_panel.h"
#include "spec_editor.h"
#include "trust_integration.h"

#include <QDockWidget>
#include <QMenu>
#include <QSettings>

namespace Specwright {

GenerateIntegration *GenerateIntegration::install(MainWindow *window)
{
    return new GenerateIntegration(window);
}

GenerateIntegration::GenerateIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("generateIntegration"));
    m_controller = new GenerateController(this);
    m_toolbar = new GenerateToolbar(m_controller, window);
    window->addToolBar(Qt::TopToolBarArea, m_toolbar);
    window->actions()->menu(MainActions::Menu::Tools)->addMenu(m_toolbar->menu());

    m_panel = new OutputPanel(m_controller, window);
    QDockWidget *dock = window->addDock(tr("Output"), QStringLiteral("generateOutputDock"), m_panel,
                                        Qt::BottomDockWidgetArea);
    dock->hide();
    auto *opener = new OutputOpener(window); // text outputs in the IDE, failures in the UI
    connect(m_panel, &OutputPanel::openRequested, opener, &OutputOpener::open);
    connect(m_panel, &OutputPanel::revealRequested, opener, &OutputOpener::reveal);
    connect(m_controller, &GenerateController::started, dock, [dock] {
        dock->show();
        dock->raise();
    });

    // Models run only in a trusted workspace, against the user's own endpoint.
    m_controller->setTrustProvider([window] {
        const TrustIntegration *trust = TrustIntegration::of(window);
        return trust && trust->isTrusted();
    });
    m_controller->setLlmSettingsProvider(
        [window] { return LlmEndpoints::forGenerators(ApiKeyStore::of(window)); });
    m_controller->setLlmSettings(LlmSettings(), QSettings().fileName());

    auto follow = [this](const SpecDocument::Ptr &document) {
        if (!document)
            return;
        m_controller->setDocument(document, m_window->workspace());
        m_panel->refreshStates();
    };
    connect(window->controller(), &DocumentController::documentChanged, this, follow);
    follow(window->controller()->document());
    connect(window->editorStack(), &EditorStack::cursorLineChanged, this, [this](int line) {
        const SpecDocument::Ptr document = m_controller->document();
        if (!document)
            return;
        const int section = document->sectionAtLine(line);
        m_controller->setCurrentSectionId(section >= 0 ? document->sections().at(section).id
                                                       : QString());
    });
}

} // namespace Specwright
