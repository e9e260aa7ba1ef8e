#include "document_manager.h"

#include "button_mnemonics.h"
#include "document_controller.h"
#include "document_session.h"
#include "inline_prompt_bar.h"
#include "recovery_store.h"
#include "spec_editor.h"

#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QTextDocument>

namespace Specwright {

DocumentManager::DocumentManager(SpecEditor *editor, DocumentController *controller,
                                 InlinePromptBar *prompts, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_controller(controller)
    , m_prompts(prompts)
    , m_window(window)
    , m_session(new DocumentSession(editor->document(), this))
    , m_recovery(new RecoveryStore({}, this))
{
    m_recovery->setSource([this] { return m_session->text(); },
                          [this] { return m_session->filePath(); });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_editor->document()->isModified())
            m_recovery->markDirty();
    });
    connect(m_session, &DocumentSession::saved, m_recovery, &RecoveryStore::markClean);
    connect(m_recovery, &RecoveryStore::autosaveFailed, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 0); });
    connect(m_session, &DocumentSession::externallyModified, this,
            &DocumentManager::onExternalChange);
    connect(m_session, &DocumentSession::externallyRemoved, this, [this](const QString &path) {
        m_editor->document()->setModified(true);
        Q_EMIT statusMessage(
            tr("%1 was deleted on disk; save to keep it.").arg(QDir::toNativeSeparators(path)), 0);
    });
    connect(m_session, &DocumentSession::filePathChanged, this, [this] {
        if (m_prompts->promptId() == u"modifiedOnDisk")
            m_prompts->dismiss(); // about the file that was shown before
    });
}

QString DocumentManager::mainSpecFile(const QString &folder, const QStringList &relativeFiles)
{
    for (const QString &name :
         {QStringLiteral("spec.md"), QStringLiteral("index.md"), QStringLiteral("README.md")})
        if (relativeFiles.contains(name))
            return QDir(folder).absoluteFilePath(name);
    return relativeFiles.isEmpty() ? QString()
                                   : QDir(folder).absoluteFilePath(relativeFiles.first());
}

void DocumentManager::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        openWorkspace(info.absoluteFilePath());
    else
        openFile(info.absoluteFilePath());
}

bool DocumentManager::openWorkspace(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        Q_EMIT statusMessage(tr("No such folder: %1").arg(QDir::toNativeSeparators(folder)), 0);
        return false;
    }
    const QString root = dir.absolutePath();
    Q_EMIT workspaceOpening(root);
    // Pick the spec to show from a cheap listing; the workspace itself loads on a worker.
    QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        QDirIterator it(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && files.size() < 50)
            files.append(dir.relativeFilePath(it.next()));
        files.sort();
    }
    const QString main = mainSpecFile(root, files);
    if (!main.isEmpty())
        openFile(main);
    // Only the folder opened last is installed, however the loads finish.
    m_workspaceLoad.start([root](const BackgroundTask &) { return Workspace::load(root); },
                          [this](Workspace::Ptr workspace) {
                              m_workspace = std::move(workspace);
                              Q_EMIT workspaceLoaded(m_workspace);
                          });
    return true;
}

bool DocumentManager::openFile(const QString &path)
{
    QString error;
    if (!m_session->load(path, &error)) {
        Q_EMIT statusMessage(error, 0);
        ask(tr("Open Spec"), error, QMessageBox::Ok);
        return false;
    }
    if (!error.isEmpty())
        Q_EMIT statusMessage(error, 0);
    m_recovery->markClean();
    m_controller->refreshNow();
    m_editor->moveCursor(QTextCursor::Start);
    return true;
}

bool DocumentManager::save()
{
    if (m_session->filePath().isEmpty()) {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Spec As"),
                                                          dialogFolder(), tr("Markdown (*.md)"));
        return !path.isEmpty() && saveAs(path);
    }
    QString error;
    if (!m_session->save(&error))
        return offerSaveAs(error);
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session->filePath())), 3000);
    return true;
}

bool DocumentManager::saveAs(const QString &path)
{
    QString error;
    return m_session->saveAs(path, &error) || offerSaveAs(error);
}

