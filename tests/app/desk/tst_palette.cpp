// The command palette and quick open, driven by real key events on a real main window.
#include "document_session.h"
#include "fuzzy_matcher.h"
#include "main_window.h"
#include "palette_integration.h"
#include "quick_picker.h"
#include "spec_editor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestPalette : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

    static void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    static void shot(QWidget &w, const QString &name, bool dark)
    {
        const QPalette light = w.palette();
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
            p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
            p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
            p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
            p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
            w.setPalette(p);
        }
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        // The popup stands out from the window: its frame is not all one colour.
        QVERIFY(image.pixelColor(image.width() / 2, 40) != image.pixelColor(4, image.height() - 4));
        QDir().mkpath(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(image.save(QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots/%1.png").arg(name)));
        w.setPalette(light);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void fuzzyScores()
    {
        QVERIFY(FuzzyMatcher::score(u"sv", u"File › Save") > 0);
        QCOMPARE(FuzzyMatcher::score(u"xyz", u"File › Save"), -1);
        QVERIFY(FuzzyMatcher::score(u"", u"a rather long candidate text of many words") >= 0);
        // Word starts beat letters in the middle; shorter wins among equals.
        QVERIFY(FuzzyMatcher::score(u"ww", u"View › Word Wrap") >
                FuzzyMatcher::score(u"ww", u"Tools › Rewrite window"));
        QVERIFY(FuzzyMatcher::score(u"glos", u"glossary.md") >
                FuzzyMatcher::score(u"glos", u"docs/old/glossary-archive.md"));
    }

    void commandPaletteRunsAnAction()
    {
        QTemporaryDir ws;
        write(ws.filePath(QStringLiteral("spec.md")), "# Spec\n\nThe system must log.\n");
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPath(ws.path());
        auto *palette = w.findChild<PaletteIntegration *>();
        QVERIFY(palette);
        QAction *wrap = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Word Wrap"))
                wrap = a;
        QVERIFY(wrap);
        const bool wrapped = wrap->isChecked();

        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QuickPicker *picker = palette->commandPalette();
        QTRY_VERIFY(picker->isVisible());
        QVERIFY(picker->filterField()->hasFocus());
        QVERIFY2(picker->shownTexts().size() > 10,
                 qPrintable(picker->shownTexts().join(u'|'))); // every menu action is listed
        QVERIFY(!picker->shownTexts().contains(QStringLiteral("View › Command Palette")));
        QTest::keyClicks(picker->filterField(), QStringLiteral("word wrap"));
        QVERIFY(!picker->shownTexts().isEmpty());
        QCOMPARE(picker->shownTexts().first(), QStringLiteral("View › Word Wrap"));
        shot(w, QStringLiteral("command_palette_light"), false);
        shot(w, QStringLiteral("command_palette_dark"), true);
        QTest::keyClick(picker->filterField(), Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        QCOMPARE(wrap->isChecked(), !wrapped);

        // Esc closes without running anything.
        QTest::keyClick(w.editor(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(picker->isVisible());
        QTest::keyClicks(picker->filterField(), QStringLiteral("word wrap"));
        QTest::keyClick(picker->filterField(), Qt::Key_Escape);
        QVERIFY(!picker->isVisible());
        QCOMPARE(wrap->isChecked(), !wrapped);
    }

    void quickOpenOpensAWorkspaceFile()
    {
        QTemporaryDir ws;
        write(ws.filePath(QStringLiteral("spec.md")), "# Spec\n\nThe system must log.\n");
        write(ws.filePath(QStringLiteral("terms/glossary.md")), "# Glossary\n\nTerms.\n");
        write(ws.filePath(QStringLiteral(".git/HEAD")), "ref: refs/heads/main\n");
        write(ws.filePath(QStringLiteral("notes.md")), "# Notes\n");
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPath(ws.path());
        auto *palette = w.findChild<PaletteIntegration *>();
        QVERIFY(palette);
        QuickPicker *picker = palette->quickOpen();
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTRY_VERIFY2(picker->shownTexts().size() == 3,
                     qPrintable(picker->shownTexts().join(u'|'))); // .git is not listed
        QTest::keyClicks(picker->filterField(), QStringLiteral("glos"));
        QCOMPARE(picker->shownTexts(), QStringList{QStringLiteral("terms/glossary.md")});
        shot(w, QStringLiteral("quick_open_light"), false);
        QTest::keyClick(picker->filterField(), Qt::Key_Return);
        QTRY_VERIFY(w.session()->filePath().endsWith(QStringLiteral("terms/glossary.md")));
        QVERIFY(w.editor()->toPlainText().startsWith(QStringLiteral("# Glossary")));

        // Down moves the choice before Enter picks it.
        QTest::keyClick(w.editor(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTRY_COMPARE(picker->shownTexts().size(), 3);
        QTest::keyClicks(picker->filterField(), QStringLiteral(".md"));
        const QString second = picker->shownTexts().value(1);
        QTest::keyClick(picker->filterField(), Qt::Key_Down);
        QTest::keyClick(picker->filterField(), Qt::Key_Return);
        QTRY_VERIFY(w.session()->filePath().endsWith(second));
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
