// The editor with its find/replace bar and the editing actions (find, replace, go to line,
// zoom, word wrap, quick fix). The actions carry their shortcuts and work when the pane is
// in any window; a main window can also put them in its menus.
#pragma once

#include <QWidget>

class QAction;

namespace Specwright {

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

    SpecEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QAction *action(Action which) const;
    QList<QAction *> actions() const;

    // Asks for a line number (Ctrl+G).
    void goToLineDialog();

private:
    QAction *makeAction(Action which, const QString &text, const QList<QKeySequence> &keys,
                        const QString &icon);

    SpecEditor *m_editor;
    FindReplaceBar *m_findBar;
    QHash<int, QAction *> m_actions;
};

} // namespace Specwright
