// The document side of the window, as Ghostwriter's DocumentManager: opening files and
// workspace folders, saving, the unsaved-changes question, and the changed-on-disk and crash
// recovery prompts (inline bars, not dialogs). DocumentSession and RecoveryStore read and
// write the files; the workspace loads on a worker (LatestResult: the folder opened last wins).
#pragma once

#include "document_session.h"
#include "latest_result.h"
#include "loaded_buffer.h"
#include "recovery_store.h"
#include "workspace.h"

#include <QMenu>
#include <QMessageBox>
#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace Specwright {

class DocumentController;
class DocumentSession;
class EditorStack;
class InlinePromptBar;
class OpenDocument;
class OpenDocuments;
class SpecEditor;

class DocumentManager : public QObject
{
    Q_OBJECT
public:
    // Asks the user a question; tests replace it to answer without a dialog.
    using QuestionHandler = std::function<QMessageBox::StandardButton(
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>;

    // Dialogs are parented to `window`; prompts appear in `prompts`.
    DocumentManager(EditorStack *editors, DocumentController *controller, InlinePromptBar *prompts,
                    QWidget *window);

    // The shown document's file and autosave (each open document has its own).
    DocumentSession *session() const { return m_session; }
    RecoveryStore *recovery() const { return m_recovery; }
    OpenDocuments *openDocuments() const { return m_open; }
    InlinePromptBar *prompts() const { return m_prompts; }
    Workspace::Ptr workspace() const { return m_workspace; }
    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }
    // Asked by every open document's session before a save that would lose characters.
    void setLossHandler(DocumentSession::LossHandler handler);

    // A folder opens as workspace (its main spec is shown); a file opens as a document of its
    // own (or is shown when it is open already), where its cursor and scroll stood last time.
    void openPath(const QString &path);
    bool openWorkspace(const QString &folder);
    bool openFile(const QString &path);
    // As openFile, but a file of kLoadInBackgroundFrom bytes or more is read and put into its
    // buffer on a worker (filling a 5 MB buffer would stall the UI thread for a quarter of a
    // second or more): the window stays as it is, keys go to the document on show, and the
    // file is shown when it is ready, then `shown` runs (not when opening fails). Opening a
    // file that is loading already only updates `shown`.
    void openFileSoon(const QString &path, std::function<void()> shown = {});
    static constexpr qint64 kLoadInBackgroundFrom = 256 * 1024;
    // Files being read on a worker (tests wait for none).
    int loadingCount() const;
    bool save();
    bool saveAs(const QString &path);
    // Asks to save the unsaved changes of every open document (one question for several);
    // false when the user cancels.
    bool maybeSave();
    // The same for the shown document only (before it is reloaded).
    bool maybeSaveCurrent();
    // A new untitled document (the shown one, when it is untitled and empty).
    void newDocument();
    // An untitled document holding `text` (a template), modified until saved.
    void newDocumentWithText(const QString &text);
    // File > Close File: asks about unsaved changes; false when the user cancels. Closing
    // the last document leaves an untitled one and emits lastDocumentClosed().
    bool closeDocument(OpenDocument *document);
    bool closeCurrent();
    // Quitting: no recovery file stays behind, the positions of open files are kept.
    void markAllClean();
    void rememberPositions();
    // Emits nothingOpen() when only an untitled, empty document is open (start-up).
    void offerStartPage();
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
    // The shown document changed, or its file did (follow this, not one session's signal).
    void currentFileChanged(const QString &path);
    void currentModificationChanged(bool modified);
    void documentSaved(const QString &path); // any open document
    // The shown document's encoding changed (a reload, a reopen, or another one shown).
    void currentEncodingChanged();
    // Only an untitled, empty document is left (the last one was closed, or nothing was
    // opened at start-up): the start page shows.
    void nothingOpen();

private:
    // A file read on a worker; `shown` follows once it is on show.
    struct PendingOpen
    {
        QString path;
        std::function<void()> shown;
        std::unique_ptr<LatestResult<LoadedBuffer>> load;
    };
    void showLoaded(LoadedBuffer file, const std::function<void()> &shown);
    void wire(OpenDocument *document);
    void onCurrentChanged(OpenDocument *document);
    void restorePosition(OpenDocument *document);
    void onExternalChange(OpenDocument *document, const QString &path);
    void updateRecentMenu();
    // After a failed save: says why and offers Save As; an empty error means the user
    // declined the save.
    bool offerSaveAs(const QString &error);
    // Save / Discard / Cancel for one document; false when the user cancels.
    bool askToSave(OpenDocument *document);
    // Where file dialogs start: the workspace, else the open file's folder.
    QString dialogFolder() const;
    void recover(const RecoveryStore::Entry &entry);
    QMessageBox::StandardButton ask(const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons);

    // The editor on show.
    SpecEditor *editor() const;

    EditorStack *m_editors;
    DocumentController *m_controller;
    InlinePromptBar *m_prompts;
    QWidget *m_window;
    OpenDocuments *m_open;
    DocumentSession *m_session = nullptr; // of the shown document
    RecoveryStore *m_recovery = nullptr;  // of the shown document
    Workspace::Ptr m_workspace;
    QuestionHandler m_ask;
    DocumentSession::LossHandler m_confirmLoss;
    QMenu *m_recentMenu = nullptr;
    LatestResult<Workspace::Ptr> m_workspaceLoad{this};
    std::vector<std::unique_ptr<PendingOpen>> m_pendingOpens;
};

} // namespace Specwright
