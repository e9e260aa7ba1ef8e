#include "main_window.h"

#include "document_controller.h"
#include "document_session.h"
#include "editor_pane.h"
#include "editor_preview_split.h"
#include "examples_panel.h"
#include "generate_integration.h"
#include "history_integration.h"
#include "intent_outline.h"
#include "lint_engine.h"
#include "main_actions.h"
#include "preview_view.h"
#include "problems_integration.h"
#include "recovery_store.h"
#include "spec_editor.h"
#include "status_indicators.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace Specwright {

using Menu = MainActions::Menu;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Specwright"));
    resize(1280, 820);
    m_split = new EditorPreviewSplit(this);
    setCentralWidget(m_split);
    m_controller = new DocumentController(editor()->document(), this);
    m_session = new DocumentSession(editor()->document(), this);
    m_recovery = new RecoveryStore({}, this);
    m_recovery->setSource([this] { return m_session->text(); },
                          [this] { return m_session->filePath(); });
    m_status = new StatusIndicators(statusBar());
    m_actions = new MainActions(this);
    createDocks();
    createActions();
    wireDocument();
    GenerateIntegration::install(this); // Generate tool bar, Tools menu, Output dock
    ProblemsIntegration::install(this); // Problems dock fed by the lint results
    HistoryIntegration::install(this);  // Amendments and Diff docks, compare and amend actions
    // A fresh buffer still gets a model, so the outline and status are never stale.
    m_controller->refreshNow();
    updateTitle();
}

MainWindow::~MainWindow() = default;

SpecEditor *MainWindow::editor() const
{
    return m_split->editorPane()->editor();
}
EditorPane *MainWindow::editorPane() const
{
    return m_split->editorPane();
}
PreviewView *MainWindow::preview() const
{
    return m_split->preview();
}

QDockWidget *MainWindow::makeDock(const QString &title, const QString &name, QWidget *content,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    addPanel(dock, area);
    return dock;
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_actions->panelsMenu()->addAction(dock->toggleViewAction());
}

void MainWindow::createDocks()
{
    m_outline = new IntentOutline(this);
    m_examples = new ExamplesPanel(this);
    m_fileModel = new QFileSystemModel(this);
    m_fileModel->setNameFilters(
        {QStringLiteral("*.md"), QStringLiteral("*.toml"), QStringLiteral("*.markdown")});
    m_fileModel->setNameFilterDisables(false);
    m_fileTree = new QTreeView(this);
    m_fileTree->setObjectName(QStringLiteral("workspaceTree"));
    m_fileTree->setModel(m_fileModel);
    for (int c = 1; c < m_fileModel->columnCount(); ++c)
        m_fileTree->setColumnHidden(c, true);
    m_fileTree->header()->hide();

    QDockWidget *intents =
        makeDock(tr("Intents"), QStringLiteral("intentsDock"), m_outline, Qt::LeftDockWidgetArea);
    m_filesDock =
        makeDock(tr("Files"), QStringLiteral("filesDock"), m_fileTree, Qt::LeftDockWidgetArea);
    tabifyDockWidget(intents, m_filesDock);
    intents->raise();
    makeDock(tr("Examples"), QStringLiteral("examplesDock"), m_examples, Qt::LeftDockWidgetArea);
    resizeDocks({intents}, {330}, Qt::Horizontal);

    connect(m_fileTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = m_fileModel->filePath(index);
        if (QFileInfo(path).isFile() && maybeSave())
            openFile(path);
    });
}

