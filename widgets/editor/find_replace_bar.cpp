#include "find_replace_bar.h"

#include "spec_editor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

namespace Specwright {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_regex(new QCheckBox(tr("Re&gex"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_words(new QCheckBox(tr("&Whole words"), this))
    , m_status(new QLabel(this))
    , m_recount(new QTimer(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_find->setClearButtonEnabled(true);
    // Long status texts ("17 replacements") must never squeeze the fields.
    m_find->setMinimumWidth(m_find->fontMetrics().averageCharWidth() * 24);
    m_replace->setMinimumWidth(m_find->minimumWidth());
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(m_find->fontMetrics().averageCharWidth() * 22);
    m_status->setObjectName(QStringLiteral("findStatus"));
    // Counting runs after a short pause in typing, not per keystroke.
    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, &FindReplaceBar::recountMatches);

    auto *next = new QPushButton(tr("&Next"), this);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *replaceOne = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), m_replaceRow);
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(next, 0, 1);
    layout->addWidget(previous, 0, 2);
    auto *options = new QHBoxLayout;
    options->addWidget(m_regex);
    options->addWidget(m_case);
    options->addWidget(m_words);
    options->addWidget(m_status, 1);
    layout->addLayout(options, 0, 3);
    layout->addWidget(close, 0, 4);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceAllButton);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    // QLineEdit reports Shift+Enter as returnPressed too: that one searches backwards.
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier))
            findPrevious();
        else
            findNext();
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        setStatus({});
        m_recount->start();
    });
    for (QCheckBox *option : {m_regex, m_case, m_words})
        connect(option, &QCheckBox::toggled, m_recount, qOverload<>(&QTimer::start));
    followEditor();
    hide();
}

void FindReplaceBar::followEditor()
{
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible() && !m_find->text().isEmpty())
            m_recount->start();
    });
}

void FindReplaceBar::setEditor(QPlainTextEdit *editor)
{
    if (!editor || editor == m_editor)
        return;
    disconnect(m_editor, nullptr, this, nullptr);
    // The marks were the previous editor's (the stack sends them to the editor on show).
    m_matches.clear();
    m_editor = editor;
    followEditor();
    if (isVisible() && !m_find->text().isEmpty())
        m_recount->start();
}

void FindReplaceBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    m_replaceRow->hide();
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
    if (!m_find->text().isEmpty())
        m_replace->setFocus();
}

void FindReplaceBar::setSearchText(const QString &text)
{
    m_find->setText(text);
}
void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}
void FindReplaceBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}
void FindReplaceBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}
void FindReplaceBar::setWholeWords(bool on)
{
    m_words->setChecked(on);
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #da4453;") : QString());
}

QTextDocument::FindFlags FindReplaceBar::flags(bool backward) const
{
    QTextDocument::FindFlags f;
    if (backward)
        f |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        f |= QTextDocument::FindCaseSensitively;
    if (m_words->isChecked())
        f |= QTextDocument::FindWholeWords;
    return f;
}

QRegularExpression FindReplaceBar::expression() const
{
    QString pattern =
        m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_words->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    return QRegularExpression(pattern, m_case->isChecked()
                                           ? QRegularExpression::NoPatternOption
                                           : QRegularExpression::CaseInsensitiveOption);
}

void FindReplaceBar::recountMatches()
{
    m_recount->stop();
    m_matches.clear();
    const QRegularExpression re = expression();
    if (isVisible() && !m_find->text().isEmpty() && re.isValid()) {
        QTextDocument *doc = m_editor->document();
        const QString text = doc->toRawText();
        auto it = re.globalMatchView(text);
        while (it.hasNext() && m_matches.size() < kMaxCounted) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            QTextCursor c(doc);
            c.setPosition(int(m.capturedStart()));
            c.setPosition(int(m.capturedEnd()), QTextCursor::KeepAnchor);
            m_matches.append(c);
        }
        if (m_matches.isEmpty())
            setStatus(tr("Not found"), true);
        else if (m_status->text().isEmpty() || m_status->text() == tr("Not found"))
            setStatus(tr("%n match(es)", nullptr, int(m_matches.size())));
    }
    Q_EMIT matchesChanged(m_matches);
}

