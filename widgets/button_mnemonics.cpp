#include "button_mnemonics.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace Specwright {

namespace {

// QDialogButtonBox::StandardButton and QMessageBox::StandardButton share their values.
QString mnemonicText(int button)
{
    switch (button) {
    case QDialogButtonBox::Ok:
        return ButtonMnemonics::tr("&OK");
    case QDialogButtonBox::Save:
        return ButtonMnemonics::tr("&Save");
    case QDialogButtonBox::SaveAll:
        return ButtonMnemonics::tr("Save A&ll");
    case QDialogButtonBox::Open:
        return ButtonMnemonics::tr("&Open");
    case QDialogButtonBox::Yes:
        return ButtonMnemonics::tr("&Yes");
    case QDialogButtonBox::No:
        return ButtonMnemonics::tr("&No");
    case QDialogButtonBox::Discard:
        return ButtonMnemonics::tr("&Discard");
    case QDialogButtonBox::Cancel:
        return ButtonMnemonics::tr("&Cancel");
    case QDialogButtonBox::Close:
        return ButtonMnemonics::tr("C&lose");
    case QDialogButtonBox::Apply:
        return ButtonMnemonics::tr("&Apply");
    case QDialogButtonBox::Reset:
        return ButtonMnemonics::tr("&Reset");
    case QDialogButtonBox::RestoreDefaults:
        return ButtonMnemonics::tr("Restore &Defaults");
    case QDialogButtonBox::Help:
        return ButtonMnemonics::tr("&Help");
    case QDialogButtonBox::Retry:
        return ButtonMnemonics::tr("&Retry");
    case QDialogButtonBox::Ignore:
        return ButtonMnemonics::tr("&Ignore");
    case QDialogButtonBox::Abort:
        return ButtonMnemonics::tr("A&bort");
    default:
        return {};
    }
}

} // namespace

void ButtonMnemonics::apply(QDialogButtonBox *buttons)
{
    for (QAbstractButton *button : buttons->buttons()) {
        const QString text = mnemonicText(buttons->standardButton(button));
        if (!text.isEmpty() && !button->text().contains(u'&'))
            button->setText(text);
    }
}

void ButtonMnemonics::apply(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        const QString text = mnemonicText(box->standardButton(button));
        if (!text.isEmpty() && !button->text().contains(u'&'))
            button->setText(text);
    }
}

} // namespace Specwright
