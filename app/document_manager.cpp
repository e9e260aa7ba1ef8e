#include "document_manager.h"

#include "button_mnemonics.h"
#include "document_controller.h"
#include "document_session.h"
#include "editor_stack.h"
#include "inline_prompt_bar.h"
#include "open_document.h"
#include "open_documents.h"
#include "recovery_store.h"
#include "session_files.h"
#include "spec_editor.h"

#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QTextDocument>
#include <algorithm>

namespace Specwright {

DocumentManager::DocumentManager(EditorStack *editors, DocumentController *controller,
                                 InlinePromptBar *prompts, QWidget *window)
    : QObject(window)
    , m_editors(editors)
    , m_controller(controller)
    , m_prompts(prompts)
    , m_window(window)
    , m_open(new OpenDocuments(editors, controller, this))
{
    for (OpenDocument *document : m_open->documents())
        wire(document);
    onCurrentChanged(m_open->current());
    connect(m_open, &OpenDocuments::added, this, &DocumentManager::wire);
    connect(m_open, &OpenDocuments::currentChanged, this, &DocumentManager::onCurrentChanged);
    connect(m_open, &OpenDocuments::aboutToSwitch, this, [](OpenDocument *previous) {
        const OpenDocument::ViewState &v = previous->view;
        SessionFiles::savePosition(previous->filePath(), v.cursor, v.scroll);
    });
}

// Each document's file, autosave and on-disk changes are its own, shown or not.
void DocumentManager::wire(OpenDocument *document)
{
    DocumentSession *session = document->session();
    RecoveryStore *recovery = document->recovery();
    connect(document->buffer(), &QTextDocument::contentsChanged, recovery, [document, recovery] {
        if (document->isModified())
            recovery->markDirty();
    });
    connect(session, &DocumentSession::saved, recovery, &RecoveryStore::markClean);
    connect(session, &DocumentSession::saved, this, &DocumentManager::documentSaved);
    connect(recovery, &RecoveryStore::autosaveFailed, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 0); });
    connect(session, &DocumentSession::externallyModified, this,
            [this, document](const QString &path) { onExternalChange(document, path); });
    connect(
        session, &DocumentSession::externallyRemoved, this, [this, document](const QString &path) {
            document->buffer()->setModified(true);
            Q_EMIT statusMessage(
                tr("%1 was deleted on disk; save to keep it.").arg(QDir::toNativeSeparators(path)),
                0);
        });
    connect(session, &DocumentSession::filePathChanged, this,
            [this, document](const QString &path) {
                if (document != m_open->current())
                    return;
                if (m_prompts->promptId() == u"modifiedOnDisk")
                    m_prompts->dismiss(); // about the file that was shown before
                Q_EMIT currentFileChanged(path);
            });
    connect(session, &DocumentSession::encodingChanged, this, [this, document] {
        if (document == m_open->current())
            Q_EMIT currentEncodingChanged();
    });
    if (m_confirmLoss)
        session->setLossHandler(m_confirmLoss);
    connect(document->buffer(), &QTextDocument::modificationChanged, this,
            [this, document](bool modified) {
                if (document == m_open->current())
                    Q_EMIT currentModificationChanged(modified);
            });
    if (m_recentMenu)
        connect(session, &DocumentSession::recentFilesChanged, this,
                &DocumentManager::updateRecentMenu);
}

void DocumentManager::onCurrentChanged(OpenDocument *document)
{
    m_session = document->session();
    m_recovery = document->recovery();
    if (m_prompts->promptId() == u"modifiedOnDisk")
        m_prompts->dismiss();
    Q_EMIT currentFileChanged(document->filePath());
    Q_EMIT currentModificationChanged(document->isModified());
    Q_EMIT currentEncodingChanged();
}

SpecEditor *DocumentManager::editor() const
{
    return m_editors->editor();
}

void DocumentManager::setLossHandler(DocumentSession::LossHandler handler)
{
    m_confirmLoss = std::move(handler);
    for (OpenDocument *document : m_open->documents())
        document->session()->setLossHandler(m_confirmLoss);
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
        openFileSoon(info.absoluteFilePath());
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
        openFileSoon(main);
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
    if (OpenDocument *open = m_open->find(path)) {
        m_open->setCurrent(open);
        return true;
    }
    // A new document, unless the shown one is untitled and empty.
    OpenDocument *current = m_open->current();
    OpenDocument *target = current->isPristine() ? current : m_open->add();
    QString error;
    if (!target->session()->load(path, &error)) {
        if (target != current)
            m_open->remove(target);
        Q_EMIT statusMessage(error, 0);
        ask(tr("Open Spec"), error, QMessageBox::Ok);
        return false;
    }
    if (!error.isEmpty())
        Q_EMIT statusMessage(error, 0);
    target->recovery()->markClean();
    if (target == current) {
        m_controller->setFilePath(target->filePath());
        m_controller->refreshNow();
        editor()->moveCursor(QTextCursor::Start);
    }
    restorePosition(target);
    return true;
}

