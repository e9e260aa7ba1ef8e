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
#include <QTimer>

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

    // The folder paths are shown relative to, that of the file the findings are of. On a tab
    // switch the findings come first: the table is emptied before the folder changes, so it
    // is filled once (re-sorting thousands of a 5 MB spec's findings for the folder alone
    // stalled the switch for 60 ms).
    const auto rootOf = [this](const QString &file) {
        const Workspace::Ptr ws = m_window->workspace();
        return ws ? ws->rootPath() : QFileInfo(file).absolutePath();
    };
    connect(window->controller(), &DocumentController::diagnosticsChanged, m_panel,
            [this, rootOf](const QList<Diagnostic> &diagnostics) {
                const DocumentController *controller = m_window->controller();
                const QString root = rootOf(controller->filePath());
                const bool switched = controller->buffer() != m_buffer;
                m_buffer = controller->buffer();
                const quint64 fill = ++m_fills;
                if (root != m_root || switched)
                    m_panel->setDiagnostics({});
                if (root != m_root)
                    m_panel->setRootPath(m_root = root);
                if (!switched) {
                    m_panel->setDiagnostics(diagnostics);
                    return;
                }
                // Another document is on show: its findings fill the table once the switch
                // is painted (thousands of rows take a frame or more); meanwhile the table is
                // empty, never another file's.
                QTimer::singleShot(0, this, [this, diagnostics, fill] {
                    if (fill == m_fills)
                        m_panel->setDiagnostics(diagnostics);
                });
            });
    connect(window->documents(), &DocumentManager::currentFileChanged, this,
            [this, rootOf](const QString &) {
                m_root = rootOf(m_window->session()->filePath());
                m_panel->setRootPath(m_root); // unchanged after a switch: nothing to redo
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
