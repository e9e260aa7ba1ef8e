#include "button_mnemonics.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QSet>

namespace Specwright {

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

void assign(const QList<QAbstractButton *> &buttons)
{
    QSet<QChar> used;
    for (const QAbstractButton *button : buttons)
        if (const QChar m = mnemonicOf(button->text()); !m.isNull())
            used.insert(m);
    for (QAbstractButton *button : buttons) {
        const QString text = button->text();
        if (text.isEmpty() || !mnemonicOf(text).isNull())
            continue;
        qsizetype chosen = -1;
        // Word starts first ("Save &All" before "Sa&ve All"), then any letter or digit.
        for (int pass = 0; pass < 2 && chosen < 0; ++pass)
            for (qsizetype i = 0; i < text.size() && chosen < 0; ++i) {
                const QChar c = text.at(i);
                const bool wordStart = i == 0 || text.at(i - 1).isSpace();
                if (c.isLetterOrNumber() && (pass == 1 || wordStart) && !used.contains(c.toLower()))
                    chosen = i;
            }
        if (chosen < 0)
            continue;
        used.insert(text.at(chosen).toLower());
        button->setText(QString(text).insert(chosen, u'&'));
    }
}

} // namespace

void ButtonMnemonics::apply(QDialogButtonBox *buttons)
{
    assign(buttons->buttons());
}

void ButtonMnemonics::apply(QMessageBox *box)
{
    assign(box->buttons());
}

} // namespace Specwright