bool DocumentManager::offerSaveAs(const QString &error)
{
    if (error.isEmpty()) { // the user declined (e.g. a save that would lose characters)
        Q_EMIT statusMessage(tr("Not saved."), 4000);
        return false;
    }
    // The text stays in the editor; another name (or folder) is the way out.
    Q_EMIT statusMessage(error, 0);
    if (ask(tr("Save"),
            tr("%1\n\nYour text is still in the editor. Save it under another name?").arg(error),
            QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return false;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Spec As"), dialogFolder(),
                                                      tr("Markdown (*.md)"));
    return !path.isEmpty() && saveAs(path);
}

QString DocumentManager::dialogFolder() const
{
    // The workspace first, then the open file's folder: never the process's working folder.
    if (m_workspace)
        return m_workspace->rootPath();
    if (!m_session->filePath().isEmpty())
        return QFileInfo(m_session->filePath()).absolutePath();
    return QDir::homePath();
}

bool DocumentManager::maybeSave()
{
    if (!m_editor->document()->isModified())
        return true;
    const auto answer = ask(tr("Unsaved Changes"),
                            tr("%1 has unsaved changes. Save them?").arg(m_session->displayName()),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_recovery->markClean();
        m_editor->document()->setModified(false);
        return true;
    }
    return false;
}

void DocumentManager::newDocument()
{
    if (!maybeSave())
        return;
    m_session->clear();
    m_recovery->markClean();
}

void DocumentManager::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Spec"), dialogFolder(), tr("Markdown (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty() && maybeSave())
        openFile(path);
}

void DocumentManager::openFolderDialog()
{
    const QString dir =
        QFileDialog::getExistingDirectory(m_window, tr("Open Workspace Folder"), dialogFolder());
    if (!dir.isEmpty() && maybeSave())
        openWorkspace(dir);
}

void DocumentManager::saveAsDialog()
{
    const QString current = m_session->filePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Spec As"),
                                                      current.isEmpty() ? dialogFolder() : current,
                                                      tr("Markdown (*.md)"));
    if (!path.isEmpty())
        saveAs(path);
}

void DocumentManager::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    connect(m_session, &DocumentSession::recentFilesChanged, this,
            &DocumentManager::updateRecentMenu, Qt::UniqueConnection);
    updateRecentMenu();
}

void DocumentManager::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_session->recentFiles();
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void DocumentManager::onExternalChange(const QString &path)
{
    if (!m_editor->document()->isModified()) {
        const int line = m_editor->currentLine();
        QString error;
        if (m_session->reload(&error)) {
            m_controller->refreshNow();
            m_editor->goToLine(line);
            Q_EMIT statusMessage(
                tr("Reloaded %1 (changed on disk).").arg(QFileInfo(path).fileName()), 4000);
        }
        return;
    }
    // Unsaved changes: ask in a bar, so typing can go on while the user decides.
    m_prompts->showPrompt(
        QStringLiteral("modifiedOnDisk"),
        tr("%1 was changed by another program. Reload it and lose your unsaved changes?")
            .arg(QFileInfo(path).fileName()),
        {{QStringLiteral("reloadFromDisk"), tr("&Reload"),
          [this] {
              m_session->reload();
              m_recovery->markClean();
              m_controller->refreshNow();
          }},
         {QStringLiteral("keepMine"), tr("&Keep My Version"), {}}});
}

bool DocumentManager::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = m_recovery->entries();
    if (entries.isEmpty())
        return false;
    const RecoveryStore::Entry &e = entries.first(); // newest
    const QString name = e.originalPath.isEmpty() ? tr("an untitled spec")
                                                  : QDir::toNativeSeparators(e.originalPath);
    m_prompts->showPrompt(
        QStringLiteral("recovery"),
        tr("Specwright found unsaved changes to %1 from %2. Recover them?")
            .arg(name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)),
        {{QStringLiteral("recover"), tr("&Recover"), [this, e] { recover(e); }},
         // Only what was offered: recovery files of other instances are offered next time.
         {QStringLiteral("discardRecovery"), tr("&Discard"), [e] { RecoveryStore::discard(e); }}});
    return true;
}

void DocumentManager::recover(const RecoveryStore::Entry &e)
{
    const QString text = RecoveryStore::readText(e);
    if (!e.originalPath.isEmpty() && QFileInfo::exists(e.originalPath))
        openFile(e.originalPath);
    QTextCursor all(m_editor->document());
    all.select(QTextCursor::Document);
    all.insertText(text); // undoable: the disk version is one Ctrl+Z away
    m_editor->document()->setModified(true);
    RecoveryStore::discard(e);
    m_recovery->saveNow(); // keep the recovered text safe until it is saved
}

QMessageBox::StandardButton DocumentManager::ask(const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons)
{
    if (m_ask)
        return m_ask(title, text, buttons);
    QMessageBox box(buttons == QMessageBox::Ok ? QMessageBox::Warning : QMessageBox::Question,
                    title, text, buttons, m_window);
    ButtonMnemonics::apply(&box);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace Specwright
