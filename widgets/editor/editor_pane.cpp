#include "editor_pane.h"

#include "find_replace_bar.h"
#include "spec_editor.h"

#include <QAction>
#include <QInputDialog>
#include <QVBoxLayout>

namespace Specwright {

EditorPane::EditorPane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new SpecEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
{
    setObjectName(QStringLiteral("editorPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_editor);
    connect(m_findBar, &FindReplaceBar::matchesChanged, m_editor, &SpecEditor::setSearchMatches);

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
            &QAction::triggered, m_editor, [this] { m_editor->zoomBy(1); });
    connect(makeAction(Action::ZoomOut, tr("Zoom &Out"), {QKeySequence::ZoomOut},
                       QStringLiteral("zoom-out")),
            &QAction::triggered, m_editor, [this] { m_editor->zoomBy(-1); });
    connect(makeAction(Action::ZoomReset, tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                       QStringLiteral("zoom-original")),
            &QAction::triggered, m_editor, &SpecEditor::resetZoom);
    QAction *wrap =
        makeAction(Action::WordWrap, tr("&Word Wrap"), {QKeySequence(Qt::ALT | Qt::Key_Z)},
                   QStringLiteral("format-text-wrap"));
    wrap->setCheckable(true);
    wrap->setChecked(m_editor->wordWrap());
    connect(wrap, &QAction::toggled, m_editor, &SpecEditor::setWordWrap);
    connect(makeAction(Action::QuickFix, tr("&Quick Fix…"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Period)}, QStringLiteral("tools-wizard")),
            &QAction::triggered, m_editor, &SpecEditor::showQuickFixMenu);
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
    const int line =
        QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(m_editor->blockCount()),
                             m_editor->currentLine(), 1, m_editor->blockCount(), 1, &ok);
    if (ok)
        m_editor->goToLine(line);
}

} // namespace Specwright