void MainWindow::createActions()
{
    auto *act = m_actions;
    connect(act->add(Menu::File, tr("&New"), QKeySequence::New, QStringLiteral("document-new")),
            &QAction::triggered, this, [this] {
                if (maybeSave()) {
                    m_session->clear();
                    m_recovery->markClean();
                }
            });
    connect(act->add(Menu::File, tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"),
                     true),
            &QAction::triggered, this, [this] {
                const QString path =
                    QFileDialog::getOpenFileName(this, tr("Open Spec"), QString(),
                                                 tr("Markdown (*.md *.markdown);;All files (*)"));
                if (!path.isEmpty() && maybeSave())
                    openFile(path);
            });
    connect(act->add(Menu::File, tr("Open &Folder…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStringLiteral("folder-open")),
            &QAction::triggered, this, [this] {
                const QString dir =
                    QFileDialog::getExistingDirectory(this, tr("Open Workspace Folder"));
                if (!dir.isEmpty() && maybeSave())
                    openWorkspace(dir);
            });
    act->menu(Menu::File)->addMenu(act->recentMenu());
    act->addSeparator(Menu::File);
    connect(act->add(Menu::File, tr("&Save"), QKeySequence::Save, QStringLiteral("document-save"),
                     true),
            &QAction::triggered, this, &MainWindow::save);
    connect(act->add(Menu::File, tr("Save &As…"), QKeySequence::SaveAs,
                     QStringLiteral("document-save-as")),
            &QAction::triggered, this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Save Spec As"), m_session->filePath(), tr("Markdown (*.md)"));
                if (!path.isEmpty())
                    saveAs(path);
            });
    act->addSeparator(Menu::File);
    QAction *quit =
        act->add(Menu::File, tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo =
        act->add(Menu::Edit, tr("&Undo"), QKeySequence::Undo, QStringLiteral("edit-undo"));
    QAction *redo =
        act->add(Menu::Edit, tr("&Redo"), QKeySequence::Redo, QStringLiteral("edit-redo"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, editor(), &QPlainTextEdit::undo);
    connect(redo, &QAction::triggered, editor(), &QPlainTextEdit::redo);
    connect(editor(), &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(editor(), &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    act->addSeparator(Menu::Edit);
    const auto pane = [this](EditorPane::Action a) { return editorPane()->action(a); };
    for (auto a : {EditorPane::Action::Find, EditorPane::Action::Replace,
                   EditorPane::Action::FindNext, EditorPane::Action::FindPrevious})
        act->menu(Menu::Edit)->addAction(pane(a));
    act->addSeparator(Menu::Edit);
    act->menu(Menu::Edit)->addAction(pane(EditorPane::Action::QuickFix));
    act->menu(Menu::Go)->addAction(pane(EditorPane::Action::GoToLine));

    // Layout modes: one checked at a time, remembered.
    act->addSeparator(Menu::View, true);
    auto *modes = new QActionGroup(this);
    const struct
    {
        QString text;
        Qt::Key key;
        QString icon;
        EditorPreviewSplit::Mode mode;
    } modeList[] = {
        {tr("&Side by Side"), Qt::Key_1, QStringLiteral("view-split-left-right"),
         EditorPreviewSplit::Mode::SideBySide},
        {tr("&Editor Only"), Qt::Key_2, QStringLiteral("document-edit"),
         EditorPreviewSplit::Mode::EditorOnly},
        {tr("&Preview Only"), Qt::Key_3, QStringLiteral("document-preview"),
         EditorPreviewSplit::Mode::PreviewOnly},
    };
    const auto savedMode = EditorPreviewSplit::Mode(
        QSettings()
            .value(QStringLiteral("view/layoutMode"), int(EditorPreviewSplit::Mode::SideBySide))
            .toInt());
    for (const auto &m : modeList) {
        QAction *a = act->add(Menu::View, m.text, QKeySequence(Qt::CTRL | m.key), m.icon, true);
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("layoutMode%1").arg(int(m.mode)));
        a->setChecked(m.mode == savedMode);
        modes->addAction(a);
        const auto mode = m.mode;
        connect(a, &QAction::triggered, this, [this, mode] {
            m_split->setMode(mode);
            QSettings().setValue(QStringLiteral("view/layoutMode"), int(mode));
        });
    }
    m_split->setMode(savedMode);
    act->addSeparator(Menu::View);
    for (auto a : {EditorPane::Action::WordWrap, EditorPane::Action::ZoomIn,
                   EditorPane::Action::ZoomOut, EditorPane::Action::ZoomReset})
        act->menu(Menu::View)->addAction(pane(a));
    act->addSeparator(Menu::View);
    act->menu(Menu::View)->addMenu(act->panelsMenu());

    connect(m_session, &DocumentSession::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentMenu();
    menu->clear();
    const QStringList files = m_session->recentFiles();
    for (const QString &file : files) {
        QAction *a = menu->addAction(QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::wireDocument()
{
    SpecEditor *ed = editor();
    connect(m_controller, &DocumentController::documentChanged, this,
            [this](const SpecDocument::Ptr &doc) {
                m_outline->setDocument(doc);
                m_examples->setDocument(doc, m_workspace);
                m_examples->showSection(m_outline->currentSection());
                preview()->renderDocument(doc, m_workspace);
                onCursorLine(editor()->currentLine());
                if (m_pendingLine > 0) {
                    m_outline->setCurrentLine(m_pendingLine);
                    m_pendingLine = 0;
                }
            });
    connect(m_controller, &DocumentController::diagnosticsChanged, this,
            [this](const QList<Diagnostic> &diagnostics) {
                editor()->setDiagnostics(diagnostics);
                m_outline->setDiagnostics(diagnostics);
                updateState();
            });
    connect(m_controller, &DocumentController::stateChanged, this, &MainWindow::updateState);
    connect(m_controller, &DocumentController::wordCountChanged, m_status,
            &StatusIndicators::setWordCount);
    connect(ed, &SpecEditor::cursorLineChanged, this, &MainWindow::onCursorLine);
    connect(ed, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { m_status->setCursor(editor()->currentLine(), editor()->currentColumn()); });
    connect(m_outline, &IntentOutline::sectionActivated, this,
            [this](int, int line) { goToLine(line); });
    connect(m_outline, &IntentOutline::currentSectionChanged, m_examples,
            &ExamplesPanel::showSection);
    connect(m_examples, &ExamplesPanel::jumpToLine, this, &MainWindow::goToLine);
    connect(m_examples, &ExamplesPanel::openFile, this, [this](const QString &path, int line) {
        if (path != m_session->filePath() && !maybeSave())
            return;
        openFileAt(path, line);
    });
    connect(preview(), &PreviewView::sectionActivated, this, &MainWindow::jumpToSection);
    connect(preview(), &PreviewView::fileReferenceActivated, this,
            [this](const QString &file, const QString &id) {
                if (file != m_session->filePath() && !maybeSave())
                    return;
                if (file == m_session->filePath() || openFile(file)) {
                    if (!id.isEmpty()) {
                        m_controller->waitUntilCurrent();
                        jumpToSection(id);
                    }
                }
            });
    connect(ed->document(), &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(ed->document(), &QTextDocument::contentsChanged, this, [this] {
        if (editor()->document()->isModified())
            m_recovery->markDirty();
    });
    connect(m_session, &DocumentSession::filePathChanged, this, [this](const QString &path) {
        m_controller->setFilePath(path);
        preview()->setSourceFilePath(path);
        updateTitle();
    });
    connect(m_session, &DocumentSession::saved, m_recovery, &RecoveryStore::markClean);
    connect(m_recovery, &RecoveryStore::autosaveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_session, &DocumentSession::externallyModified, this, &MainWindow::onExternalChange);
    connect(m_session, &DocumentSession::externallyRemoved, this, [this](const QString &path) {
        editor()->document()->setModified(true);
        statusBar()->showMessage(
            tr("%1 was deleted on disk; save to keep it.").arg(QDir::toNativeSeparators(path)));
    });
    installLintEngine(LintConfig());
}

void MainWindow::installLintEngine(LintConfig config)
{
    m_lintConfig = config;
    if (!config.profile() && !m_lintProfileSetting.isEmpty())
        config.setProfile(LintConfig::profileFromName(m_lintProfileSetting));
    auto engine = std::make_shared<const LintEngine>(config);
    m_controller->setAnalyzer([engine](const SpecDocument::Ptr &doc, const Workspace::Ptr &ws) {
        return engine->lint(*doc, ws.get());
    });
}

void MainWindow::applySettings(const AppSettings &settings)
{
    editor()->setBaseFont(settings.editorFontFamily, settings.editorFontSize);
    m_lintProfileSetting = settings.lintProfile;
    installLintEngine(m_lintConfig);
    if (m_controller->document())
        m_controller->refreshNow(); // re-lint the open spec with the new profile
}

void MainWindow::updateState()
{
    QString text;
    switch (m_controller->state()) {
    case DocumentController::State::Idle: {
        const QList<Diagnostic> &d = m_controller->diagnostics();
        int errors = 0;
        for (const Diagnostic &x : d)
            errors += x.severity == Severity::Error;
        text = d.isEmpty()
                   ? tr("✓ No problems")
                   : tr("%1 error(s), %2 other finding(s)").arg(errors).arg(d.size() - errors);
        break;
    }
    case DocumentController::State::Pending:
        text = tr("Edited…");
        break;
    case DocumentController::State::Parsing:
        text = tr("Checking…");
        break;
    }
    m_status->setState(text);
}

void MainWindow::onCursorLine(int line)
{
    m_outline->setCurrentLine(line);
    const SpecDocument::Ptr doc = m_controller->document();
    if (doc)
        m_status->setSectionPath(doc->sectionPath(doc->sectionAtLine(line)));
}

void MainWindow::updateTitle()
{
    const QString name = m_session->displayName();
    const QString root = m_workspace ? QFileInfo(m_workspace->rootPath()).fileName() : QString();
    setWindowTitle((root.isEmpty() ? tr("%1[*] — Specwright").arg(name)
                                   : tr("%1[*] — %2 — Specwright").arg(name, root)));
    setWindowModified(editor()->document()->isModified());
}

// --- files ------------------------------------------------------------------------------------

QString MainWindow::mainSpecFile(const QString &folder, const QStringList &relativeFiles)
{
    for (const QString &name :
         {QStringLiteral("spec.md"), QStringLiteral("index.md"), QStringLiteral("README.md")})
        if (relativeFiles.contains(name))
            return QDir(folder).absoluteFilePath(name);
    return relativeFiles.isEmpty() ? QString()
                                   : QDir(folder).absoluteFilePath(relativeFiles.first());
}

void MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        openWorkspace(info.absoluteFilePath());
    else
        openFile(info.absoluteFilePath());
}

bool MainWindow::openWorkspace(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        statusBar()->showMessage(tr("No such folder: %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    const QString root = dir.absolutePath();
    m_fileModel->setRootPath(root);
    m_fileTree->setRootIndex(m_fileModel->index(root));
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
    auto *watcher = new QFutureWatcher<Workspace::Ptr>(this);
    connect(watcher, &QFutureWatcher<Workspace::Ptr>::finished, this, [this, watcher, root] {
        watcher->deleteLater();
        m_workspace = watcher->result();
        installLintEngine(LintConfig::forWorkspace(root));
        m_controller->setWorkspace(m_workspace);
        updateTitle();
    });
    watcher->setFuture(QtConcurrent::run([root] { return Workspace::load(root); }));
    QSettings().setValue(QStringLiteral("session/workspace"), root);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_session->load(path, &error)) {
        statusBar()->showMessage(error);
        ask(tr("Open Spec"), error, QMessageBox::Ok);
        return false;
    }
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    m_recovery->markClean();
    m_controller->refreshNow();
    editor()->moveCursor(QTextCursor::Start);
    setWindowFilePath(m_session->filePath());
    return true;
}

bool MainWindow::openFileAt(const QString &path, int line)
{
    if (QFileInfo(path).absoluteFilePath() != m_session->filePath() && !openFile(path))
        return false;
    goToLine(line);
    return true;
}

void MainWindow::goToLine(int line)
{
    editor()->goToLine(line);
}

void MainWindow::jumpToSection(const QString &id)
{
    const SpecDocument::Ptr doc = m_controller->document();
    const int index = doc ? doc->sectionIndexById(id) : -1;
    if (index < 0) {
        statusBar()->showMessage(tr("No section #%1 in this file.").arg(id), 4000);
        return;
    }
    goToLine(doc->sections()[index].headingLine);
}

bool MainWindow::save()
{
    if (m_session->filePath().isEmpty()) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Spec As"), QString(),
                                                          tr("Markdown (*.md)"));
        return !path.isEmpty() && saveAs(path);
    }
    QString error;
    if (!m_session->save(&error)) {
        ask(tr("Save"), error, QMessageBox::Ok);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session->filePath())),
                             3000);
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    QString error;
    if (!m_session->saveAs(path, &error)) {
        ask(tr("Save As"), error, QMessageBox::Ok);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!editor()->document()->isModified())
        return true;
    const auto answer = ask(tr("Unsaved Changes"),
                            tr("%1 has unsaved changes. Save them?").arg(m_session->displayName()),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_recovery->markClean();
        editor()->document()->setModified(false);
        return true;
    }
    return false;
}

void MainWindow::onExternalChange(const QString &path)
{
    if (!editor()->document()->isModified()) {
        const int line = editor()->currentLine();
        QString error;
        if (m_session->reload(&error)) {
            m_controller->refreshNow();
            editor()->goToLine(line);
            statusBar()->showMessage(
                tr("Reloaded %1 (changed on disk).").arg(QFileInfo(path).fileName()), 4000);
        }
        return;
    }
    const auto answer =
        ask(tr("File Changed on Disk"),
            tr("%1 was changed by another program. Reload it and lose your unsaved changes?")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_session->reload();
        m_recovery->markClean();
        m_controller->refreshNow();
    }
}

QMessageBox::StandardButton MainWindow::ask(const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons)
{
    if (m_ask)
        return m_ask(title, text, buttons);
    if (buttons == QMessageBox::Ok)
        return QMessageBox::warning(this, title, text);
    return QMessageBox::question(this, title, text, buttons);
}

// --- session and recovery ----------------------------------------------------------------------

bool MainWindow::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = m_recovery->entries();
    if (entries.isEmpty())
        return false;
    const RecoveryStore::Entry &e = entries.first(); // newest
    const QString name = e.originalPath.isEmpty() ? tr("an untitled spec")
                                                  : QDir::toNativeSeparators(e.originalPath);
    const auto answer =
        ask(tr("Recover Unsaved Work"),
            tr("Specwright found unsaved changes to %1 from %2. Recover them?")
                .arg(name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        RecoveryStore::discard(e); // only what was offered; the others are offered next time
        return false;
    }
    const QString text = RecoveryStore::readText(e);
    if (!e.originalPath.isEmpty() && QFileInfo::exists(e.originalPath))
        openFile(e.originalPath);
    QTextCursor all(editor()->document());
    all.select(QTextCursor::Document);
    all.insertText(text); // undoable: the disk version is one Ctrl+Z away
    editor()->document()->setModified(true);
    RecoveryStore::discard(e);
    m_recovery->saveNow(); // keep the recovered text safe until it is saved
    return true;
}

void MainWindow::saveSession() const
{
    QSettings s;
    s.setValue(QStringLiteral("session/file"), m_session->filePath());
    s.setValue(QStringLiteral("session/cursor"), editor()->textCursor().position());
    s.setValue(QStringLiteral("session/splitter"), m_split->splitter()->saveState());
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("editor/wordWrap"), editor()->wordWrap());
    s.setValue(QStringLiteral("editor/zoom"), editor()->zoomSteps());
}

void MainWindow::restoreSession()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_split->splitter()->restoreState(s.value(QStringLiteral("session/splitter")).toByteArray());
    editorPane()
        ->action(EditorPane::Action::WordWrap)
        ->setChecked(s.value(QStringLiteral("editor/wordWrap"), true).toBool());
    editor()->zoomBy(s.value(QStringLiteral("editor/zoom"), 0).toInt());
    const QString ws = s.value(QStringLiteral("session/workspace")).toString();
    const QString file = s.value(QStringLiteral("session/file")).toString();
    if (!ws.isEmpty() && QFileInfo(ws).isDir() &&
        (file.isEmpty() || file.startsWith(ws + QLatin1Char('/'))))
        openWorkspace(ws);
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        if (file != m_session->filePath())
            openFile(file);
        QTextCursor c(editor()->document());
        c.setPosition(std::clamp(s.value(QStringLiteral("session/cursor")).toInt(), 0,
                                 editor()->document()->characterCount() - 1));
        editor()->setTextCursor(c);
        editor()->centerCursor();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSession();
    m_recovery->markClean();
    event->accept();
}

} // namespace Specwright
