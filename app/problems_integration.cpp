#include "problems_integration.h"

#include "document_controller.h"
#include "document_session.h"
#include "main_window.h"
#include "problems_panel.h"
#include "spec_editor.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QStatusBar>

namespace Specwright {

ProblemsIntegration *ProblemsIntegration::install(MainWindow *window)
{
    return new ProblemsIntegration(window);
}

ProblemsIntegration::ProblemsIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("problemsIntegration"));
    m_panel = new ProblemsPanel(window);
    window->addDock(tr("Problems"), QStringLiteral("problemsDock"), m_panel,
                    Qt::BottomDockWidgetArea);

    connect(window->controller(), &DocumentController::diagnosticsChanged, m_panel,
            &ProblemsPanel::setDiagnostics);
    connect(window->session(), &DocumentSession::filePathChanged, this, [this](const QString &) {
        const Workspace::Ptr ws = m_window->workspace();
        m_panel->setRootPath(ws ? ws->rootPath()
                                : QFileInfo(m_window->session()->filePath()).absolutePath());
    });
    connect(m_panel, &ProblemsPanel::activated, this,
            [this](const QString &file, const SourceRange &range) {
                if (!file.isEmpty() &&
                    QFileInfo(file) != QFileInfo(m_window->session()->filePath())) {
                    m_window->openFileAt(file, range.startLine);
                    return;
                }
                if (range.startOffset >= 0)
                    m_window->editor()->goToOffset(range.startOffset);
                else
                    m_window->goToLine(range.startLine);
                m_window->editor()->setFocus();
            });
    connect(m_panel, &ProblemsPanel::fixRequested, this, &ProblemsIntegration::applyEdits);
    connect(m_panel, &ProblemsPanel::fixAllRequested, this,
            [this](const QString &file, const QString &, const QList<TextEdit> &edits) {
                applyEdits(file, edits);
            });
}

void ProblemsIntegration::applyEdits(const QString &file, const QList<TextEdit> &edits)
{
    const SpecDocument::Ptr linted = m_window->controller()->document();
    SpecEditor *editor = m_window->editor();
    const bool sameFile =
        file.isEmpty() || QFileInfo(file) == QFileInfo(m_window->session()->filePath());
    if (!sameFile || !linted || linted->text() != editor->toPlainText()) {
        m_window->statusBar()->showMessage(
            tr("The text changed since it was checked; try again when the check is done."), 5000);
        return;
    }
    if (!editor->applyEdits(edits))
        m_window->statusBar()->showMessage(tr("The fix no longer fits the text."), 5000);
}

} // namespace Specwright