void FindReplaceBar::showPosition(const QTextCursor &found)
{
    if (m_recount->isActive() || m_matches.isEmpty())
        recountMatches();
    int index = -1;
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).selectionStart() == found.selectionStart()) {
            index = i;
            break;
        }
    }
    const QString line = tr("line %1").arg(found.blockNumber() + 1);
    if (index < 0)
        setStatus(line);
    else if (m_matches.size() >= kMaxCounted)
        setStatus(tr("%1 of %2+, %3").arg(index + 1).arg(kMaxCounted).arg(line));
    else
        setStatus(tr("%1 of %2, %3").arg(index + 1).arg(m_matches.size()).arg(line));
}

void FindReplaceBar::hideEvent(QHideEvent *event)
{
    m_matches.clear();
    Q_EMIT matchesChanged(m_matches);
    QWidget::hideEvent(event);
}

bool FindReplaceBar::find(bool backward)
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return false;
    QTextDocument *doc = m_editor->document();
    QTextCursor from = m_editor->textCursor();
    QTextCursor found;
    if (m_regex->isChecked()) {
        QRegularExpression re(needle, m_case->isChecked()
                                          ? QRegularExpression::NoPatternOption
                                          : QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid()) {
            setStatus(tr("Invalid expression: %1").arg(re.errorString()), true);
            return false;
        }
        found = doc->find(re, from, flags(backward));
        if (found.isNull()) { // wrap around
            QTextCursor start(doc);
            if (backward)
                start.movePosition(QTextCursor::End);
            found = doc->find(re, start, flags(backward));
        }
    } else {
        found = doc->find(needle, from, flags(backward));
        if (found.isNull()) {
            QTextCursor start(doc);
            if (backward)
                start.movePosition(QTextCursor::End);
            found = doc->find(needle, start, flags(backward));
        }
    }
    if (found.isNull()) {
        setStatus(tr("Not found"), true);
        return false;
    }
    auto *specEditor = qobject_cast<SpecEditor *>(m_editor);
    if (specEditor && found.blockNumber() != m_editor->textCursor().blockNumber())
        Q_EMIT specEditor->jumpStarting(); // a search result elsewhere: Back returns here
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    showPosition(found);
    return true;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}
bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::currentSelectionMatches() const
{
    const QTextCursor c = m_editor->textCursor();
    if (!c.hasSelection())
        return false;
    const QString selected = c.selectedText();
    if (m_regex->isChecked()) {
        QRegularExpression re(QRegularExpression::anchoredPattern(m_find->text()),
                              m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                  : QRegularExpression::CaseInsensitiveOption);
        return re.isValid() && re.match(selected).hasMatch();
    }
    return selected.compare(m_find->text(),
                            m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

QString FindReplaceBar::replacementFor(const QString &matched) const
{
    if (!m_regex->isChecked())
        return m_replace->text();
    // Regex replacements may use \1 captures, as QString::replace does.
    QRegularExpression re(QRegularExpression::anchoredPattern(m_find->text()),
                          m_case->isChecked() ? QRegularExpression::NoPatternOption
                                              : QRegularExpression::CaseInsensitiveOption);
    QString result = matched;
    return result.replace(re, m_replace->text());
}

bool FindReplaceBar::replaceCurrent()
{
    if (!currentSelectionMatches() && !find(false))
        return false;
    QTextCursor c = m_editor->textCursor();
    c.insertText(replacementFor(c.selectedText()));
    m_editor->setTextCursor(c);
    find(false);
    return true;
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument *doc = m_editor->document();
    QRegularExpression re;
    if (m_regex->isChecked()) {
        re = QRegularExpression(needle, m_case->isChecked()
                                            ? QRegularExpression::NoPatternOption
                                            : QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid()) {
            setStatus(tr("Invalid expression: %1").arg(re.errorString()), true);
            return 0;
        }
    }
    int count = 0;
    QTextCursor edit(doc);
    edit.beginEditBlock(); // one undo step
    QTextCursor at(doc);
    while (true) {
        const QTextCursor found = m_regex->isChecked() ? doc->find(re, at, flags(false))
                                                       : doc->find(needle, at, flags(false));
        if (found.isNull())
            break;
        QTextCursor c = found;
        const bool empty = !c.hasSelection();
        c.insertText(replacementFor(found.selectedText()));
        ++count;
        at = c;
        if (empty) { // an empty match must still advance
            if (at.atEnd())
                break;
            at.movePosition(QTextCursor::NextCharacter);
        }
    }
    edit.endEditBlock();
    recountMatches();
    setStatus(tr("%n replacement(s)", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Specwright
