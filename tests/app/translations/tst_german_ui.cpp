// Starts the main window under de_DE and checks that its menus and actions are German: no
// action may show an English text that the German .ts file translates.
#include "about_dialog.h"
#include "desktop_menus.h"
#include "icon_theme_setup.h"
#include "intent_outline.h"
#include "main_window.h"
#include "settings_dialog.h"
#include "translation_loader.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace Specwright;

namespace {

// source text -> German, from the committed .ts file (the .qm is compiled from it).
QHash<QString, QString> germanCatalogue()
{
    QHash<QString, QString> map;
    QFile file(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/translations/specwright_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return map;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" && xml.attributes().value(u"type") != u"unfinished")
            map.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return map;
}

struct ActionText
{
    QString objectName;
    QString text;
};

// Menu titles and every action of the window, in creation order.
QList<ActionText> actionTexts(const QMainWindow &window)
{
    QList<ActionText> texts;
    for (const QAction *action : window.menuBar()->actions())
        texts.append({QStringLiteral("menu"), action->text()});
    for (const QAction *action : window.findChildren<QAction *>())
        if (!action->text().isEmpty() && !action->isSeparator())
            texts.append({action->objectName(), action->text()});
    return texts;
}

} // namespace

class TestGermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English needs no translator; then German, before any window caches a string.
        QVERIFY(
            !TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(TranslationLoader::install(*qApp));
        IconThemeSetup::apply();
    }

    void catalogueIsComplete()
    {
        const QHash<QString, QString> german = germanCatalogue();
        QVERIFY(german.size() > 50);
        QCOMPARE(german.value(QStringLiteral("Settings")), QStringLiteral("Einstellungen"));
    }

    // No action shows an English text the catalogue translates.
    void mainWindowActionsAreGerman()
    {
        const QHash<QString, QString> german = germanCatalogue();
        QSet<QString> germanTexts;
        for (const QString &text : german)
            germanTexts.insert(text);
        MainWindow window;
        DesktopMenus::install(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<ActionText> shown = actionTexts(window);
        int translated = 0;
        for (const ActionText &action : shown) {
            const bool untranslated =
                german.contains(action.text) && german.value(action.text) != action.text;
            QVERIFY2(!untranslated, qPrintable(QStringLiteral("untranslated: ") + action.text));
            translated += germanTexts.contains(action.text) ? 1 : 0;
        }
        qInfo("%d of %d action texts are German", translated, int(shown.size()));
        QVERIFY(translated >= 10);
        const auto has = [&shown](const QString &text) {
            return std::any_of(shown.begin(), shown.end(),
                               [&text](const ActionText &a) { return a.text == text; });
        };
        QVERIFY(has(QStringLiteral("&Datei")));
        QVERIFY(has(QStringLiteral("&Einstellungen …")));
        QDir().mkpath(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(
            QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/main_window_de.png")));
    }

    // The outline's column headers come from its item model: German too, not just the widgets'.
    void outlineHeadersAreGerman()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QAbstractItemModel *model = window.outline()->tree()->model();
        QVERIFY(model);
        QStringList headers;
        for (int c = 0; c < model->columnCount(); ++c)
            headers.append(model->headerData(c, Qt::Horizontal).toString());
        QVERIFY2(headers.contains(QStringLiteral("Absicht")), qPrintable(headers.join(u',')));
        QVERIFY2(headers.contains(QStringLiteral("Prüfung")), qPrintable(headers.join(u',')));
        QVERIFY2(!headers.contains(QStringLiteral("Intent")), qPrintable(headers.join(u',')));
    }

    void dialogsAreGerman()
    {
        SettingsDialog settings;
        QCOMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
        // Qt's own strings come from qtbase_de.qm.
        auto *box = settings.findChild<QDialogButtonBox *>();
        // (with an access key added: "&Abbrechen")
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text().remove(u'&'),
                 QStringLiteral("Abbrechen"));
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.grab().save(
            QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/settings_dialog_de.png")));

        AboutDialog about;
        QCOMPARE(about.windowTitle(), QStringLiteral("Über Specwright"));
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QVERIFY(about.grab().save(
            QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/about_dialog_de.png")));
    }
};

QTEST_MAIN(TestGermanUi)
#include "tst_german_ui.moc"
