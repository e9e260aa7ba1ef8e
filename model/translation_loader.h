// Installs the translations for the user's locale: Specwright's own (embedded .qm files) and
// Qt's (qtbase_*.qm from the Qt translations folder), for the IDE and for specc.
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Specwright {

class TranslationLoader
{
public:
    // Installs the translators for `locale` (the system locale unless QLocale::setDefault was
    // called). Calling it again replaces the previous translators. Returns whether a Specwright
    // translation was found (English needs none).
    static bool install(QCoreApplication &app, const QLocale &locale = QLocale());

    // Where installed .qm files live besides the embedded ones (for distribution packagers).
    static QString installedTranslationsPath();
};

} // namespace Specwright