void DocumentManager::openFileSoon(const QString &path, std::function<void()> shown)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    std::erase_if(m_pendingOpens, [](const auto &pending) { return !pending->load->isRunning(); });
    for (const auto &pending : m_pendingOpens) {
        if (pending->path == absolute) {
            pending->shown = std::move(shown);
            return;
        }
    }
    if (m_open->find(absolute) || !info.isFile() || info.size() < kLoadInBackgroundFrom) {
        if (openFile(absolute) && shown)
            shown();
        return;
    }
    Q_EMIT statusMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)), 0);
    auto pending = std::make_unique<PendingOpen>();
    pending->path = absolute;
    pending->shown = std::move(shown);
    pending->load = std::make_unique<LatestResult<LoadedBuffer>>(this);
    PendingOpen *raw = pending.get();
    raw->load->start(
        [absolute, font = editor()->font(), option = editor()->document()->defaultTextOption()](
            const BackgroundTask &) { return LoadedBuffer::read(absolute, font, option); },
        [this, raw](LoadedBuffer file) {
            // The run is finished; the entry goes on the next open.
            const std::function<void()> then = std::move(raw->shown);
            showLoaded(std::move(file), then);
        });
    m_pendingOpens.push_back(std::move(pending));
}

int DocumentManager::loadingCount() const
{
    return int(std::count_if(m_pendingOpens.begin(), m_pendingOpens.end(),
                             [](const auto &pending) { return pending->load->isRunning(); }));
}

void DocumentManager::showLoaded(LoadedBuffer file, const std::function<void()> &shown)
{
    if (OpenDocument *open = m_open->find(file.path())) { // opened meanwhile (synchronously)
        m_open->setCurrent(open);
        if (shown)
            shown();
        return;
    }
    if (!file.ok()) {
        Q_EMIT statusMessage(file.error(), 0);
        ask(tr("Open Spec"), file.error(), QMessageBox::Ok);
        return;
    }
    Q_EMIT statusMessage(QString(), 0);
    // An untitled, empty document gives way, as openFile loads into it; one typed into while
    // the file loaded stays.
    OpenDocument *previous = m_open->current();
    OpenDocument *target = m_open->add(file.adopt(nullptr));
    target->session()->loaded(file);
    target->recovery()->markClean();
    restorePosition(target); // shows it
    if (previous->isPristine() && previous != m_open->current())
        m_open->remove(previous);
    if (shown)
        shown();
}

void DocumentManager::restorePosition(OpenDocument *document)
{
    const SessionFiles::Position p = SessionFiles::position(document->filePath());
    document->view = {p.cursor, p.cursor, p.scroll, true};
    if (document != m_open->current())
        m_open->setCurrent(document); // shows it where it stood
    else
        m_open->restoreView(document);
}

bool DocumentManager::closeCurrent()
{
    return closeDocument(m_open->current());
}

