#include "writing_integration.h"

#include "editor_stack.h"
#include "main_actions.h"
#include "main_window.h"
#include "shortcut_reference_dialog.h"
#include "spec_editor.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QToolBar>

namespace Specwright {

WritingIntegration *WritingIntegration::install(MainWindow *window)
{
    return new WritingIntegration(window);
}

WritingIntegration::WritingIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("writingIntegration"));
    MainActions *actions = window->actions();
    EditorStack *editors = window->editorStack();

    // Clipboard actions after Undo / Redo, enabled as the editor allows.
    QMenu *edit = actions->menu(MainActions::Menu::Edit);
    // Right after Redo (found by its standard shortcut), else at the top.
    QAction *before = edit->actions().value(0);
    const QList<QAction *> editActions = edit->actions();
    for (qsizetype i = 0; i < editActions.size(); ++i)
        if (QKeySequence::keyBindings(QKeySequence::Redo).contains(editActions.at(i)->shortcut()))
            before = editActions.value(i + 1);
    const struct
    {
        QString text;
        QKeySequence keys;
        QString icon;
        QString name;
    } clipboard[] = {
        {tr("Cu&t"), QKeySequence::Cut, QStringLiteral("edit-cut"), QStringLiteral("actionCut")},
        {tr("&Copy"), QKeySequence::Copy, QStringLiteral("edit-copy"),
         QStringLiteral("actionCopy")},
        {tr("&Paste"), QKeySequence::Paste, QStringLiteral("edit-paste"),
         QStringLiteral("actionPaste")},
        {tr("Select &All"), QKeySequence::SelectAll, QStringLiteral("edit-select-all"),
         QStringLiteral("actionSelectAll")},
    };
    QList<QAction *> made;
    for (const auto &c : clipboard) {
        auto *a = new QAction(QIcon::fromTheme(c.icon), c.text, window);
        a->setObjectName(c.name);
        a->setShortcut(c.keys);
        // The editor handles these keys itself; the menu entries are for mouse users.
        a->setShortcutContext(Qt::WidgetShortcut);
        edit->insertAction(before, a);
        made.append(a);
    }
    edit->insertSeparator(before);
    // On the editor on show (each open document has its own).
    connect(made[0], &QAction::triggered, this, [window] { window->editor()->cut(); });
    connect(made[1], &QAction::triggered, this, [window] { window->editor()->copy(); });
    connect(made[2], &QAction::triggered, this, [window] { window->editor()->paste(); });
    connect(made[3], &QAction::triggered, this, [window] { window->editor()->selectAll(); });
    made[0]->setEnabled(false);
    made[1]->setEnabled(false);
    connect(editors, &EditorStack::copyAvailable, made[0], &QAction::setEnabled);
    connect(editors, &EditorStack::copyAvailable, made[1], &QAction::setEnabled);

    m_focus = actions->add(MainActions::Menu::View, tr("&Focus Mode"), QKeySequence(Qt::Key_F11),
                           QStringLiteral("view-fullscreen"));
    m_focus->setObjectName(QStringLiteral("actionFocusMode"));
    m_focus->setCheckable(true);
    connect(m_focus, &QAction::toggled, this, &WritingIntegration::setFocusMode);

    m_shortcuts = actions->add(MainActions::Menu::Help, tr("&Keyboard Shortcuts"), {},
                               QStringLiteral("configure-shortcuts"));
    m_shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        ShortcutReferenceDialog dialog(m_window);
        dialog.exec();
    });

    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        updateToolTips(bar);
        bar->installEventFilter(this);
    }
}

QString WritingIntegration::toolTipFor(const QAction *action)
{
    const QString text = MainActions::plainText(action->text());
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys);
}

void WritingIntegration::updateToolTips(QToolBar *bar)
{
    for (QAction *action : bar->actions()) {
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        // An action that set a tooltip of its own keeps it unless it lacks the shortcut.
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!action->toolTip().contains(keys))
            action->setToolTip(toolTipFor(action));
    }
}

bool WritingIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ActionAdded || event->type() == QEvent::ActionChanged)
        if (auto *bar = qobject_cast<QToolBar *>(watched))
            updateToolTips(bar);
    return QObject::eventFilter(watched, event);
}

void WritingIntegration::setFocusMode(bool on)
{
    if (on == m_inFocus)
        return;
    m_inFocus = on;
    if (on) {
        m_layoutBeforeFocus = m_window->saveState();
        m_wasMaximized = m_window->isMaximized();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->hide();
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            bar->hide();
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        m_window->showFullScreen();
        m_window->editor()->setFocus();
    } else {
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        m_window->restoreState(m_layoutBeforeFocus);
        if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
}

} // namespace Specwright
