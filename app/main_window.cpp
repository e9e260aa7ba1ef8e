#include "main_window.h"

#include "document_controller.h"
#include "document_session.h"
#include "editor_pane.h"
#include "editor_preview_split.h"
#include "editor_stack.h"
#include "examples_panel.h"
#include "incremental_linter.h"
#include "inline_prompt_bar.h"
#include "intent_outline.h"
#include "lint_engine.h"
#include "main_actions.h"
#include "preview_view.h"
#include "recovery_store.h"
#include "session_files.h"
#include "spec_editor.h"
#include "status_indicators.h"
#include "window_integrations.h"
#include "workspace_files_view.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Specwright {

using Menu = MainActions::Menu;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Specwright"));
    resize(1280, 820);
    auto *central = new QWidget(this);
    m_prompts = new InlinePromptBar(central);
    m_split = new EditorPreviewSplit(central);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_prompts);
    column->addWidget(m_split, 1);
    setCentralWidget(central);
    m_controller = new DocumentController(editor()->document(), this);
    m_documents = new DocumentManager(editorStack(), m_controller, m_prompts, this);
    m_status = new StatusIndicators(statusBar());
    m_actions = new MainActions(this);
    createDocks();
    createActions();
    wireDocument();
    WindowIntegrations::install(this);
    // A fresh buffer still gets a model, so the outline and status are never stale.
    m_controller->refreshNow();
    updateTitle();
}

// The documents go before the editor that shows them.
MainWindow::~MainWindow()
{
    delete m_documents;
}

SpecEditor *MainWindow::editor() const
{
    return m_split->editorPane()->editor();
}
EditorPane *MainWindow::editorPane() const
{
    return m_split->editorPane();
}
EditorStack *MainWindow::editorStack() const
{
    return m_split->editorPane()->stack();
}
PreviewView *MainWindow::preview() const
{
    return m_split->preview();
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &name, QWidget *content,
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
    m_files = new WorkspaceFilesView(this);

    QDockWidget *intents =
        addDock(tr("Intents"), QStringLiteral("intentsDock"), m_outline, Qt::LeftDockWidgetArea);
    m_filesDock =
        addDock(tr("Files"), QStringLiteral("filesDock"), m_files, Qt::LeftDockWidgetArea);
    tabifyDockWidget(intents, m_filesDock);
    intents->raise();
    addDock(tr("Examples"), QStringLiteral("examplesDock"), m_examples, Qt::LeftDockWidgetArea);
    resizeDocks({intents}, {330}, Qt::Horizontal);

    connect(m_files, &WorkspaceFilesView::fileActivated, this,
            [this](const QString &path) { openFile(path); });
}

