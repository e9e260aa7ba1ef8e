#include "problems_integration.h"

#include "document_controller.h"
#include "document_session.h"
#include "editor_stack.h"
#include "fix_preview_dialog.h"
#include "lint_config.h"
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

    // Each buffer has a table of its own (shown before the controller hands over the
    // buffer's findings, which that table holds already when it was shown before). The
    // folder paths are shown relative to, that of the file the findings are of: the table is
    // emptied before the folder changes, so it is filled once.
    const auto rootOf = [this](const QString &file) {
        const Workspace::Ptr ws = m_window->workspace();
        return ws ? ws->rootPath() : QFileInfo(file).absolutePath();
    };
    connect(window->editorStack(), &EditorStack::bufferChanged, m_panel,
            &ProblemsPanel::showBuffer);
    m_panel->showBuffer(window->editor()->document());
    connect(window->controller(), &DocumentController::diagnosticsChanged, m_panel,
            [this, rootOf](const QList<Diagnostic> &diagnostics) {
                const QString root = rootOf(m_window->controller()->filePath());
                if (root != m_panel->rootPath()) {
                    m_panel->setDiagnostics({});
                    m_panel->setRootPath(root);
                }
                m_panel->setDiagnostics(diagnostics);
            });
    connect(window->documents(), &DocumentManager::currentFileChanged, this,
            [this, rootOf](const QString &) {
                // Unchanged after a switch: nothing to redo.
                m_panel->setRootPath(rootOf(m_window->session()->filePath()));
            });
    // Double click or Enter jumps and moves the keyboard to the editor; a single click jumps
    // and leaves it in the panel, to go on through the list.
    const auto jump = [this](const QString &file, const SourceRange &range, bool focusEditor) {
        if (!file.isEmpty() && QFileInfo(file) != QFileInfo(m_window->session()->filePath())) {
            m_window->openFileAt(file, range.startLine);
            return;
        }
        if (range.startOffset >= 0)
            m_window->editor()->goToOffset(range.startOffset);
        else
            m_window->goToLine(range.startLine);
        if (focusEditor)
            m_window->editor()->setFocus();
    };
    connect(m_panel, &ProblemsPanel::activated, this,
            [jump](const QString &file, const SourceRange &range) { jump(file, range, true); });
    connect(m_panel, &ProblemsPanel::locationShown, this,
            [jump](const QString &file, const SourceRange &range) { jump(file, range, false); });
    connect(m_panel, &ProblemsPanel::fixRequested, this, &ProblemsIntegration::applyEdits);
    // "Add to dictionary" writes the workspace words file, then the spec is checked again.
    connect(m_window->editorStack(), &EditorStack::addToDictionaryRequested, this,
            [this](const QString &word) {
                const Workspace::Ptr ws = m_window->workspace();
                const QString root =
                    ws ? ws->rootPath() : QFileInfo(m_window->session()->filePath()).absolutePath();
                LintConfig config = LintConfig::forWorkspace(root);
                QString error;
                if (!config.addSpellingWord(word, &error)) {
                    m_window->statusBar()->showMessage(error, 8000);
                    return;
                }
                m_window->installLintEngine(LintConfig::forWorkspace(root));
                m_window->controller()->refreshNow();
                m_window->statusBar()->showMessage(
                    tr("Added \"%1\" to %2").arg(word, QFileInfo(config.wordsFile()).fileName()),
                    5000);
            });
    // A fix in many places is shown as a diff first; Apply makes it one undo step.
    connect(m_panel, &ProblemsPanel::fixAllRequested, this,
            [this](const QString &file, const QString &ruleId, const QList<TextEdit> &edits) {
                const SpecDocument::Ptr linted = m_window->controller()->document();
                if (!linted)
                    return;
                auto *dialog = new FixPreviewDialog(linted->text(), edits, file, ruleId, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                // The edits fit the text that was previewed; a later edit makes them stale.
                connect(dialog, &QDialog::accepted, this, [this, file, edits, linted] {
                    if (m_window->editor()->toPlainText() != linted->text()) {
                        m_window->statusBar()->showMessage(
                            tr("The text changed while the preview was open; nothing was "
                               "applied."),
                            5000);
                        return;
                    }
                    applyEdits(file, edits);
                });
                dialog->open();
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
