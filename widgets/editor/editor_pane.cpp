#include "editor_pane.h"

#include "editor_stack.h"
#include "find_replace_bar.h"
#include "spec_editor.h"

#include <QAction>
#include <QInputDialog>
#include <QPointer>
#include <QVBoxLayout>

namespace Specwright {

EditorPane::EditorPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new EditorStack(this))
    , m_findBar(new FindReplaceBar(m_stack->editor(), this))
{
    setObjectName(QStringLiteral("editorPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_stack->editor());
    connect(m_findBar, &FindReplaceBar::matchesChanged, this,
            [this](const QList<QTextCursor> &matches) { editor()->setSearchMatches(matches); });
    m_searched = m_stack->editor();
    connect(m_stack, &EditorStack::currentEditorChanged, this, [this](SpecEditor *shown) {
        if (m_searched && m_searched != shown)
            m_searched->setSearchMatches({}); // the bar searches the one on show now
        m_searched = shown;
        setFocusProxy(shown);
        m_findBar->setEditor(shown);
    });

    connect(
        makeAction(Action::Find, tr("&Find…"), {QKeySequence::Find}, QStringLiteral("edit-find")),
        &QAction::triggered, m_findBar, &FindReplaceBar::showFind);
    connect(makeAction(Action::Replace, tr("&Replace…"), {QKeySequence(Qt::CTRL | Qt::Key_H)},
                       QStringLiteral("edit-find-replace")),
            &QAction::triggered, m_findBar, &FindReplaceBar::showReplace);
    connect(makeAction(Action::FindNext, tr("Find &Next"), {QKeySequence::FindNext}, {}),
            &QAction::triggered, m_findBar, &FindReplaceBar::findNext);
    connect(
        makeAction(Action::FindPrevious, tr("Find Pre&vious"), {QKeySequence::FindPrevious}, {}),
        &QAction::triggered, m_findBar, &FindReplaceBar::findPrevious);
    connect(makeAction(Action::GoToLine, tr("&Go to Line…"), {QKeySequence(Qt::CTRL | Qt::Key_G)},
                       QStringLiteral("go-jump")),
            &QAction::triggered, this, &EditorPane::goToLineDialog);
    connect(makeAction(Action::ZoomIn, tr("Zoom &In"),
                       {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                       QStringLiteral("zoom-in")),
            &QAction::triggered, m_stack, [this] { m_stack->zoomBy(1); });
    connect(makeAction(Action::ZoomOut, tr("Zoom &Out"), {QKeySequence::ZoomOut},
                       QStringLiteral("zoom-out")),
            &QAction::triggered, m_stack, [this] { m_stack->zoomBy(-1); });
    connect(makeAction(Action::ZoomReset, tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                       QStringLiteral("zoom-original")),
            &QAction::triggered, m_stack, &EditorStack::resetZoom);
    QAction *wrap =
        makeAction(Action::WordWrap, tr("&Word Wrap"), {QKeySequence(Qt::ALT | Qt::Key_Z)},
                   QStringLiteral("format-text-wrap"));
    wrap->setCheckable(true);
    wrap->setChecked(m_stack->wordWrap());
    connect(wrap, &QAction::toggled, m_stack, &EditorStack::setWordWrap);
    connect(makeAction(Action::QuickFix, tr("&Quick Fix…"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Period)}, QStringLiteral("tools-wizard")),
            &QAction::triggered, this, [this] { editor()->showQuickFixMenu(); });
}

QAction *EditorPane::makeAction(Action which, const QString &text, const QList<QKeySequence> &keys,
                                const QString &icon)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    action->setObjectName(QStringLiteral("editorAction%1").arg(int(which)));
    addAction(action);
    m_actions.insert(int(which), action);
    return action;
}

SpecEditor *EditorPane::editor() const
{
    return m_stack->editor();
}

QAction *EditorPane::action(Action which) const
{
    return m_actions.value(int(which));
}

QList<QAction *> EditorPane::actions() const
{
    return QWidget::actions();
}

void EditorPane::goToLineDialog()
{
    bool ok = false;
    const QPointer<SpecEditor> shown = editor();
    const int line =
        QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(shown->blockCount()),
                             shown->currentLine(), 1, shown->blockCount(), 1, &ok);
    // The dialog runs its own event loop: another tab may be on show by now.
    if (ok && shown == editor())
        shown->goToLine(line);
}

} // namespace Specwright
