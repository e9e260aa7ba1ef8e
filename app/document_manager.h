// The document side of the window, as Ghostwriter's DocumentManager: opening files and
// workspace folders, saving, the unsaved-changes question, and the changed-on-disk and crash
// recovery prompts (inline bars, not dialogs). DocumentSession and RecoveryStore read and
// write the files; the workspace loads on a worker (LatestResult: the folder opened last wins).
#pragma once

#include "latest_result.h"
#include "recovery_store.h"
#include "workspace.h"

#include <QMenu>
#include <QMessageBox>
#include <QObject>
#include <functional>

namespace Specwright {

class DocumentController;
class DocumentSession;
class InlinePromptBar;
class SpecEditor;

class DocumentManager : public QObject
{
    Q_OBJECT
public:
    // Asks the user a question; tests replace it to answer without a dialog.
    using QuestionHandler = std::function<QMessageBox::StandardButton(
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>;

    // Dialogs are parented to `window`; prompts appear in `prompts`.
    DocumentManager(SpecEditor *editor, DocumentController *controller, InlinePromptBar *prompts,
                    QWidget *window);

    DocumentSession *session() const { return m_session; }
    RecoveryStore *recovery() const { return m_recovery; }
    InlinePromptBar *prompts() const { return m_prompts; }
    Workspace::Ptr workspace() const { return m_workspace; }
    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }

    // A folder opens as workspace (its main spec is shown); a file opens in the editor.
    void openPath(const QString &path);
    bool openWorkspace(const QString &folder);
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Empties the editor after maybeSave().
    void newDocument();
    // File > Open, Open Folder and Save As: a file dialog, then the above.
    void openFileDialog();
    void openFolderDialog();
    void saveAsDialog();
    // Keeps `menu` listing the recent files (File > Open Recent).
    void setRecentMenu(QMenu *menu);
    // Offers to recover autosaved text after a crash (an inline prompt); false when there is
    // nothing to recover.
    bool offerRecovery();
    // Picks the spec a workspace opens with: spec.md, index.md, README.md, else the first.
    static QString mainSpecFile(const QString &folder, const QStringList &relativeFiles);

Q_SIGNALS:
    void workspaceOpening(const QString &root); // the folder to show in the Files dock
    void workspaceLoaded(const Specwright::Workspace::Ptr &workspace);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void onExternalChange(const QString &path);
    void updateRecentMenu();
    // After a failed save: says why and offers Save As; an empty error means the user
    // declined the save.
    bool offerSaveAs(const QString &error);
    // Where file dialogs start: the workspace, else the open file's folder.
    QString dialogFolder() const;
    void recover(const RecoveryStore::Entry &entry);
    QMessageBox::StandardButton ask(const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons);

    SpecEditor *m_editor;
    DocumentController *m_controller;
    InlinePromptBar *m_prompts;
    QWidget *m_window;
    DocumentSession *m_session;
    RecoveryStore *m_recovery;
    Workspace::Ptr m_workspace;
    QuestionHandler m_ask;
    QMenu *m_recentMenu = nullptr;
    LatestResult<Workspace::Ptr> m_workspaceLoad{this};
};

} // namespace Specwright
