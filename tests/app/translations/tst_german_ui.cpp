// Starts the main window under de_DE and checks that its menus and actions are German: each
// English action text that the German .ts file translates must show that translation.
#include "about_dialog.h"
#include "desktop_menus.h"
#include "icon_theme_setup.h"
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
#include <QTest>
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
    QList<ActionText> m_english;

private Q_SLOTS:
    void initTestCase()
    {
        // The English texts first, with no translator installed.
        QVERIFY(
            !TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        MainWindow english;
        DesktopMenus::install(english);
        m_english = actionTexts(english);

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

    void mainWindowActionsAreGerman()
    {
        const QHash<QString, QString> german = germanCatalogue();
        MainWindow window;
        DesktopMenus::install(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<ActionText> shown = actionTexts(window);
        QCOMPARE(shown.size(), m_english.size());
        int translated = 0;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const QString &english = m_english.at(i).text;
            if (!german.contains(english) || german.value(english) == english)
                continue;
            QCOMPARE(shown.at(i).text, german.value(english));
            ++translated;
        }
        qInfo("%d of %d action texts checked in German", translated, int(shown.size()));
        // The File menu, when the window has one, reads "Datei".
        for (const ActionText &menu : m_english)
            if (menu.objectName == u"menu" && menu.text == u"&File")
                QVERIFY(std::any_of(shown.begin(), shown.end(),
                                    [](const ActionText &a) { return a.text == u"&Datei"; }));
        QVERIFY(std::any_of(shown.begin(), shown.end(),
                            [](const ActionText &a) { return a.text == u"&Einstellungen …"; }));
        QVERIFY(translated >= 10);
        QDir().mkpath(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(
            QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/main_window_de.png")));
    }

    void dialogsAreGerman()
    {
        SettingsDialog settings;
        QCOMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
        // Qt's own strings come from qtbase_de.qm.
        auto *box = settings.findChild<QDialogButtonBox *>();
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
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
