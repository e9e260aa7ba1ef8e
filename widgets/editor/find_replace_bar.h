// The find/replace strip under the editor: plain or regular-expression search, case and whole
// word options, replace one / replace all (one undo step).
#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Specwright {

class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Shows the bar with focus in the search field; the editor's selection seeds it.
    void showFind();
    void showReplace();

    void setSearchText(const QString &text);
    void setReplaceText(const QString &text);
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);

    bool findNext();
    bool findPrevious();
    bool replaceCurrent(); // replaces the current match, then finds the next
    int replaceAll();      // returns the number of replacements
    QString statusText() const;

    QLineEdit *searchField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    bool currentSelectionMatches() const;
    QString replacementFor(const QString &matched) const;
    void setStatus(const QString &text, bool error = false);
    QTextDocument::FindFlags flags(bool backward) const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QLabel *m_status;
};

} // namespace Specwright
