// The about dialog names the version and the licence of every library Specwright ships with.
#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Specwright;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndLicences()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(SPECWRIGHT_VERSION));
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"))
                    ->text()
                    .contains(QStringLiteral(SPECWRIGHT_VERSION)));

        auto *table = dialog.findChild<QTreeWidget *>(QStringLiteral("components"));
        QHash<QString, QString> licences;
        for (int row = 0; row < table->topLevelItemCount(); ++row)
            licences.insert(table->topLevelItem(row)->text(0).section(u' ', 0, 0),
                            table->topLevelItem(row)->text(2));
        QVERIFY(licences.value(QStringLiteral("Qt")).startsWith(u"LGPL-3.0"));
        QCOMPARE(licences.value(QStringLiteral("cmark-gfm")), QStringLiteral("BSD-2-Clause"));
        QVERIFY(licences.value(QStringLiteral("libgit2")).contains(u"linking exception"));
        QCOMPARE(licences.value(QStringLiteral("toml++")), QStringLiteral("MIT"));
        QVERIFY(licences.value(QStringLiteral("dtl")).startsWith(u"BSD"));
        int kde = 0;
        for (const auto &c : AboutDialog::components())
            kde += c.name.startsWith(u"KDE Frameworks") ? 1 : 0;
        QCOMPARE(kde, 3);
        QCOMPARE(table->topLevelItemCount(), int(AboutDialog::components().size()));

        QDir().mkpath(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(dialog.grab().save(
            QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/about_dialog.png")));

        // The Close button closes it.
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
