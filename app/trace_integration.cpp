#include "trace_integration.h"

#include "document_controller.h"
#include "main_window.h"
#include "traceability_panel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>

namespace Specwright {

TraceIntegration *TraceIntegration::install(MainWindow *window)
{
    return new TraceIntegration(window);
}

TraceIntegration::TraceIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("traceIntegration"));
    m_panel = new TraceabilityPanel(window);
    m_panel->setObjectName(QStringLiteral("traceabilityPanel"));
    auto *dock = new QDockWidget(tr("Traceability"), window);
    dock->setObjectName(QStringLiteral("traceabilityDock"));
    dock->setWidget(m_panel);
    window->addPanel(dock, Qt::BottomDockWidgetArea);

    connect(window->controller(), &DocumentController::documentChanged, this,
            &TraceIntegration::schedule);
    connect(m_panel, &TraceabilityPanel::jumpRequested, this,
            [this](const QString &file, int line) { m_window->openFileAt(file, line); });
}

void TraceIntegration::schedule(const SpecDocument::Ptr &document)
{
    m_document = document;
    m_pending = true;
    if (!m_build.isRunning())
        start();
}

void TraceIntegration::start()
{
    m_pending = false;
    const Workspace::Ptr workspace = m_window->workspace();
    if (!workspace) {
        m_last.reset();
        m_panel->setIndex(nullptr);
        return;
    }
    Workspace::Ptr snapshot = workspace;
    const SpecDocument::Ptr document = m_document;
    if (document && !document->filePath().isEmpty() &&
        !QDir(workspace->rootPath())
             .relativeFilePath(document->filePath())
             .startsWith(QLatin1String("..")))
        snapshot = workspace->withDocument(document);
    const TraceIndex::Ptr previous = m_last;
    m_build.start(
        [snapshot, previous](const BackgroundTask &) {
            return TraceIndex::build(*snapshot, previous.get());
        },
        [this](const TraceIndex::Ptr &index) {
            m_last = index;
            m_panel->setIndex(m_last);
            if (m_pending)
                start();
        });
}

} // namespace Specwright
