// The Specwright IDE.
#include "desktop_menus.h"
#include "icon_theme_setup.h"
#include "main_window.h"
#include "translation_loader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// The command line, parsed before any window system is needed: --help and --version work
// without a display.
QStringList parseArguments(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Spec-authoring IDE"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate("main", "A workspace folder or spec file to open."));
    parser.process(app); // prints and exits for --help, --version and unknown options
    return parser.positionalArguments();
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Specwright"));
    QCoreApplication::setOrganizationName(QStringLiteral("Specwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPECWRIGHT_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList paths;
    {
        QCoreApplication console(argc, argv);
        describeApplication();
        Specwright::TranslationLoader::install(console);
        paths = parseArguments(console);
    }

    QApplication app(argc, argv);
    describeApplication();
    Specwright::TranslationLoader::install(app);
    Specwright::IconThemeSetup::apply();

    Specwright::MainWindow window;
    Specwright::DesktopMenus::install(window);
    if (!paths.isEmpty())
        window.openPath(paths.first());
    else
        window.restoreSession();
    window.show();
    window.offerRecovery(); // after a crash: offer the autosaved text
    return app.exec();
}