bool DocumentManager::closeDocument(OpenDocument *document)
{
    if (document->isModified()) {
        m_open->setCurrent(document); // the question is about what the user sees
        const auto answer = ask(
            tr("Close File"),
            tr("%1 has unsaved changes. Save them before closing?").arg(document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return false;
    }
    document->recovery()->markClean();
    // Where it stood is kept for reopening (the shown one's on switching away, in remove()).
    if (document != m_open->current() && document->view.valid)
        SessionFiles::savePosition(document->filePath(), document->view.cursor,
                                   document->view.scroll);
    const bool last = m_open->count() == 1;
    m_open->remove(document);
    if (last)
        Q_EMIT nothingOpen();
    return true;
}

void DocumentManager::offerStartPage()
{
    if (m_open->count() == 1 && m_open->current()->isPristine())
        Q_EMIT nothingOpen();
}

void DocumentManager::markAllClean()
{
    for (OpenDocument *document : m_open->documents())
        document->recovery()->markClean();
}

void DocumentManager::rememberPositions()
{
    const QTextCursor cursor = editor()->textCursor();
    SessionFiles::savePosition(m_session->filePath(), cursor.position(),
                               editor()->verticalScrollBar()->value());
    QStringList files;
    for (OpenDocument *document : m_open->documents()) {
        if (document->filePath().isEmpty())
            continue;
        files.append(document->filePath());
        if (document != m_open->current())
            SessionFiles::savePosition(document->filePath(), document->view.cursor,
                                       document->view.scroll);
    }
    SessionFiles::saveOpenFiles(files);
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

bool DocumentManager::maybeSaveCurrent()
{
    OpenDocument *current = m_open->current();
    return !current->isModified() || askToSave(current);
}

bool DocumentManager::askToSave(OpenDocument *document)
{
    m_open->setCurrent(document); // the question is about what the user sees
    const auto answer = ask(tr("Unsaved Changes"),
                            tr("%1 has unsaved changes. Save them?").arg(m_session->displayName()),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    document->recovery()->markClean();
    document->buffer()->setModified(false);
    return true;
}

bool DocumentManager::maybeSave()
{
    const QList<OpenDocument *> modified = m_open->modifiedDocuments();
    if (modified.isEmpty())
        return true;
    if (modified.size() == 1)
        return askToSave(modified.first());
    QStringList names;
    for (OpenDocument *document : modified)
        names.append(document->displayName());
    const auto answer = ask(tr("Unsaved Changes"),
                            tr("%1 documents have unsaved changes: %2. Save them all?")
                                .arg(modified.size())
                                .arg(QLocale().createSeparatedList(names)),
                            QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::SaveAll) {
        for (OpenDocument *document : modified) {
            m_open->setCurrent(document); // Save As dialogs say which one
            if (!save())
                return false;
        }
        return true;
    }
    if (answer != QMessageBox::Discard)
        return false;
    for (OpenDocument *document : modified) {
        document->recovery()->markClean();
        document->buffer()->setModified(false);
    }
    return true;
}

void DocumentManager::newDocument()
{
    if (!m_open->current()->isPristine())
        m_open->setCurrent(m_open->add());
    Q_EMIT currentFileChanged(m_session->filePath()); // the start page gives way
}

void DocumentManager::newDocumentWithText(const QString &text)
{
    newDocument();
    QTextCursor all(editor()->document());
    all.select(QTextCursor::Document);
    all.insertText(text);
    editor()->moveCursor(QTextCursor::Start);
    editor()->document()->setModified(true);
}

void DocumentManager::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Spec"), dialogFolder(), tr("Markdown (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        openFileSoon(path);
}

void DocumentManager::openFolderDialog()
{
    const QString dir =
        QFileDialog::getExistingDirectory(m_window, tr("Open Workspace Folder"), dialogFolder());
    if (!dir.isEmpty())
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
    for (OpenDocument *document : m_open->documents())
        connect(document->session(), &DocumentSession::recentFilesChanged, this,
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
        connect(a, &QAction::triggered, this, [this, file] { openFileSoon(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void DocumentManager::onExternalChange(OpenDocument *document, const QString &path)
{
    const bool shown = document == m_open->current();
    if (!document->isModified()) {
        const int line = editor()->currentLine();
        QString error;
        if (document->session()->reload(&error) && shown) {
            m_controller->refreshNow();
            editor()->goToLine(line);
        }
        if (error.isEmpty())
            Q_EMIT statusMessage(
                tr("Reloaded %1 (changed on disk).").arg(QFileInfo(path).fileName()), 4000);
        return;
    }
    // Unsaved changes: ask in a bar, so typing can go on while the user decides.
    m_open->setCurrent(document);
    m_prompts->showPrompt(
        QStringLiteral("modifiedOnDisk"),
        tr("%1 was changed by another program. Reload it and lose your unsaved changes?")
            .arg(QFileInfo(path).fileName()),
        {{QStringLiteral("reloadFromDisk"), tr("&Reload"),
          [this, document = QPointer<OpenDocument>(document)] {
              if (!document)
                  return;
              document->session()->reload();
              document->recovery()->markClean();
              if (document == m_open->current())
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
    const QString text =
        entries.size() == 1
            ? tr("Specwright found unsaved changes to %1 from %2. Recover them?")
                  .arg(name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Specwright found unsaved changes to %1 documents, the newest to %2 from %3. "
                 "Recover them all?")
                  .arg(entries.size())
                  .arg(name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
    m_prompts->showPrompt(
        QStringLiteral("recovery"), text,
        {{QStringLiteral("recover"), tr("&Recover"),
          [this, entries] {
              // Oldest first, so the newest ends up shown.
              for (auto it = entries.crbegin(); it != entries.crend(); ++it)
                  recover(*it);
          }},
         // Only what was offered: recovery files of other instances are offered next time.
         {QStringLiteral("discardRecovery"), tr("&Discard"), [entries] {
              for (const RecoveryStore::Entry &entry : entries)
                  RecoveryStore::discard(entry);
          }}});
    return true;
}

void DocumentManager::recover(const RecoveryStore::Entry &e)
{
    const QString text = RecoveryStore::readText(e);
    // Each recovered text in its own document: its file's, else a new untitled one.
    if (e.originalPath.isEmpty() || !QFileInfo::exists(e.originalPath) || !openFile(e.originalPath))
        newDocument();
    QTextCursor all(editor()->document());
    all.select(QTextCursor::Document);
    all.insertText(text); // undoable: the disk version is one Ctrl+Z away
    editor()->document()->setModified(true);
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
