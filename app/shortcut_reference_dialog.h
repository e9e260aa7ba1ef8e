// Help > Keyboard Shortcuts: every action of the window that has a shortcut, by menu, with a
// filter field.
#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;
class QMainWindow;

namespace Specwright {

class ShortcutReferenceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutReferenceDialog(QMainWindow *window);

    QTreeWidget *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_table;
};

} // namespace Specwright
