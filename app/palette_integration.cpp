#include "palette_integration.h"

#include "document_session.h"
#include "main_actions.h"
#include "main_window.h"
#include "quick_picker.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

namespace Specwright {

namespace {

// Every file below root that a writer may want to open, relative to root, sorted; folders
// that hold no sources (git's, build output, dependencies) are skipped.
QStringList listFiles(const QString &root)
{
    static const QStringList skipped = {QStringLiteral(".git"), QStringLiteral("build"),
                                        QStringLiteral("node_modules"),
                                        QStringLiteral(".specwright")};
    QStringList files;
    QStringList folders = {root};
    const QDir base(root);
    while (!folders.isEmpty() && files.size() < PaletteIntegration::kMaxFiles) {
        const QDir dir(folders.takeFirst());
        const QFileInfoList entries = dir.entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isSymLink())
                continue; // never leave the workspace through a link
            if (entry.isDir()) {
                if (!skipped.contains(entry.fileName()))
                    folders.append(entry.filePath());
            } else if (entry.isFile()) {
                files.append(base.relativeFilePath(entry.filePath()));
                if (files.size() >= PaletteIntegration::kMaxFiles)
                    break;
            }
        }
    }
    files.sort();
    return files;
}

// The menu's actions with their menu path ("File › Save"), submenus included.
void collectActions(QMenu *menu, const QString &path, QList<QuickPicker::Item> &out,
                    const QAction *except)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || action == except || !action->isVisible())
            continue;
        const QString name = path + QStringLiteral(" › ") + MainActions::plainText(action->text());
        if (action->menu()) {
            collectActions(action->menu(), name, out, except);
            continue;
        }
        if (!action->isEnabled() || action->text().isEmpty())
            continue;
        out.append({name, action->shortcut().toString(QKeySequence::NativeText),
                    QVariant::fromValue(static_cast<QObject *>(action)), action->icon()});
    }
}

} // namespace

PaletteIntegration *PaletteIntegration::install(MainWindow *window)
{
    return new PaletteIntegration(window);
}

PaletteIntegration::PaletteIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_commands(new QuickPicker(window))
    , m_files(new QuickPicker(window))
{
    setObjectName(QStringLiteral("paletteIntegration"));
    m_commands->setObjectName(QStringLiteral("commandPalette"));
    m_files->setObjectName(QStringLiteral("quickOpen"));
    m_commands->setPlaceholderText(tr("Type the name of a command"));
    m_files->setPlaceholderText(tr("Type the name of a file in the workspace"));

    MainActions *actions = window->actions();
    m_filesAction = actions->add(MainActions::Menu::Go, tr("Go to &File…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("quickopen"));
    m_filesAction->setObjectName(QStringLiteral("quickOpenAction"));
    m_commandsAction =
        actions->add(MainActions::Menu::View, tr("Command &Palette…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("run-build"));
    m_commandsAction->setObjectName(QStringLiteral("commandPaletteAction"));
    connect(m_commandsAction, &QAction::triggered, this, &PaletteIntegration::showCommands);
    connect(m_filesAction, &QAction::triggered, this, &PaletteIntegration::showFiles);

    connect(m_commands, &QuickPicker::picked, this, [](const QVariant &data) {
        if (auto *action = qobject_cast<QAction *>(data.value<QObject *>()))
            action->trigger();
    });
    connect(m_files, &QuickPicker::picked, this, [this](const QVariant &data) {
        m_window->openPath(QDir(m_scanRoot).filePath(data.toString()));
    });
}

void PaletteIntegration::showScannedFiles(const QStringList &files)
{
    QList<QuickPicker::Item> items;
    items.reserve(files.size());
    for (const QString &file : files)
        items.append({file, {}, file, {}});
    m_files->setItems(std::move(items));
    if (files.isEmpty())
        m_files->setMessage(tr("No files in %1").arg(QDir::toNativeSeparators(m_scanRoot)));
    else if (files.size() >= kMaxFiles)
        m_files->setMessage(tr("Showing the first %1 files").arg(kMaxFiles));
    else
        m_files->setMessage({});
}

void PaletteIntegration::showCommands()
{
    QList<QuickPicker::Item> items;
    for (QAction *top : m_window->menuBar()->actions())
        if (top->menu())
            collectActions(top->menu(), MainActions::plainText(top->text()), items,
                           m_commandsAction);
    m_files->hide();
    m_commands->setItems(std::move(items));
    m_commands->popup();
}

void PaletteIntegration::showFiles()
{
    const Workspace::Ptr ws = m_window->workspace();
    const QString file = m_window->session()->filePath();
    const QString root = ws               ? ws->rootPath()
                         : file.isEmpty() ? QString()
                                          : QFileInfo(file).absolutePath();
    m_commands->hide();
    if (root.isEmpty()) {
        m_files->setItems({});
        m_files->setMessage(tr("Open a folder to find its files here"));
    } else if (root != m_scanRoot || !m_scan.isRunning()) {
        // Listed afresh each time, on a worker: files come and go between uses.
        m_scanRoot = root;
        m_files->setMessage(tr("Listing files…"));
        m_scan.start([root](const BackgroundTask &) { return listFiles(root); },
                     [this](const QStringList &files) { showScannedFiles(files); });
    }
    m_files->popup();
}

} // namespace Specwright
