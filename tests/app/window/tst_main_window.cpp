// The main window end to end: workspace opening, typing -> outline, outline click -> cursor,
// save round trip, recovery, palettes and screenshots (written to the build folder).
#include "document_controller.h"
#include "document_manager.h"
#include "document_session.h"
#include "editor_preview_split.h"
#include "inline_prompt_bar.h"
#include "intent_outline.h"
#include "main_window.h"
#include "preview_view.h"
#include "recovery_store.h"
#include "spec_editor.h"
#include "test_support.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Specwright;

using TestSupport::typeText;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    const QString fixture = QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec");
    QTemporaryDir m_settingsDir;

    static QString readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    static void writeFile(const QString &path, const QString &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    static void answerAll(MainWindow &w, QMessageBox::StandardButton answer)
    {
        w.setQuestionHandler([answer](const QString &, const QString &,
                                      QMessageBox::StandardButtons) { return answer; });
    }
    static void screenshot(QWidget &w, const QString &name) { SPECWRIGHT_SCREENSHOT(&w, name); }
    static void waitForModel(MainWindow &w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && w.controller()->document(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        QDir(RecoveryStore().directory()).removeRecursively();
    }

    void opensWorkspaceAndTypingUpdatesOutline()
    {
        MainWindow w;
        w.show();
        w.openPath(fixture);
        QCOMPARE(w.session()->filePath(),
                 QDir(fixture).absoluteFilePath(QStringLiteral("spec.md")));
        waitForModel(w);
        QTRY_VERIFY(w.workspace());
        const int before = int(w.controller()->document()->sections().size());
        QCOMPARE(w.outline()->tree()->model()->rowCount(), 1);

        w.editor()->moveCursor(QTextCursor::End);
        typeText(
            w.editor(),
            QStringLiteral("\n## Typed intent {#typed_intent authority=user}\n\nIt must work.\n"));
        waitForModel(w);
        QCOMPARE(int(w.controller()->document()->sections().size()), before + 1);
        const int typed =
            w.controller()->document()->sectionIndexById(QStringLiteral("typed_intent"));
        QVERIFY(typed >= 0);
        QTRY_VERIFY(w.outline()->indexForSection(typed).isValid());
        QCOMPARE(w.outline()->text(typed, IntentOutline::TitleColumn),
                 QStringLiteral("Typed intent"));
        QCOMPARE(w.outline()->currentSection(), typed); // follows the cursor

        // Clicking an outline entry moves the editor cursor to its heading.
        const auto doc = w.controller()->document();
        const int chain = doc->sectionIndexById(QStringLiteral("chain_of_command"));
        QTreeView *tree = w.outline()->tree();
        const QModelIndex item = w.outline()->indexForSection(chain);
        tree->scrollTo(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(item).center());
        QCOMPARE(w.editor()->currentLine(), doc->sections()[chain].headingLine);
        QVERIFY(w.windowTitle().contains(QStringLiteral("spec.md")));
        w.editor()->document()->setModified(false);
    }

    void layoutModesAreRemembered()
    {
        {
            MainWindow w;
            w.show();
            QAction *editorOnly = w.findChild<QAction *>(QStringLiteral("layoutMode1"));
            QVERIFY(editorOnly);
            editorOnly->trigger();
            QCOMPARE(w.centralSplit()->mode(), EditorPreviewSplit::Mode::EditorOnly);
            QVERIFY(!w.preview()->isVisible());
        }
        MainWindow again;
        again.show();
        QCOMPARE(again.centralSplit()->mode(), EditorPreviewSplit::Mode::EditorOnly);
        again.findChild<QAction *>(QStringLiteral("layoutMode0"))->trigger();
        QVERIFY(again.preview()->isVisible());
    }

    void openEditSaveRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.md"));
        writeFile(path, QStringLiteral("# Spec {#spec}\n\nOld text.\n"));
        MainWindow w;
        answerAll(w, QMessageBox::Cancel);
        w.show();
        w.openPath(path);
        QVERIFY(!w.isWindowModified());
        w.editor()->moveCursor(QTextCursor::End);
        typeText(w.editor(), QStringLiteral("New text."));
        QVERIFY(w.editor()->document()->isModified());
        QVERIFY(!w.maybeSave()); // Cancel keeps the window open
        QVERIFY(w.save());
        QCOMPARE(readFile(path), QStringLiteral("# Spec {#spec}\n\nOld text.\nNew text."));
        QVERIFY(!w.editor()->document()->isModified());

        const QString other = dir.filePath(QStringLiteral("copy.md"));
        QVERIFY(w.saveAs(other));
        QCOMPARE(w.session()->filePath(), other);
        QCOMPARE(readFile(other), readFile(path));
        QCOMPARE(w.session()->recentFiles().value(0), other);

        // A change on disk while the buffer is clean reloads it.
        writeFile(other, QStringLiteral("# Changed {#changed}\n"));
        QTRY_COMPARE(w.editor()->toPlainText(), QStringLiteral("# Changed {#changed}\n"));
    }

    void changedOnDiskWithUnsavedChangesAsksInABar()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.md"));
        writeFile(path, QStringLiteral("# Spec {#spec}\n"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPath(path);
        w.editor()->moveCursor(QTextCursor::End);
        typeText(w.editor(), QStringLiteral("mine"));

        // Keep: the bar goes, the buffer and its unsaved state stay.
        writeFile(path, QStringLiteral("# Theirs {#theirs}\n"));
        QTRY_VERIFY(w.prompts()->isVisible());
        QCOMPARE(w.prompts()->promptId(), QStringLiteral("modifiedOnDisk"));
        typeText(w.editor(), QStringLiteral(" still")); // typing goes on while it is shown
        screenshot(w, QStringLiteral("main_window_modified_on_disk.png"));
        QTest::mouseClick(w.prompts()->findChild<QPushButton *>(QStringLiteral("keepMine")),
                          Qt::LeftButton);
        QVERIFY(!w.prompts()->isVisible());
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("# Spec {#spec}\nmine still"));
        QVERIFY(w.editor()->document()->isModified());

        // The bar follows a dark palette (a tint of the dark window colour, not a light one).
        const QPalette original = QApplication::palette();
        QApplication::setPalette(TestSupport::darkPalette());
        writeFile(path, QStringLiteral("# Dark {#dark}\n"));
        QTRY_VERIFY(w.prompts()->isVisible());
        QImage bar;
        const QString barError =
            TestSupport::saveScreenshot(w.prompts(), QStringLiteral("prompt_bar_dark.png"), &bar);
        QVERIFY2(barError.isEmpty(), qPrintable(barError));
        QVERIFY(TestSupport::averageLightness(bar) < 110);
        QApplication::setPalette(original);
        QTest::mouseClick(w.prompts()->findChild<QPushButton *>(QStringLiteral("keepMine")),
                          Qt::LeftButton);

        // Reload: the disk version replaces the buffer.
        writeFile(path, QStringLiteral("# Again {#again}\n"));
        QTRY_VERIFY(w.prompts()->isVisible());
        QTest::mouseClick(w.prompts()->findChild<QPushButton *>(QStringLiteral("reloadFromDisk")),
                          Qt::LeftButton);
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("# Again {#again}\n"));
        QVERIFY(!w.editor()->document()->isModified());
    }

    void recoveryFileWrittenAndRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.md"));
        writeFile(path, QStringLiteral("# Saved {#saved}\n"));
        QString recoveryFile;
        {
            auto *w = new MainWindow;
            w->show();
            w->openPath(path);
            w->editor()->moveCursor(QTextCursor::End);
            typeText(w->editor(), QStringLiteral("unsaved words"));
            recoveryFile = w->recovery()->saveNow();
            QVERIFY(QFile::exists(recoveryFile));
            // Simulated crash: the window goes away without closing, the file stays.
            w->setAttribute(Qt::WA_DeleteOnClose, false);
            delete w;
        }
        QVERIFY(QFile::exists(recoveryFile));
        QCOMPARE(readFile(path), QStringLiteral("# Saved {#saved}\n"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.offerRecovery()); // an inline bar, not a dialog: the window stays usable
        QVERIFY(w.prompts()->isVisible());
        QCOMPARE(w.prompts()->promptId(), QStringLiteral("recovery"));
        QVERIFY(w.prompts()->text().contains(path));
        screenshot(w, QStringLiteral("main_window_recovery_prompt.png"));
        auto *recover = w.prompts()->findChild<QPushButton *>(QStringLiteral("recover"));
        QVERIFY(recover);
        QTest::mouseClick(recover, Qt::LeftButton);
        QVERIFY(!w.prompts()->isVisible());
        QCOMPARE(w.session()->filePath(), path);
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("# Saved {#saved}\nunsaved words"));
        QVERIFY(w.editor()->document()->isModified());
        QVERIFY(w.save());
        QVERIFY(w.recovery()->entries().isEmpty()); // a clean save removes it
    }

    void sessionRestoresFileAndCursor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        writeFile(path, QStringLiteral("# A\n\nline three\n\n# B\n"));
        {
            MainWindow w;
            w.show();
            w.openPath(path);
            w.editor()->goToLine(3, 5);
            w.close();
        }
        MainWindow w;
        w.restoreSession();
        QCOMPARE(w.session()->filePath(), path);
        QCOMPARE(w.editor()->currentLine(), 3);
        QCOMPARE(w.editor()->currentColumn(), 5);
    }

    void screenshotsLightDarkAndLarge()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        w.openPath(fixture);
        waitForModel(w);
        QTRY_VERIFY(w.workspace());
        waitForModel(w);
        w.editor()->goToLine(40);
        QTRY_VERIFY(w.preview()->renderedDocument() == w.controller()->document());
        QImage light;
        const QString lightError =
            TestSupport::saveScreenshot(&w, QStringLiteral("main_window_light.png"), &light);
        QVERIFY2(lightError.isEmpty(), qPrintable(lightError));
        QVERIFY2(TestSupport::averageLightness(light) > 160,
                 qPrintable(QString::number(TestSupport::averageLightness(light))));

        const QPalette original = QApplication::palette();
        QSignalSpy rendered(w.preview(), &PreviewView::renderFinished);
        QApplication::setPalette(TestSupport::darkPalette());
        QVERIFY(rendered.wait(20000)); // the preview re-renders in its dark theme
        QVERIFY(w.editor()->themeName().contains(QStringLiteral("Dark")));
        QImage dark;
        const QString darkError =
            TestSupport::saveScreenshot(&w, QStringLiteral("main_window_dark.png"), &dark);
        QVERIFY2(darkError.isEmpty(), qPrintable(darkError));
        QVERIFY2(TestSupport::averageLightness(dark) < 90,
                 qPrintable(QString::number(TestSupport::averageLightness(dark))));
        QApplication::setPalette(original);

        // A large Model-Spec-shaped file: the fixture repeated with renamed ids.
        QTemporaryDir dir;
        const QString spec = readFile(fixture + QStringLiteral("/spec.md"));
        QString big;
        for (int i = 0; i < 100; ++i) {
            QString copy = spec;
            copy.replace(QStringLiteral("{#"), QStringLiteral("{#r%1_").arg(i));
            copy.replace(QStringLiteral("](#"), QStringLiteral("](#r%1_").arg(i));
            copy.replace(QStringLiteral("# Garden Assistant Spec"),
                         QStringLiteral("# Part %1").arg(i + 1));
            big += copy + QLatin1Char('\n');
        }
        QVERIFY(big.size() > 250000);
        const QString bigPath = dir.filePath(QStringLiteral("large.md"));
        writeFile(bigPath, big);
        w.openPath(bigPath);
        // A big file is read on a worker and shown when ready (DocumentManager::openFileSoon).
        QTRY_VERIFY_WITH_TIMEOUT(w.documents()->loadingCount() == 0 &&
                                     w.session()->filePath() ==
                                         QFileInfo(bigPath).absoluteFilePath(),
                                 20000);
        waitForModel(w);
        QVERIFY(w.controller()->document()->sections().size() >= 600);
        w.editor()->goToLine(6000);
        QTRY_VERIFY_WITH_TIMEOUT(w.preview()->renderedDocument() == w.controller()->document(),
                                 20000);
        screenshot(w, QStringLiteral("main_window_large.png"));
        QCOMPARE(w.outline()->currentSection(), w.controller()->document()->sectionAtLine(6000));
    }

    void lastOpenedFolderIsInstalled()
    {
        // A slow folder (many specs) opened just before a quick one: however the two loads
        // finish, the workspace installed is the one opened last.
        QTemporaryDir slow;
        QTemporaryDir quick;
        const QString spec = readFile(fixture + QStringLiteral("/spec.md"));
        for (int i = 0; i < 150; ++i)
            writeFile(slow.filePath(QStringLiteral("spec%1.md").arg(i, 3, 10, QLatin1Char('0'))),
                      spec);
        writeFile(quick.filePath(QStringLiteral("spec.md")), QStringLiteral("# Quick {#quick}\n"));
        MainWindow w;
        w.show();
        w.openWorkspace(slow.path());
        w.openWorkspace(quick.path());
        QTRY_VERIFY_WITH_TIMEOUT(w.workspace(), 20000);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000)); // the slow load too
        QCoreApplication::sendPostedEvents();
        QCOMPARE(w.workspace()->rootPath(), QDir(quick.path()).absolutePath());
        QCOMPARE(w.session()->filePath(),
                 QDir(quick.path()).absoluteFilePath(QStringLiteral("spec.md")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
