// The editors (one per open buffer, EditorStack) with the find/replace bar and the editing
// actions (find, replace, go to line, zoom, word wrap, quick fix), which act on the editor on
// show. The actions carry their shortcuts and work when the pane is in any window; a main
// window can also put them in its menus.
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;

namespace Specwright {

class EditorStack;
class FindReplaceBar;
class SpecEditor;

class EditorPane : public QWidget
{
    Q_OBJECT
public:
    enum class Action
    {
        Find,
        Replace,
        FindNext,
        FindPrevious,
        GoToLine,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        WordWrap,
        QuickFix
    };

    explicit EditorPane(QWidget *parent = nullptr);

    // The editor on show.
    SpecEditor *editor() const;
    EditorStack *stack() const { return m_stack; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QAction *action(Action which) const;
    QList<QAction *> actions() const;

    // Asks for a line number (Ctrl+G).
    void goToLineDialog();

private:
    QAction *makeAction(Action which, const QString &text, const QList<QKeySequence> &keys,
                        const QString &icon);

    EditorStack *m_stack;
    FindReplaceBar *m_findBar;
    QPointer<SpecEditor> m_searched; // the editor the find bar marks matches in
    QHash<int, QAction *> m_actions;
};

} // namespace Specwright
