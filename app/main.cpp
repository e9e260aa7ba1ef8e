// The Specwright IDE.
#include "desktop_menus.h"
#include "icon_theme_setup.h"
#include "main_window.h"
#include "translation_loader.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Specwright"));
    QApplication::setOrganizationName(QStringLiteral("Specwright"));
    QApplication::setApplicationVersion(QStringLiteral(SPECWRIGHT_VERSION));
    Specwright::TranslationLoader::install(app);
    Specwright::IconThemeSetup::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Spec-authoring IDE"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QApplication::translate("main", "A workspace folder or spec file to open."));
    parser.process(app);

    Specwright::MainWindow window;
    Specwright::DesktopMenus::install(window);
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());
    else
        window.restoreSession();
    window.show();
    window.offerRecovery(); // after a crash: offer the autosaved text
    return app.exec();
}