void MainWindow::createActions()
{
    auto *act = m_actions;
    connect(act->add(Menu::File, tr("&New"), QKeySequence::New, QStringLiteral("document-new")),
            &QAction::triggered, m_documents, &DocumentManager::newDocument);
    connect(act->add(Menu::File, tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"),
                     true),
            &QAction::triggered, m_documents, &DocumentManager::openFileDialog);
    connect(act->add(Menu::File, tr("Open &Folder…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStringLiteral("folder-open")),
            &QAction::triggered, m_documents, &DocumentManager::openFolderDialog);
    act->menu(Menu::File)->addMenu(act->recentMenu());
    m_documents->setRecentMenu(act->recentMenu());
    act->addSeparator(Menu::File);
    connect(act->add(Menu::File, tr("&Save"), QKeySequence::Save, QStringLiteral("document-save"),
                     true),
            &QAction::triggered, m_documents, &DocumentManager::save);
    connect(act->add(Menu::File, tr("Save &As…"), QKeySequence::SaveAs,
                     QStringLiteral("document-save-as")),
            &QAction::triggered, m_documents, &DocumentManager::saveAsDialog);
    connect(act->add(Menu::File, tr("&Close File"), QKeySequence(Qt::CTRL | Qt::Key_W),
                     QStringLiteral("document-close")),
            &QAction::triggered, m_documents, &DocumentManager::closeCurrent);
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
    connect(undo, &QAction::triggered, this, [this] { editor()->undo(); });
    connect(redo, &QAction::triggered, this, [this] { editor()->redo(); });
    connect(editorStack(), &EditorStack::undoAvailable, undo, &QAction::setEnabled);
    connect(editorStack(), &EditorStack::redoAvailable, redo, &QAction::setEnabled);
    act->addSeparator(Menu::Edit);
    const auto pane = [this](EditorPane::Action a) { return editorPane()->action(a); };
    for (auto a : {EditorPane::Action::Find, EditorPane::Action::Replace,
                   EditorPane::Action::FindNext, EditorPane::Action::FindPrevious})
        act->menu(Menu::Edit)->addAction(pane(a));
    act->addSeparator(Menu::Edit);
    act->menu(Menu::Edit)->addAction(pane(EditorPane::Action::QuickFix));
    act->menu(Menu::Go)->addAction(pane(EditorPane::Action::GoToLine));

    createLayoutActions();
    act->addSeparator(Menu::View);
    for (auto a : {EditorPane::Action::WordWrap, EditorPane::Action::ZoomIn,
                   EditorPane::Action::ZoomOut, EditorPane::Action::ZoomReset})
        act->menu(Menu::View)->addAction(pane(a));
    act->addSeparator(Menu::View);
    act->menu(Menu::View)->addMenu(act->panelsMenu());
}

void MainWindow::createLayoutActions()
{
    // Layout modes: one checked at a time, remembered.
    auto *act = m_actions;
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
        AppSettings::layoutMode(int(EditorPreviewSplit::Mode::SideBySide)));
    for (const auto &m : modeList) {
        QAction *a = act->add(Menu::View, m.text, QKeySequence(Qt::CTRL | m.key), m.icon, true);
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("layoutMode%1").arg(int(m.mode)));
        a->setChecked(m.mode == savedMode);
        modes->addAction(a);
        const auto mode = m.mode;
        connect(a, &QAction::triggered, this, [this, mode] {
            m_split->setMode(mode);
            AppSettings::saveLayoutMode(int(mode));
        });
    }
    m_split->setMode(savedMode);
}

