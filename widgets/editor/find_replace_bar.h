// The find/replace strip under the editor: plain or regular-expression search, case and whole
// word options, replace one / replace all (one undo step), "n of N" and every match marked.
#pragma once

#include <QPointer>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace Specwright {

class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Searches another editor (another open document is on show): the previous one's marks
    // go, and an open bar counts the matches in the new one.
    void setEditor(QPlainTextEdit *editor);

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
    // Matches of the current search in the whole document (counted up to kMaxCounted).
    int matchCount() const { return int(m_matches.size()); }

    static constexpr int kMaxCounted = 10000;

    QLineEdit *searchField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

Q_SIGNALS:
    // The matches to mark in the editor; empty when the bar is hidden or nothing matches.
    void matchesChanged(const QList<QTextCursor> &matches);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool find(bool backward);
    bool currentSelectionMatches() const;
    QString replacementFor(const QString &matched) const;
    void setStatus(const QString &text, bool error = false);
    QTextDocument::FindFlags flags(bool backward) const;
    // The search as an expression (plain text escaped); invalid when the user's regex is.
    QRegularExpression expression() const;
    void recountMatches();
    void showPosition(const QTextCursor &found);
    void followEditor();

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QLabel *m_status;
    QTimer *m_recount;
    QList<QTextCursor> m_matches;
};

} // namespace Specwright
