// The settings dialog, driven by real key presses and clicks, stores its values with QSettings.
#include "app_settings.h"
#include "settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    static QPushButton *button(SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(which);
    }

    static void retype(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SpecwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("SettingsDialogTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    }

    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        SettingsDialog dialog;
        const AppSettings shown = dialog.current();
        QCOMPARE(shown.theme, AppSettings::Theme::FollowSystem);
        QCOMPARE(shown.lintProfile, QString());
        QCOMPARE(shown.llmBaseUrl, AppSettings().llmBaseUrl);
        QCOMPARE(shown.editorFontSize, 11);
    }

    void okStoresWhatWasTyped()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);

        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
        theme->setFocus();
        QTest::keyClick(theme, Qt::Key_Down);
        QTest::keyClick(theme, Qt::Key_Down);
        QCOMPARE(theme->currentText(), QStringLiteral("Dark"));

        retype(dialog.findChild<QSpinBox *>(QStringLiteral("editorFontSize")),
               QStringLiteral("14"));
        auto *profile = dialog.findChild<QComboBox *>(QStringLiteral("lintProfile"));
        profile->setFocus();
        QTest::keyClick(profile, Qt::Key_Down);
        QTest::keyClick(profile, Qt::Key_Down);
        retype(dialog.findChild<QLineEdit *>(QStringLiteral("llmBaseUrl")),
               QStringLiteral("http://127.0.0.1:11434/v1"));
        retype(dialog.findChild<QLineEdit *>(QStringLiteral("llmModel")),
               QStringLiteral("llama3.2"));

        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);

        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(settings.value(QStringLiteral("editor/fontSize")).toInt(), 14);
        QCOMPARE(settings.value(QStringLiteral("lint/profile")).toString(),
                 QStringLiteral("model-spec"));
        QCOMPARE(settings.value(QStringLiteral("llm/baseUrl")).toString(),
                 QStringLiteral("http://127.0.0.1:11434/v1"));
        QCOMPARE(settings.value(QStringLiteral("llm/model")).toString(),
                 QStringLiteral("llama3.2"));
        // The API key never lands in a settings file.
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"key", Qt::CaseInsensitive), qPrintable(key));

        const auto emitted = changed.first().first().value<AppSettings>();
        QCOMPARE(emitted, AppSettings::load());

        // A new dialog shows what was stored.
        SettingsDialog again;
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("theme"))->currentText(),
                 QStringLiteral("Dark"));
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("editorFontSize"))->value(), 14);

        const QString shot =
            QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/settings_dialog.png");
        QDir().mkpath(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(dialog.grab().save(shot));
    }

    void badUrlIsNeverStored()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("llmBaseUrl"));
        retype(url, QStringLiteral("localhost:8080"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("urlProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"localhost:8080"));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(url, Qt::Key_Return); // Enter must not store it either
        QVERIFY(!QSettings().contains(QStringLiteral("llm/baseUrl")));
        QCOMPARE(changed.count(), 0);

        // Fixing the URL enables OK again; nothing else typed was lost.
        retype(url, QStringLiteral("https://api.example.org/v1"));
        QVERIFY(!problem->isVisible());
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    }

    void cancelStoresNothing()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(dialog.findChild<QLineEdit *>(QStringLiteral("llmModel")),
               QStringLiteral("discarded"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QSettings().contains(QStringLiteral("llm/model")));
    }

    void applyThenRestoreDefaults()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        retype(dialog.findChild<QLineEdit *>(QStringLiteral("llmModel")), QStringLiteral("m1"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("llm/model")).toString(), QStringLiteral("m1"));
        QVERIFY(dialog.isVisible()); // Apply keeps the dialog open

        QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("llmModel"))->text(), QString());
        QCOMPARE(QSettings().value(QStringLiteral("llm/model")).toString(), QStringLiteral("m1"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(QSettings().value(QStringLiteral("llm/model")).toString(), QString());
    }

    void unknownStoredValuesFallBack()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        settings.setValue(QStringLiteral("lint/profile"), QStringLiteral("nonsense"));
        settings.setValue(QStringLiteral("editor/fontSize"), 1000);
        const AppSettings loaded = AppSettings::load();
        QCOMPARE(loaded.theme, AppSettings::Theme::FollowSystem);
        QCOMPARE(loaded.lintProfile, QString());
        QCOMPARE(loaded.editorFontSize, 11);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
