// A message bar above the editor for questions that must not block the window (changed on
// disk, crash recovery), like KTextEditor's KateModOnHdPrompt: text and a row of buttons; a
// button runs its action and closes the bar. One prompt at a time; a new one replaces it.
#pragma once

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Specwright {

class InlinePromptBar : public QFrame
{
    Q_OBJECT
public:
    struct Action
    {
        QString objectName; // for tests and style sheets
        QString text;
        std::function<void()> run;
    };

    explicit InlinePromptBar(QWidget *parent = nullptr);

    // Shows `text` with one button per action (the first is the default). `id` names the
    // question (e.g. "modifiedOnDisk"), so a repeat of the same question can be recognised.
    void showPrompt(const QString &id, const QString &text, const QList<Action> &actions);
    void dismiss();
    QString promptId() const { return m_id; }
    QString text() const;

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QString m_id;
};

} // namespace Specwright
