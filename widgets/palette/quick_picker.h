// A filter-as-you-type list in a popup over its window, as VS Code's and Kate's command
// palette and quick open: Up/Down choose, Enter picks, Esc closes.
#pragma once

#include <QFrame>
#include <QIcon>
#include <QVariant>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Specwright {

class QuickPicker : public QFrame
{
    Q_OBJECT
public:
    struct Item
    {
        QString text;   // what is matched and shown
        QString detail; // shown beside it (a shortcut, a folder)
        QVariant data;  // handed back when picked
        QIcon icon;
    };

    explicit QuickPicker(QWidget *window);

    void setPlaceholderText(const QString &text);
    void setItems(QList<Item> items);
    // A note under the field while items are being gathered, or why there are none.
    void setMessage(const QString &text);
    // Shows the popup at the top of its window with an empty filter and the focus in it.
    void popup();

    QLineEdit *filterField() const { return m_filter; }
    // The texts shown now, best match first.
    QStringList shownTexts() const;

    // At most this many rows are shown (the best matches).
    static constexpr int kMaxRows = 200;

Q_SIGNALS:
    void picked(const QVariant &data);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void pickCurrent();
    void place();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_message;
    QList<Item> m_items;
};

} // namespace Specwright
