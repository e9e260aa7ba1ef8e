// Qt's standard dialog buttons ("OK", "Save", "Cancel", ...) have no keyboard mnemonics
// outside KDE's platform theme. This gives every button of a box without one an Alt+letter
// access key, as KDE's accelerator manager does: the first free letter of its (already
// translated) text, word starts first, never one another button of the box uses.
#pragma once

class QDialogButtonBox;
class QMessageBox;

namespace Specwright {

class ButtonMnemonics
{
public:
    static void apply(QDialogButtonBox *buttons);
    static void apply(QMessageBox *box);
};

} // namespace Specwright