void MainWindow::wireDocument()
{
    EditorStack *editors = editorStack();
    connect(m_controller, &DocumentController::documentChanged, this,
            [this](const SpecDocument::Ptr &doc) {
                m_outline->setDocument(doc);
                m_examples->setDocument(doc, workspace());
                m_examples->showSection(m_outline->currentSection());
                preview()->renderDocument(doc, workspace());
                onCursorLine(editor()->currentLine());
                if (m_pendingLine > 0) {
                    m_outline->setCurrentLine(m_pendingLine);
                    m_pendingLine = 0;
                }
                if (!m_pendingSection.isEmpty())
                    jumpToSection(std::exchange(m_pendingSection, QString()));
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
    // Each buffer has an outline tree of its own (before the controller hands over its results).
    connect(editors, &EditorStack::bufferChanged, m_outline, &IntentOutline::showBuffer);
    m_outline->showBuffer(editor()->document());
    connect(editors, &EditorStack::cursorLineChanged, this, &MainWindow::onCursorLine);
    connect(editors, &EditorStack::cursorPositionChanged, this,
            [this] { m_status->setCursor(editor()->currentLine(), editor()->currentColumn()); });
    connect(m_outline, &IntentOutline::sectionActivated, this,
            [this](int, int line) { goToLine(line); });
    connect(m_outline, &IntentOutline::currentSectionChanged, m_examples,
            &ExamplesPanel::showSection);
    connect(m_examples, &ExamplesPanel::jumpToLine, this, &MainWindow::goToLine);
    connect(m_examples, &ExamplesPanel::openFile, this, &MainWindow::openFileAt); // a tab beside
    connect(preview(), &PreviewView::sectionActivated, this, &MainWindow::jumpToSection);
    connect(preview(), &PreviewView::fileReferenceActivated, this, &MainWindow::openFileAndSection);
    connect(m_documents, &DocumentManager::currentModificationChanged, this,
            &MainWindow::updateTitle);
    connect(m_documents, &DocumentManager::currentFileChanged, this, [this](const QString &path) {
        m_controller->setFilePath(path);
        preview()->setSourceFilePath(path);
        setWindowFilePath(path);
        updateTitle();
    });
    connect(m_documents, &DocumentManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_documents, &DocumentManager::workspaceOpening, this, [this](const QString &root) {
        m_files->setRootFolder(root);
        AppSettings::saveSessionWorkspace(root);
    });
    connect(m_documents, &DocumentManager::workspaceLoaded, this,
            [this](const Workspace::Ptr &workspace) {
                installLintEngine(LintConfig::forWorkspace(workspace->rootPath()));
                m_controller->setWorkspace(workspace);
                updateTitle();
            });
    installLintEngine(LintConfig());
}

void MainWindow::installLintEngine(LintConfig config)
{
    m_lintConfig = config;
    if (!config.profile() && !m_lintProfileSetting.isEmpty())
        config.setProfile(LintConfig::profileFromName(m_lintProfileSetting));
    // After an edit only the changed sections are re-linted; the linter takes a snapshot of its
    // state per call, so a superseded task still finishing on a worker does no harm.
    auto linter = std::make_shared<IncrementalLinter>(std::make_shared<const LintEngine>(config));
    m_controller->setAnalyzer([linter](const SpecDocument::Ptr &doc, const Workspace::Ptr &ws) {
        // A new untitled buffer (behind the start page) has nothing to report yet.
        return doc->filePath().isEmpty() && doc->text().isEmpty() ? QList<Diagnostic>()
                                                                  : linter->lint(doc, ws.get());
    });
}

void MainWindow::applySettings(const AppSettings &settings)
{
    editorStack()->setBaseFont(settings.editorFontFamily, settings.editorFontSize);
    m_lintProfileSetting = settings.lintProfile;
    installLintEngine(m_lintConfig);
    if (m_controller->document())
        m_controller->refreshNow(); // re-lint the open spec with the new profile
}

void MainWindow::updateState()
{
    m_status->showCheckState(m_controller->state(), m_controller->diagnostics());
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
    const QString name = session()->displayName();
    const QString root = workspace() ? QFileInfo(workspace()->rootPath()).fileName() : QString();
    setWindowTitle((root.isEmpty() ? tr("%1[*] — Specwright").arg(name)
                                   : tr("%1[*] — %2 — Specwright").arg(name, root)));
    setWindowModified(editor()->document()->isModified());
}

// --- files ------------------------------------------------------------------------------------

bool MainWindow::openFileAt(const QString &path, int line)
{
    if (QFileInfo(path).absoluteFilePath() != session()->filePath() && !openFile(path))
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

void MainWindow::openFileAndSection(const QString &file, const QString &id)
{
    if ((file == session()->filePath() || openFile(file)) && !id.isEmpty()) {
        if (m_controller->isCurrent())
            jumpToSection(id);
        else
            m_pendingSection = id; // jumps when the opened file's model arrives
    }
}

// --- session and recovery ----------------------------------------------------------------------

void MainWindow::saveSession() const
{
    AppSettings::Session s;
    s.file = session()->filePath();
    s.cursor = editor()->textCursor().position();
    s.splitter = m_split->splitter()->saveState();
    s.geometry = saveGeometry();
    s.windowState = saveState();
    s.wordWrap = editor()->wordWrap();
    s.zoom = editor()->zoomSteps();
    AppSettings::saveSession(s);
    m_documents->rememberPositions(); // the open files, and where each stood
}

void MainWindow::restoreSession()
{
    const AppSettings::Session s = AppSettings::loadSession();
    restoreGeometry(s.geometry);
    restoreState(s.windowState);
    m_split->splitter()->restoreState(s.splitter);
    editorPane()->action(EditorPane::Action::WordWrap)->setChecked(s.wordWrap);
    editorStack()->zoomBy(s.zoom);
    if (!s.workspace.isEmpty() && QFileInfo(s.workspace).isDir() &&
        (s.file.isEmpty() || s.file.startsWith(s.workspace + QLatin1Char('/'))))
        openWorkspace(s.workspace);
    QStringList files = SessionFiles::openFiles();
    files.append(s.file); // the one shown at exit: opened last, so it is shown
    for (const QString &file : std::as_const(files))
        if (!file.isEmpty() && QFileInfo::exists(file))
            openFile(file);        // where it stood (SessionFiles)
    m_documents->offerStartPage(); // nothing open: the start page
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSession();
    m_documents->markAllClean();
    event->accept();
}

} // namespace Specwright
