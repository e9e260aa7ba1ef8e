// Qt's standard dialog buttons ("OK", "Save", "Cancel", ...) have no keyboard mnemonics
// outside KDE's platform theme; this gives them Alt+letter access keys, translated.
#pragma once

#include <QCoreApplication>

class QDialogButtonBox;
class QMessageBox;

namespace Specwright {

class ButtonMnemonics
{
    Q_DECLARE_TR_FUNCTIONS(Specwright::ButtonMnemonics)
public:
    static void apply(QDialogButtonBox *buttons);
    static void apply(QMessageBox *box);
};

} // namespace Specwright
