// Each open document has an editor of its own (EditorStack), driven through real events: tabs
// clicked, Ctrl+Page Down, Ctrl+F, Ctrl+W, Ctrl++ and Alt+Z typed. A switch raises the
// document's editor as it was left (its layout is not made again), and what follows "the
// editor" follows the one on show: find bar, status bar, undo, zoom and wrap, focus; closing
// a tab frees its editor. Screenshots light and dark.
#include "document_controller.h"
#include "document_tabs.h"
#include "editor_pane.h"
#include "editor_stack.h"
#include "find_replace_bar.h"
#include "main_window.h"
#include "open_document.h"
#include "open_documents.h"
#include "open_documents_integration.h"
#include "preview_view.h"
#include "problems_panel.h"
#include "recovery_store.h"
#include "spec_editor.h"
#include "status_indicators.h"
#include "test_support.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QWheelEvent>

using namespace Specwright;

using TestSupport::typeText;

class TestEditorPerDocument : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return path;
    }
    static QString longSpec(const QString &name, int sections)
    {
        QString text = QStringLiteral("# %1 {#top}\n\nIntro.\n").arg(name);
        for (int i = 1; i <= sections; ++i)
            text += QStringLiteral("\n## Part %1 {#part%1}\n\nThe system must do %1 for %2.\n\n"
                                   "More about %2.\n")
                        .arg(i)
                        .arg(name);
        return text;
    }
    static DocumentTabs *tabs(MainWindow &w)
    {
        return w.findChild<OpenDocumentsIntegration *>()->tabs();
    }
    static void clickTab(MainWindow &w, int index)
    {
        QTest::mouseClick(tabs(w), Qt::LeftButton, {}, tabs(w)->tabRect(index).center());
    }
    static void ctrlWheel(SpecEditor *editor, int delta)
    {
        const QPoint centre = editor->viewport()->rect().center();
        QWheelEvent wheel(centre, editor->viewport()->mapToGlobal(centre), QPoint(),
                          QPoint(0, delta), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(editor->viewport(), &wheel);
    }

    static void discardAll(MainWindow &w)
    {
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
    }

    // Shown, with every question about unsaved changes answered Discard.
    static bool showWindow(MainWindow &w)
    {
        discardAll(w);
        w.show();
        return QTest::qWaitForWindowExposed(&w);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QDir(RecoveryStore().directory()).removeRecursively();
    }
    void init() { QSettings().clear(); }

    // A switch raises the document's own editor: its blocks stay laid out, its cursor and
    // scroll position are where they were, and the keyboard moves along.
    void switchingRaisesTheDocumentsOwnEditor()
    {
        const QString a = writeFile(QStringLiteral("alpha.md"), longSpec(QStringLiteral("A"), 80));
        const QString b = writeFile(QStringLiteral("beta.md"), longSpec(QStringLiteral("B"), 10));
        MainWindow w;
        discardAll(w);
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        EditorStack *stack = w.editorStack();
        QVERIFY(w.openFile(a));
        SpecEditor *alpha = w.editor();
        QCOMPARE(stack->currentWidget(), alpha);
        alpha->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(alpha, Qt::Key_PageDown);
        QTest::keyClick(alpha, Qt::Key_Down);
        const int alphaLine = alpha->currentLine();
        const int alphaScroll = alpha->verticalScrollBar()->value();
        QVERIFY(alphaScroll > 0);
        QTest::qWait(20); // painted: the blocks on screen are laid out

        QVERIFY(w.openFile(b));
        SpecEditor *beta = w.editor();
        QVERIFY(beta != alpha);
        QCOMPARE(stack->editorCount(), 2);
        QCOMPARE(stack->currentWidget(), beta);
        QVERIFY(!alpha->isVisible());
        QCOMPARE(alpha->document()->toPlainText(), longSpec(QStringLiteral("A"), 80));
        QCOMPARE(beta->document(), w.documents()->openDocuments()->current()->buffer());
        QVERIFY(beta->hasFocus());
        typeText(beta, QStringLiteral("beta "));

        // Back with a click on the tab: the same editor, nothing laid out again (a new
        // layout would have cleared the lines of the block on screen until the next paint).
        clickTab(w, 0);
        QCOMPARE(w.editor(), alpha);
        QCOMPARE(stack->currentWidget(), alpha);
        const QTextBlock top = alpha->document()->findBlockByNumber(alpha->firstVisibleLine() - 1);
        QVERIFY(top.layout()->lineCount() > 0);
        QCOMPARE(alpha->currentLine(), alphaLine);
        QCOMPARE(alpha->verticalScrollBar()->value(), alphaScroll);
        QCOMPARE(alpha->document()->toPlainText(), longSpec(QStringLiteral("A"), 80));
        QVERIFY(alpha->hasFocus());
        QVERIFY(!alpha->document()->isUndoAvailable()); // the typing was beta's

        // Ctrl+Page Down: beta's editor again, with its own undo history.
        QTest::keyClick(alpha, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.editor(), beta);
        QVERIFY(beta->document()->isUndoAvailable());
        QTest::keyClick(beta, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!beta->toPlainText().contains(QLatin1String("beta ")));
    }

    // The status bar, the outline's current line and Edit > Undo follow the editor on show.
    void statusAndUndoFollowTheEditorOnShow()
    {
        const QString a = writeFile(QStringLiteral("one.md"), longSpec(QStringLiteral("One"), 6));
        const QString b = writeFile(QStringLiteral("two.md"), longSpec(QStringLiteral("Two"), 6));
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(w.openFile(a));
        w.editor()->setFocus();
        w.editor()->goToLine(9, 3);
        typeText(w.editor(), QStringLiteral("x"));
        const QString onePosition = w.status()->cursorText();
        QCOMPARE(onePosition, QStringLiteral("Ln 9, Col 4"));
        QAction *undo = nullptr;
        for (QAction *action : w.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());

        QVERIFY(w.openFile(b));
        QVERIFY(!undo->isEnabled()); // two.md has no history yet
        w.editor()->goToLine(3);
        QVERIFY(w.status()->cursorText() != onePosition);
        clickTab(w, 0);
        QCOMPARE(w.status()->cursorText(), onePosition);
        QVERIFY(undo->isEnabled());
        // Typing in the editor on show reaches the window (the second editor's signals too).
        clickTab(w, 1);
        w.editor()->setFocus();
        typeText(w.editor(), QStringLiteral("y"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(!w.editor()->toPlainText().contains(QLatin1String("yTwo")));
        QVERIFY(w.editor()->toPlainText().startsWith(QLatin1String("# Two")));
    }

    // Ctrl+F searches the editor on show: a switch counts the matches of the other document
    // and takes the marks off the one left.
    void findBarFollowsTheEditorOnShow()
    {
        const QString a = writeFile(QStringLiteral("f1.md"), longSpec(QStringLiteral("Red"), 5));
        const QString b = writeFile(QStringLiteral("f2.md"), longSpec(QStringLiteral("Red"), 2));
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(w.openFile(a));
        SpecEditor *first = w.editor();
        QVERIFY(w.openFile(b));
        clickTab(w, 0);
        first->setFocus();
        QTest::keyClick(first, Qt::Key_F, Qt::ControlModifier);
        FindReplaceBar *bar = w.editorPane()->findBar();
        QTRY_VERIFY(bar->isVisible());
        QTest::keyClicks(bar->searchField(), QStringLiteral("Red"));
        // "Red" 2x per part + the title: 11 in f1.md, 5 in f2.md.
        QTRY_COMPARE(bar->matchCount(), 11);
        QTRY_COMPARE(first->searchMarkCount(), 11);
        clickTab(w, 1);
        SpecEditor *second = w.editor();
        QVERIFY(second != first);
        QTRY_COMPARE(bar->matchCount(), 5);
        QTRY_COMPARE(second->searchMarkCount(), 5);
        QCOMPARE(first->searchMarkCount(), 0);
        // Enter finds the next match in the editor on show.
        QTest::keyClick(bar->searchField(), Qt::Key_Return);
        QCOMPARE(second->textCursor().selectedText(), QStringLiteral("Red"));
        QVERIFY(!first->textCursor().hasSelection());
    }

    // Zoom and word wrap reach every editor, also those in the background; closing a tab
    // frees its editor.
    void zoomWrapAndClosingReachEveryEditor()
    {
        const QString a = writeFile(QStringLiteral("z1.md"), longSpec(QStringLiteral("Z"), 3));
        const QString b = writeFile(QStringLiteral("z2.md"), longSpec(QStringLiteral("Y"), 3));
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(w.openFile(a));
        QPointer<SpecEditor> first = w.editor();
        QVERIFY(w.openFile(b));
        QPointer<SpecEditor> second = w.editor();
        const int size = second->font().pointSize();
        second->setFocus();
        QTest::keyClick(second, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(second, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(second->font().pointSize(), size + 2);
        QTest::keyClick(second, Qt::Key_Z, Qt::AltModifier); // View > Word Wrap off
        QVERIFY(!second->wordWrap());
        QCOMPARE(w.editorStack()->zoomSteps(), 2);
        clickTab(w, 0);
        QCOMPARE(w.editor(), first.data());
        QCOMPARE(first->font().pointSize(), size + 2);
        QCOMPARE(first->document()->defaultFont().pointSize(), size + 2);
        QVERIFY(!first->wordWrap());
        QCOMPARE(first->zoomSteps(), 2);

        // Ctrl+wheel zooms too, in notches (two half notches make one), and reaches the other
        // editor; the text does not scroll meanwhile.
        const int scrolled = first->verticalScrollBar()->value();
        constexpr int notch = QWheelEvent::DefaultDeltasPerStep;
        for (int delta : {notch, notch / 2, notch / 2})
            ctrlWheel(first, delta);
        QCOMPARE(first->zoomSteps(), 4);
        QCOMPARE(first->font().pointSize(), size + 4);
        QCOMPARE(first->verticalScrollBar()->value(), scrolled);
        QCOMPARE(w.editorStack()->zoomSteps(), 4);
        clickTab(w, 1);
        QCOMPARE(second->zoomSteps(), 4);
        ctrlWheel(second, -QWheelEvent::DefaultDeltasPerStep);
        QCOMPARE(w.editorStack()->zoomSteps(), 3);
        clickTab(w, 0);
        QCOMPARE(first->zoomSteps(), 3);

        // Ctrl+W on the first tab: its editor goes, the other is shown.
        first->setFocus();
        QTest::keyClick(first, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(first.isNull());
        QCOMPARE(w.editor(), second.data());
        QCOMPARE(w.editorStack()->editorCount(), 1);
        QCOMPARE(w.editorStack()->count(), 1);
        // The last one closed: an untitled document in an editor of its own.
        QTest::keyClick(second, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(second.isNull());
        QVERIFY(w.editor());
        QVERIFY(w.editor()->document()->isEmpty());
        QCOMPARE(w.editorStack()->count(), 1);
    }

    // The Problems table shows the findings of the document on show only: a switch shows the
    // other document's own table at once.
    void problemsFollowTheDocumentOnShow()
    {
        const QString a =
            writeFile(QStringLiteral("broken.md"),
                      QStringLiteral("# A {#a}\n\nSee [?](#nowhere) and [?](#gone).\n"));
        const QString b = writeFile(QStringLiteral("clean.md"), longSpec(QStringLiteral("C"), 2));
        MainWindow w;
        QVERIFY(showWindow(w));
        auto *panel = w.findChild<ProblemsPanel *>();
        QVERIFY(panel);
        QVERIFY(w.openFile(a));
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && panel->visibleCount() >= 2, 20000);
        const int brokenRows = panel->visibleCount();
        QVERIFY(w.openFile(b));
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent(), 20000);
        QTest::qWait(20);
        const int cleanRows = panel->visibleCount();
        QVERIFY(cleanRows < brokenRows);
        // Each document keeps its table: shown again, its own rows are there at once.
        clickTab(w, 0);
        QCOMPARE(panel->visibleCount(), brokenRows); // broken.md's, not clean.md's
        for (const Diagnostic &d : panel->diagnostics())
            QVERIFY2(d.file.isEmpty() || QFileInfo(d.file) == QFileInfo(a), qPrintable(d.file));
        clickTab(w, 1);
        QCOMPARE(panel->visibleCount(), cleanRows);
        for (const Diagnostic &d : panel->diagnostics())
            QVERIFY2(d.file.isEmpty() || QFileInfo(d.file) == QFileInfo(b), qPrintable(d.file));
    }

    // A palette switch recolours the editors in the background as well as the one on show.
    void editorsOfEveryTabLightAndDark()
    {
        const QString a =
            writeFile(QStringLiteral("light-dark-1.md"), longSpec(QStringLiteral("Shown"), 4));
        const QString b =
            writeFile(QStringLiteral("light-dark-2.md"), longSpec(QStringLiteral("Behind"), 4));
        MainWindow w;
        discardAll(w);
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(a));
        SpecEditor *behind = w.editor();
        QVERIFY(w.openFile(b));
        SpecEditor *shown = w.editor();
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent(), 20000);
        SPECWRIGHT_SCREENSHOT(w.editorPane(), QStringLiteral("editor_per_document_light.png"));
        const QString lightTheme = shown->themeName();
        const QPalette original = QApplication::palette();
        QApplication::setPalette(TestSupport::darkPalette());
        QTRY_VERIFY(shown->themeName() != lightTheme);
        QCOMPARE(behind->themeName(), shown->themeName());
        clickTab(w, 0);
        QCOMPARE(w.editor(), behind);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent(), 20000);
        QImage dark;
        const QString error = TestSupport::saveScreenshot(
            w.editorPane(), QStringLiteral("editor_per_document_dark.png"), &dark);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(TestSupport::averageLightness(dark) < 110);
        QVERIFY(behind->palette().color(QPalette::Base).lightness() < 80);
        QApplication::setPalette(original);
        QTRY_VERIFY(behind->themeName() == lightTheme);
        QCOMPARE(shown->themeName(), lightTheme);
    }
};

QTEST_MAIN(TestEditorPerDocument)
#include "tst_editor_per_document.moc"
