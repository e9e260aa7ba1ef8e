// The IDE's main window: editor | rendered view, the Intents / Examples / Files docks, menus,
// status bar, session and crash recovery. It only wires parts together; the work is done by
// EditorPreviewSplit, DocumentController, DocumentSession, RecoveryStore, MainActions.
//
// Adding to the window (other features):
//   - a dock:    addPanel(dock, Qt::BottomDockWidgetArea);  // also listed in View > Panels
//   - an action: actions()->add(MainActions::Menu::Tools, tr("&Generate…"), QKeySequence(...),
//                               u"run-build"_s, /*onToolBar=*/true);
//   - react to the model: connect controller() signals documentChanged(SpecDocument::Ptr) and
//     diagnosticsChanged(QList<Diagnostic>); workspace() is the open folder (may be null);
//     jump with goToLine(line) or openFileAt(path, line).
#pragma once

#include "app_settings.h"
#include "diagnostic.h"
#include "lint_config.h"
#include "spec_document.h"
#include "workspace.h"

#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QDockWidget;
class QFileSystemModel;
class QTreeView;

namespace Specwright {

class DocumentController;
class DocumentSession;
class EditorPane;
class EditorPreviewSplit;
class ExamplesPanel;
class IntentOutline;
class MainActions;
class PreviewView;
class RecoveryStore;
class SpecEditor;
class StatusIndicators;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Lints on the parse worker with this configuration (the engine is immutable once built).
    // Public for the problems integration, which reloads it after "Add to dictionary".
    void installLintEngine(LintConfig config);
    // Asks the user a question; tests replace it to answer without a dialog.
    using QuestionHandler = std::function<QMessageBox::StandardButton(
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A folder opens as workspace (its main spec is shown); a file opens in the editor.
    void openPath(const QString &path);
    bool openWorkspace(const QString &folder);
    bool openFile(const QString &path);
    bool openFileAt(const QString &path, int line);
    bool save();
    bool saveAs(const QString &path);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void goToLine(int line);

    // Start-up helpers for main(): offer crash recovery, else reopen the last session.
    bool offerRecovery();
    void restoreSession();
    void saveSession() const;

    // The user's preferences: editor font, and the lint profile used where the workspace's
    // specwright.toml names none.
    void applySettings(const AppSettings &settings);

    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    MainActions *actions() const { return m_actions; }
    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }

    SpecEditor *editor() const;
    EditorPane *editorPane() const;
    PreviewView *preview() const;
    EditorPreviewSplit *centralSplit() const { return m_split; }
    DocumentController *controller() const { return m_controller; }
    DocumentSession *session() const { return m_session; }
    RecoveryStore *recovery() const { return m_recovery; }
    IntentOutline *outline() const { return m_outline; }
    ExamplesPanel *examplesPanel() const { return m_examples; }
    StatusIndicators *status() const { return m_status; }
    Workspace::Ptr workspace() const { return m_workspace; }
    // Picks the spec a workspace opens with: spec.md, index.md, README.md, else the first.
    static QString mainSpecFile(const QString &folder, const QStringList &relativeFiles);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void wireDocument();
    void updateTitle();
    void updateRecentMenu();
    void updateState();
    void onCursorLine(int line);
    void onExternalChange(const QString &path);
    void jumpToSection(const QString &id);
    QDockWidget *makeDock(const QString &title, const QString &name, QWidget *content,
                          Qt::DockWidgetArea area);
    QMessageBox::StandardButton ask(const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons);

    MainActions *m_actions = nullptr;
    EditorPreviewSplit *m_split = nullptr;
    DocumentController *m_controller = nullptr;
    DocumentSession *m_session = nullptr;
    RecoveryStore *m_recovery = nullptr;
    StatusIndicators *m_status = nullptr;
    IntentOutline *m_outline = nullptr;
    ExamplesPanel *m_examples = nullptr;
    QFileSystemModel *m_fileModel = nullptr;
    QTreeView *m_fileTree = nullptr;
    QDockWidget *m_filesDock = nullptr;
    Workspace::Ptr m_workspace;
    QuestionHandler m_ask;
    int m_pendingLine = 0;
    LintConfig m_lintConfig;
    QString m_lintProfileSetting; // from the user's settings; empty: detect per file
};

} // namespace Specwright
