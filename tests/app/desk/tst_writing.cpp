// Writing ergonomics of the main window, driven by real key events: clipboard actions in the
// Edit menu, focus mode (F11), shortcuts in toolbar tooltips, Help > Keyboard Shortcuts, the
// Settings shortcut, and light / dark themes that change the whole window.
#include "desktop_menus.h"
#include "icon_theme_setup.h"
#include "main_actions.h"
#include "main_window.h"
#include "settings_dialog.h"
#include "shortcut_reference_dialog.h"
#include "spec_editor.h"
#include "theme_palette.h"
#include "writing_integration.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace Specwright;

class TestWriting : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

    static QStringList texts(QMenu *menu)
    {
        QStringList out;
        for (QAction *a : menu->actions())
            out.append(a->isSeparator() ? QStringLiteral("-") : a->text());
        return out;
    }

    static void save(const QImage &image, const QString &name)
    {
        QDir().mkpath(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(image.save(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/%1.png").arg(name)));
    }

    // Runs `check` on the modal dialog that `trigger` opens, then closes it.
    template<typename Dialog, typename Check>
    static bool withModal(const std::function<void()> &trigger, Check check)
    {
        bool seen = false;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            check(dialog);
            seen = true;
            dialog->reject();
        });
        trigger();
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void editMenuHasTheClipboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList edit = texts(w.actions()->menu(MainActions::Menu::Edit));
        const qsizetype redo = edit.indexOf(QStringLiteral("&Redo"));
        QVERIFY(redo >= 0);
        QCOMPARE(edit.mid(redo + 1, 4),
                 (QStringList{QStringLiteral("Cu&t"), QStringLiteral("&Copy"),
                              QStringLiteral("&Paste"), QStringLiteral("Select &All")}));
        auto *copy = w.findChild<QAction *>(QStringLiteral("actionCopy"));
        auto *paste = w.findChild<QAction *>(QStringLiteral("actionPaste"));
        auto *selectAll = w.findChild<QAction *>(QStringLiteral("actionSelectAll"));
        QVERIFY(copy && paste && selectAll);
        w.editor()->setFocus();
        QTest::keyClicks(w.editor(), QStringLiteral("must"));
        QVERIFY(!copy->isEnabled()); // nothing selected
        selectAll->trigger();
        QVERIFY(copy->isEnabled());
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("must"));
        QTest::keyClick(w.editor(), Qt::Key_End);
        paste->trigger();
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("mustmust"));
    }

    void focusModeShowsOnlyTheText()
    {
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QList<QDockWidget *> shownDocks;
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            if (d->isVisible())
                shownDocks.append(d);
        QVERIFY(!shownDocks.isEmpty());
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_F11);
        auto *writing = w.findChild<WritingIntegration *>();
        QVERIFY(writing && writing->inFocusMode());
        QVERIFY(w.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(!w.menuBar()->isVisible());
        for (QDockWidget *d : shownDocks)
            QVERIFY(!d->isVisible());
        QVERIFY(w.editor()->isVisible());
        save(w.grab().toImage(), QStringLiteral("focus_mode"));
        QTest::keyClick(w.editor(), Qt::Key_F11); // the shortcut works with the menus hidden
        QVERIFY(!writing->inFocusMode());
        QVERIFY(!w.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(w.menuBar()->isVisible());
        for (QDockWidget *d : shownDocks)
            QTRY_VERIFY(d->isVisible());
    }

    void toolbarTooltipsNameTheirShortcut()
    {
        MainWindow w;
        QAction *saveAction = nullptr;
        for (QToolBar *bar : w.findChildren<QToolBar *>())
            for (QAction *a : bar->actions())
                if (a->text() == QStringLiteral("&Save"))
                    saveAction = a;
        QVERIFY(saveAction);
        QCOMPARE(saveAction->toolTip(),
                 QStringLiteral("Save (%1)")
                     .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    }

    void shortcutReferenceListsEveryShortcut()
    {
        MainWindow w;
        DesktopMenus::install(w);
        w.show();
        auto *writing = w.findChild<WritingIntegration *>();
        QVERIFY(writing);
        const bool seen = withModal<ShortcutReferenceDialog>(
            [&] { writing->shortcutsAction()->trigger(); },
            [](ShortcutReferenceDialog *dialog) {
                QTreeWidget *table = dialog->table();
                QVERIFY(table->topLevelItemCount() > 15);
                QTest::keyClicks(dialog->filterField(), QStringLiteral("Ctrl+P"));
                QStringList shown;
                for (int i = 0; i < table->topLevelItemCount(); ++i)
                    if (!table->topLevelItem(i)->isHidden())
                        shown.append(table->topLevelItem(i)->text(0));
                QVERIFY2(shown.contains(QStringLiteral("Go to File")),
                         qPrintable(shown.join(u'|')));
                dialog->filterField()->clear();
                save(dialog->grab().toImage(), QStringLiteral("shortcut_reference"));
            });
        QVERIFY(seen);
    }

    void settingsHaveAShortcut()
    {
        MainWindow w;
        DesktopMenus::install(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.editor()->setFocus();
        const bool seen = withModal<SettingsDialog>(
            [&] { QTest::keyClick(w.editor(), Qt::Key_Comma, Qt::ControlModifier); },
            [](SettingsDialog *) {});
        QVERIFY(seen);
    }

    void darkThemeChangesTheWholeWindow()
    {
        IconThemeSetup::apply(); // Breeze icons, as main() has them
        MainWindow w;
        w.resize(1000, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ThemePalette::apply(ThemePalette::Scheme::Dark);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(w.editor()->palette().color(QPalette::Base).lightness() < 80);
        QImage dark = w.grab().toImage();
        save(dark, QStringLiteral("theme_dark"));
        // The editor area is dark, not only the chrome.
        const QPoint inEditor = w.editor()->mapTo(&w, w.editor()->rect().center());
        QVERIFY(dark.pixelColor(inEditor * dark.devicePixelRatio()).lightness() < 90);

        ThemePalette::apply(ThemePalette::Scheme::Light);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() > 180);
        QImage light = w.grab().toImage();
        save(light, QStringLiteral("theme_light"));
        QVERIFY(light.pixelColor(inEditor * light.devicePixelRatio()).lightness() > 180);
        ThemePalette::apply(ThemePalette::Scheme::System);
    }
};

QTEST_MAIN(TestWriting)
#include "tst_writing.moc"
