// The IDE's main window: editor | rendered view, the Intents / Examples / Files docks, menus,
// status bar and session. It only wires parts together; the work is done by
// EditorPreviewSplit, DocumentController, DocumentManager (open, save, prompts, recovery,
// workspace loading) and MainActions.
//
// Adding to the window (other features):
//   - a dock:    addDock(tr("Problems"), u"problemsDock"_s, widget, Qt::BottomDockWidgetArea);
//                (or addPanel(dock, area) for a QDockWidget of your own); in View > Panels
//   - an action: actions()->add(MainActions::Menu::Tools, tr("&Generate…"), QKeySequence(...),
//                               u"run-build"_s, /*onToolBar=*/true);
//   - react to the model: connect controller() signals documentChanged(SpecDocument::Ptr) and
//     diagnosticsChanged(QList<Diagnostic>); workspace() is the open folder (may be null);
//     jump with goToLine(line) or openFileAt(path, line).
#pragma once

#include "app_settings.h"
#include "diagnostic.h"
#include "document_manager.h"
#include "lint_config.h"
#include "spec_document.h"
#include "workspace.h"

#include <QMainWindow>

class QDockWidget;

namespace Specwright {

class DocumentController;
class DocumentSession;
class EditorPane;
class EditorStack;
class EditorPreviewSplit;
class ExamplesPanel;
class InlinePromptBar;
class IntentOutline;
class MainActions;
class PreviewView;
class RecoveryStore;
class SpecEditor;
class StatusIndicators;
class WorkspaceFilesView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using QuestionHandler = DocumentManager::QuestionHandler;
    // Lints on the parse worker with this configuration (the engine is immutable once built).
    // Public for the problems integration, which reloads it after "Add to dictionary".
    void installLintEngine(LintConfig config);

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Files and folders: see DocumentManager, which does the work.
    void openPath(const QString &path) { m_documents->openPath(path); }
    bool openWorkspace(const QString &folder) { return m_documents->openWorkspace(folder); }
    bool openFile(const QString &path) { return m_documents->openFile(path); }
    bool openFileAt(const QString &path, int line);
    bool save() { return m_documents->save(); }
    bool saveAs(const QString &path) { return m_documents->saveAs(path); }
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave() { return m_documents->maybeSave(); }
    bool maybeSaveCurrent() { return m_documents->maybeSaveCurrent(); }
    void goToLine(int line);

    // Start-up helpers for main(): offer crash recovery (an inline prompt), else reopen the
    // last session.
    bool offerRecovery() { return m_documents->offerRecovery(); }
    void restoreSession();
    void saveSession() const;

    // The user's preferences: editor font, and the lint profile used where the workspace's
    // specwright.toml names none.
    void applySettings(const AppSettings &settings);

    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    // A dock around `content`, named `objectName` (for the saved window state), in View >
    // Panels.
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *content,
                         Qt::DockWidgetArea area);
    MainActions *actions() const { return m_actions; }
    void setQuestionHandler(QuestionHandler handler)
    {
        m_documents->setQuestionHandler(std::move(handler));
    }

    // The editor on show (each open document has its own); follow editorStack()'s signals.
    SpecEditor *editor() const;
    EditorPane *editorPane() const;
    EditorStack *editorStack() const;
    PreviewView *preview() const;
    EditorPreviewSplit *centralSplit() const { return m_split; }
    DocumentController *controller() const { return m_controller; }
    DocumentManager *documents() const { return m_documents; }
    DocumentSession *session() const { return m_documents->session(); }
    RecoveryStore *recovery() const { return m_documents->recovery(); }
    InlinePromptBar *prompts() const { return m_prompts; }
    IntentOutline *outline() const { return m_outline; }
    ExamplesPanel *examplesPanel() const { return m_examples; }
    StatusIndicators *status() const { return m_status; }
    Workspace::Ptr workspace() const { return m_documents->workspace(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayoutActions();
    void createDocks();
    void wireDocument();
    void updateTitle();
    void updateState();
    void onCursorLine(int line);
    void jumpToSection(const QString &id);
    void openFileAndSection(const QString &file, const QString &id);

    MainActions *m_actions = nullptr;
    EditorPreviewSplit *m_split = nullptr;
    InlinePromptBar *m_prompts = nullptr;
    DocumentController *m_controller = nullptr;
    DocumentManager *m_documents = nullptr;
    StatusIndicators *m_status = nullptr;
    IntentOutline *m_outline = nullptr;
    ExamplesPanel *m_examples = nullptr;
    WorkspaceFilesView *m_files = nullptr;
    QDockWidget *m_filesDock = nullptr;
    int m_pendingLine = 0;
    QString m_pendingSection; // a section to jump to once the opened file is parsed
    LintConfig m_lintConfig;
    QString m_lintProfileSetting; // from the user's settings; empty: detect per file
};

} // namespace Specwright
