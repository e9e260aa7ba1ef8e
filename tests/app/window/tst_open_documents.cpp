// Several documents in one window (issue 16) and Close File / the start page (issue 17),
// driven through real events: tabs clicked, Ctrl+W and Alt+Left / Alt+Right typed, outline
// and Examples entries clicked, start page buttons pressed; screenshots light and dark.
#include "document_controller.h"
#include "document_session.h"
#include "document_tabs.h"
#include "editor_pane.h"
#include "editor_preview_split.h"
#include "examples_panel.h"
#include "file_history.h"
#include "git_repository.h"
#include "inline_prompt_bar.h"
#include "intent_outline.h"
#include "main_window.h"
#include "navigation_history.h"
#include "open_document.h"
#include "open_documents.h"
#include "open_documents_integration.h"
#include "preview_view.h"
#include "recovery_store.h"
#include "spec_editor.h"
#include "start_page.h"
#include "start_page_integration.h"
#include "test_support.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Specwright;

using TestSupport::typeText;

class TestOpenDocuments : public QObject
{
    Q_OBJECT
private:
    const QString fixture = QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec");
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
    static QString readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // A spec with `sections` sections of a few lines each.
    static QString longSpec(const QString &name, int sections)
    {
        QString text = QStringLiteral("# %1 {#top}\n\nIntro.\n").arg(name);
        for (int i = 1; i <= sections; ++i)
            text += QStringLiteral("\n## Part %1 {#part%1}\n\nThe system must do %1.\n\nMore.\n")
                        .arg(i);
        return text;
    }
    static DocumentTabs *tabs(MainWindow &w)
    {
        return w.findChild<OpenDocumentsIntegration *>()->tabs();
    }
    static StartPageIntegration *startPage(MainWindow &w)
    {
        return w.findChild<StartPageIntegration *>();
    }
    // Switches the application to the dark palette, waits for the preview's dark re-render
    // and saves the window as `name`.
    static void darkWindowShot(MainWindow &w, const QString &name, QImage *shot)
    {
        auto *preview = w.findChild<PreviewView *>(QStringLiteral("previewView"));
        QVERIFY(preview);
        QSignalSpy rendered(preview, &PreviewView::renderFinished);
        QApplication::setPalette(TestSupport::darkPalette());
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(rendered.wait(10000)); // the preview re-rendered with its dark style sheet
        const QString error = TestSupport::saveScreenshot(&w, name, shot);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    static OpenDocuments *open(MainWindow &w) { return w.documents()->openDocuments(); }
    static void clickTab(MainWindow &w, int index)
    {
        DocumentTabs *bar = tabs(w);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    }
    static void waitForModel(MainWindow &w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && w.controller()->document(), 20000);
    }
    struct Questions
    {
        QStringList texts;
        QList<QMessageBox::StandardButtons> buttons;
    };
    static void answer(MainWindow &w, Questions *asked, QMessageBox::StandardButton reply)
    {
        w.setQuestionHandler([asked, reply](const QString &, const QString &text,
                                            QMessageBox::StandardButtons buttons) {
            asked->texts.append(text);
            asked->buttons.append(buttons);
            return reply;
        });
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
    void init() { QSettings().clear(); }

    // Each tab keeps an outline tree of its own: switching back shows it as it was (the same
    // view, a collapsed entry still collapsed, the selection), without a reset of its model,
    // a new parse or anchoring the findings again; the lint column follows an edit.
    void eachTabKeepsItsOutlineAndFindings()
    {
        QString alphaText = QStringLiteral("# Alpha {#top}\n\nIntro.\n");
        for (int i = 1; i <= 4; ++i)
            alphaText +=
                QStringLiteral("\n## Part %1 {#part%1}\n\nThe system must do %1. TODO say how.\n\n"
                               "### Detail %1 {#detail%1}\n\nMore.\n")
                    .arg(i);
        const QString a = writeFile(QStringLiteral("outline-alpha.md"), alphaText);
        const QString b =
            writeFile(QStringLiteral("outline-beta.md"), longSpec(QStringLiteral("Beta"), 3));
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(a));
        waitForModel(w);
        IntentOutline *outline = w.outline();
        QTreeView *alphaTree = outline->tree();
        const SpecDocument::Ptr alphaDoc = w.controller()->document();
        const int part2 = alphaDoc->sectionIndexById(QStringLiteral("part2"));
        const int detail3 = alphaDoc->sectionIndexById(QStringLiteral("detail3"));
        QVERIFY(alphaTree->isExpanded(outline->indexForSection(part2)));
        // Collapse Part 2 with a click on its arrow, select Detail 3 with a click.
        alphaTree->scrollTo(outline->indexForSection(part2));
        const QRect part2Row = alphaTree->visualRect(outline->indexForSection(part2));
        QTest::mouseClick(
            alphaTree->viewport(), Qt::LeftButton, {},
            QPoint(part2Row.left() - alphaTree->indentation() / 2, part2Row.center().y()));
        QTRY_VERIFY(!alphaTree->isExpanded(outline->indexForSection(part2)));
        const QModelIndex detail = outline->indexForSection(detail3);
        alphaTree->scrollTo(detail);
        QTest::mouseClick(alphaTree->viewport(), Qt::LeftButton, {},
                          alphaTree->visualRect(detail).center());
        QCOMPARE(w.editor()->currentLine(), alphaDoc->sections()[detail3].headingLine);
        QCOMPARE(alphaTree->currentIndex(), detail);
        const QList<Diagnostic> alphaFindings = w.editor()->diagnostics();
        QVERIFY(!alphaFindings.isEmpty());

        QVERIFY(w.openFile(b));
        waitForModel(w);
        QVERIFY(outline->tree() != alphaTree); // beta's own tree
        QCOMPARE(outline->text(0, IntentOutline::TitleColumn), QStringLiteral("Beta"));
        QVERIFY(!outline->tree()->isHidden());
        QVERIFY(alphaTree->isHidden());

        QSignalSpy resets(alphaTree->model(), &QAbstractItemModel::modelReset);
        clickTab(w, 0);
        QCOMPARE(w.session()->filePath(), a);
        QCOMPARE(outline->tree(), alphaTree); // shown again as it was
        QVERIFY(!alphaTree->isHidden());
        QCOMPARE(outline->text(0, IntentOutline::TitleColumn), QStringLiteral("Alpha"));
        QVERIFY(!alphaTree->isExpanded(outline->indexForSection(part2)));
        QCOMPARE(alphaTree->currentIndex(), outline->indexForSection(detail3));
        QCOMPARE(resets.count(), 0);
        QVERIFY(w.controller()->isCurrent()); // no new parse
        QCOMPARE(w.controller()->document(), alphaDoc);
        // The very findings anchored before (not a copy anchored anew).
        QCOMPARE(w.editor()->diagnostics().constData(), alphaFindings.constData());
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("tabs-outline-kept.png"));

        // An edit with real keys that adds a finding: the lint column counts it.
        const auto lintIn = [&](int section) {
            const SpecDocument::Ptr doc = w.controller()->document();
            int count = 0;
            for (const Diagnostic &d : w.controller()->diagnostics())
                count += doc->sectionAtLine(d.range.startLine) == section ? 1 : 0;
            return count;
        };
        const int part4 = alphaDoc->sectionIndexById(QStringLiteral("part4"));
        const int before = lintIn(part4);
        QCOMPARE(outline->text(part4, IntentOutline::LintColumn).toInt(), before);
        w.editor()->goToLine(alphaDoc->sections()[part4].headingLine + 2);
        w.editor()->moveCursor(QTextCursor::EndOfBlock);
        w.editor()->setFocus();
        typeText(w.editor(), QStringLiteral(" TODO decide how."));
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && lintIn(part4) > before, 20000);
        QCOMPARE(outline->text(part4, IntentOutline::LintColumn).toInt(), lintIn(part4));
        QCOMPARE(resets.count(), 0); // same sections: swapped in, not rebuilt
        QVERIFY(!alphaTree->isExpanded(outline->indexForSection(part2)));
        w.editor()->document()->setModified(false);
    }

    void eachDocumentKeepsCursorUndoAndResults()
    {
        const QString a =
            writeFile(QStringLiteral("alpha.md"), longSpec(QStringLiteral("Alpha"), 3));
        const QString b = writeFile(QStringLiteral("beta.md"), longSpec(QStringLiteral("Beta"), 6));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(a));
        waitForModel(w);
        w.editor()->goToLine(6);
        typeText(w.editor(), QStringLiteral("alpha words "));
        waitForModel(w);        // alpha's results are kept with it
        QVERIFY(w.openFile(b)); // a second tab, not a replacement: no question asked
        QCOMPARE(open(w)->count(), 2);
        QCOMPARE(tabs(w)->count(), 2);
        QCOMPARE(tabs(w)->currentIndex(), 1);
        QCOMPARE(tabs(w)->tabText(0), QStringLiteral("alpha.md *"));
        QCOMPARE(tabs(w)->tabText(1), QStringLiteral("beta.md"));
        // The views never show the other document's results, not even before the parse.
        QCOMPARE(w.controller()->document()->filePath(), b);
        QVERIFY(!w.controller()->document()->text().contains(QStringLiteral("alpha words")));
        QVERIFY(!w.preview()->toPlainText().contains(QStringLiteral("Alpha")));
        waitForModel(w);
        QCOMPARE(w.outline()->text(0, IntentOutline::TitleColumn), QStringLiteral("Beta"));
        QVERIFY(!w.editor()->document()->isUndoAvailable()); // beta's own history
        QVERIFY(!w.isWindowModified());
        w.editor()->goToLine(20);
        typeText(w.editor(), QStringLiteral("beta "));

        clickTab(w, 0);
        QCOMPARE(w.session()->filePath(), a);
        QCOMPARE(w.editor()->currentLine(), 6);
        QVERIFY(w.editor()->toPlainText().contains(QStringLiteral("alpha words ")));
        // Its cached model shows at once, with its outline; nothing to parse again.
        QCOMPARE(w.controller()->document()->filePath(), a);
        QVERIFY(w.controller()->document()->text().contains(QStringLiteral("alpha words")));
        QVERIFY(w.controller()->isCurrent());
        QCOMPARE(w.outline()->text(0, IntentOutline::TitleColumn), QStringLiteral("Alpha"));
        QVERIFY(w.isWindowModified());
        QVERIFY(w.windowTitle().contains(QStringLiteral("alpha.md")));
        // Ctrl+Z undoes alpha's typing only.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(w.editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!w.editor()->toPlainText().contains(QStringLiteral("alpha")) ||
                !w.editor()->toPlainText().contains(QStringLiteral("alpha words")));
        clickTab(w, 1);
        QCOMPARE(w.editor()->currentLine(), 20);
        QVERIFY(w.editor()->toPlainText().contains(QStringLiteral("beta ")));
        QTRY_VERIFY(w.preview()->renderedDocument() &&
                    w.preview()->renderedDocument()->filePath() == b);

        // Ctrl+Page Up / Down step through the tabs, in tab order.
        QTest::keyClick(w.editor(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(w.session()->filePath(), a);
        QTest::keyClick(w.editor(), Qt::Key_PageUp, Qt::ControlModifier); // wraps around
        QCOMPARE(w.session()->filePath(), b);
        QTest::keyClick(w.editor(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.session()->filePath(), a);
        QCOMPARE(tabs(w)->currentIndex(), 0);
        QTest::keyClick(w.editor(), Qt::Key_PageDown, Qt::ControlModifier);

        // Opening a file that is open shows its tab.
        QVERIFY(w.openFile(a));
        QCOMPARE(open(w)->count(), 2);
        QCOMPARE(tabs(w)->currentIndex(), 0);
        for (OpenDocument *d : open(w)->documents())
            d->buffer()->setModified(false);
    }

    void closeFileAsksAndTheLastOneShowsTheStartPage()
    {
        const QString a = writeFile(QStringLiteral("close-a.md"), QStringLiteral("# A {#a}\n"));
        const QString b = writeFile(QStringLiteral("close-b.md"), QStringLiteral("# B {#b}\n"));
        MainWindow w;
        Questions asked;
        answer(w, &asked, QMessageBox::Cancel);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(a));
        QVERIFY(w.openFile(b));
        w.editor()->moveCursor(QTextCursor::End);
        typeText(w.editor(), QStringLiteral("more"));

        QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier); // File > Close File
        QCOMPARE(asked.texts.size(), 1);
        QVERIFY(asked.texts.first().contains(QStringLiteral("close-b.md")));
        QCOMPARE(open(w)->count(), 2); // Cancel keeps it

        answer(w, &asked, QMessageBox::Save);
        QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(readFile(b), QStringLiteral("# B {#b}\nmore"));
        QCOMPARE(open(w)->count(), 1);
        QCOMPARE(w.session()->filePath(), a);
        QVERIFY(!startPage(w)->isShown());

        // The tab's close button closes an unmodified document without a question.
        const int before = int(asked.texts.size());
        QVERIFY(w.openFile(b));
        QCOMPARE(open(w)->count(), 2);
        auto *close = tabs(w)->tabButton(1, QTabBar::RightSide);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(open(w)->count(), 1);
        QCOMPARE(int(asked.texts.size()), before);

        // Closing the last document shows the start page instead of an empty Untitled.
        QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(startPage(w)->isShown());
        QVERIFY(!w.centralSplit()->isVisible());
        QVERIFY(!tabs(w)->isVisible());
        QVERIFY(open(w)->current()->isPristine());
    }

    void tabContextMenuClosesOthersAndAll()
    {
        const QString a = writeFile(QStringLiteral("menu-a.md"), QStringLiteral("# A {#a}\n"));
        const QString b = writeFile(QStringLiteral("menu-b.md"), QStringLiteral("# B {#b}\n"));
        const QString c = writeFile(QStringLiteral("menu-c.md"), QStringLiteral("# C {#c}\n"));
        MainWindow w;
        Questions asked;
        answer(w, &asked, QMessageBox::Cancel);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const QString &path : {a, b, c})
            QVERIFY(w.openFile(path));
        w.editor()->moveCursor(QTextCursor::End);
        typeText(w.editor(), QStringLiteral("kept"));
        DocumentTabs *bar = tabs(w);
        // Right-click a tab and pick an entry of its menu with the keyboard.
        const auto choose = [&](int tab, const char *action) {
            bool done = false;
            QTimer::singleShot(50, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                QCOMPARE(menu->objectName(), QStringLiteral("documentTabMenu"));
                QAction *entry = menu->findChild<QAction *>(QLatin1String(action));
                QVERIFY(entry && entry->isEnabled());
                menu->setActiveAction(entry);
                SPECWRIGHT_SCREENSHOT(menu, QStringLiteral("document_tab_menu.png"));
                QTest::keyClick(menu, Qt::Key_Return);
                done = true;
            });
            const QPoint at = bar->tabRect(tab).center();
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, bar->mapToGlobal(at));
            QApplication::sendEvent(bar, &event);
            QTRY_VERIFY(done);
        };
        choose(bar->tabOf(open(w)->find(c)), "tabCopyPath");
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(c));

        // Close Others on B, in tab order: A goes, C is modified and the user cancels there.
        choose(bar->tabOf(open(w)->find(b)), "tabCloseOthers");
        QCOMPARE(asked.texts.size(), 1);
        QVERIFY(asked.texts.first().contains(QStringLiteral("menu-c.md")));
        QCOMPARE(open(w)->count(), 2);
        QVERIFY(!open(w)->find(a));
        QVERIFY(open(w)->find(b) && open(w)->find(c));

        // Close All, discarding C's change: the start page.
        answer(w, &asked, QMessageBox::Discard);
        choose(0, "tabCloseAll");
        QVERIFY(startPage(w)->isShown());
        QVERIFY(open(w)->current()->isPristine());
        QCOMPARE(readFile(c), QStringLiteral("# C {#c}\n")); // discarded, not saved
    }

    void quittingWithSeveralModifiedDocumentsAsksOnce()
    {
        const QString a = writeFile(QStringLiteral("quit-a.md"), QStringLiteral("# A {#a}\n"));
        const QString b = writeFile(QStringLiteral("quit-b.md"), QStringLiteral("# B {#b}\n"));
        MainWindow w;
        Questions asked;
        answer(w, &asked, QMessageBox::Cancel);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(a));
        w.editor()->moveCursor(QTextCursor::End);
        typeText(w.editor(), QStringLiteral("one"));
        QVERIFY(w.openFile(b));
        w.editor()->moveCursor(QTextCursor::End);
        typeText(w.editor(), QStringLiteral("two"));

        QVERIFY(!w.close()); // File > Quit, the window manager's close button
        QCOMPARE(asked.texts.size(), 1);
        QVERIFY(asked.texts.first().contains(QStringLiteral("quit-a.md")));
        QVERIFY(asked.texts.first().contains(QStringLiteral("quit-b.md")));
        QVERIFY(asked.buttons.first().testFlag(QMessageBox::SaveAll));
        QVERIFY(w.isVisible()); // Cancel: still open, both still modified
        QCOMPARE(open(w)->modifiedDocuments().size(), 2);

        answer(w, &asked, QMessageBox::SaveAll);
        QVERIFY(w.close());
        QVERIFY(!w.isVisible());
        QCOMPARE(readFile(a), QStringLiteral("# A {#a}\none"));
        QCOMPARE(readFile(b), QStringLiteral("# B {#b}\ntwo"));
    }

    void backAndForwardFollowJumps()
    {
        const QString a =
            writeFile(QStringLiteral("nav-a.md"), longSpec(QStringLiteral("NavA"), 8));
        const QString b =
            writeFile(QStringLiteral("nav-b.md"), longSpec(QStringLiteral("NavB"), 8));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(a));
        waitForModel(w);
        w.editor()->setFocus();
        QCOMPARE(w.editor()->currentLine(), 1);

        // An outline click is a jump.
        const SpecDocument::Ptr doc = w.controller()->document();
        const int part5 = doc->sectionIndexById(QStringLiteral("part5"));
        QTreeView *tree = w.outline()->tree();
        const QModelIndex item = w.outline()->indexForSection(part5);
        tree->scrollTo(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(item).center());
        const int part5Line = doc->sections()[part5].headingLine;
        QCOMPARE(w.editor()->currentLine(), part5Line);

        // Opening another file at a line (as a reference or Problems does) is one more.
        QVERIFY(w.openFileAt(b, 10));
        QCOMPARE(w.session()->filePath(), b);

        QTest::keyClick(w.editor(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.session()->filePath(), a);
        QCOMPARE(w.editor()->currentLine(), part5Line);
        QTest::keyClick(w.editor(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.editor()->currentLine(), 1);
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("goBack"))->isEnabled());
        QTest::keyClick(w.editor(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.editor()->currentLine(), part5Line);
        QTest::keyClick(w.editor(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.session()->filePath(), b);
        QCOMPARE(w.editor()->currentLine(), 10);
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("goForward"))->isEnabled());

        // A search result on another line is a jump too (Ctrl+F, type, Enter).
        QTest::keyClick(w.editor(), Qt::Key_Left, Qt::AltModifier); // back in a, at part 5
        QCOMPARE(w.editor()->currentLine(), part5Line);
        QTest::keyClick(w.editor(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *field = w.editorPane()->findChild<QLineEdit *>();
        QVERIFY(field && field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("must do 7"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(w.editor()->currentLine() > part5Line);
        QTest::keyClick(field, Qt::Key_Escape);
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.editor()->currentLine(), part5Line);
        QTest::keyClick(w.editor(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(w.editor()->currentLine() > part5Line);
        QVERIFY(w.openFileAt(b, 10));

        // Closing is a move too; Back to a closed document reopens its file where it was.
        QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w.session()->filePath(), a);
        QCOMPARE(open(w)->count(), 1);
        QTest::keyClick(w.editor(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.session()->filePath(), b);
        QCOMPARE(w.editor()->currentLine(), 10);
        QCOMPARE(open(w)->count(), 2);
        QTest::keyClick(w.editor(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.session()->filePath(), a);
    }

    void reopeningAFileRestoresCursorAndScroll()
    {
        const QString a =
            writeFile(QStringLiteral("pos-a.md"), longSpec(QStringLiteral("Pos"), 60));
        int scroll = 0;
        {
            MainWindow w;
            w.resize(900, 500);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(a));
            w.editor()->goToLine(149, 3); // a heading
            scroll = w.editor()->verticalScrollBar()->value();
            QVERIFY(scroll > 0);
            QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier); // close the tab
            QVERIFY(startPage(w)->isShown());
            QVERIFY(w.openFile(a)); // reopened in the same run
            QCOMPARE(w.editor()->currentLine(), 149);
            QCOMPARE(w.editor()->currentColumn(), 3);
            QCOMPARE(w.editor()->verticalScrollBar()->value(), scroll);
            w.editor()->goToLine(200, 1);
            scroll = w.editor()->verticalScrollBar()->value();
            w.close(); // the session keeps it
        }
        MainWindow w;
        w.resize(900, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.restoreSession();
        QCOMPARE(w.session()->filePath(), a);
        QCOMPARE(w.editor()->currentLine(), 200);
        QCOMPARE(w.editor()->verticalScrollBar()->value(), scroll);
        QVERIFY(!startPage(w)->isShown());
    }

    void sessionReopensEveryDocument()
    {
        const QString a = writeFile(QStringLiteral("s-a.md"), QStringLiteral("# A {#a}\n"));
        const QString b = writeFile(QStringLiteral("s-b.md"), QStringLiteral("# B {#b}\n"));
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openFile(a));
            QVERIFY(w.openFile(b));
            clickTab(w, 0);
            w.close();
        }
        MainWindow w;
        w.show();
        w.restoreSession();
        QCOMPARE(open(w)->count(), 2);
        QCOMPARE(open(w)->documents().at(0)->filePath(), a);
        QCOMPARE(open(w)->documents().at(1)->filePath(), b);
        QCOMPARE(w.session()->filePath(), a); // the one shown at exit
    }

    void evalPromptOpensBesideTheSpec()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPath(fixture);
        const QString spec = QDir(fixture).absoluteFilePath(QStringLiteral("spec.md"));
        QTRY_VERIFY_WITH_TIMEOUT(w.workspace(), 20000);
        waitForModel(w);
        w.editor()->goToLine(42); // the section citing [^pt1a]
        QTreeWidget *tree = w.examplesPanel()->tree();
        QTreeWidgetItem *prompts = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                prompts = nullptr;
                for (int i = 0; i < tree->topLevelItemCount(); ++i)
                    if (tree->topLevelItem(i)->text(0).contains(QStringLiteral("[^pt1a]")))
                        prompts = tree->topLevelItem(i);
                return prompts != nullptr;
            }(),
            20000);
        tree->scrollToItem(prompts);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(prompts).center());
        QTRY_COMPARE(QFileInfo(w.session()->filePath()).fileName(), QStringLiteral("pt1a.md"));
        QCOMPARE(open(w)->count(), 2); // beside the spec, which stays open with its state
        QCOMPARE(open(w)->documents().at(0)->filePath(), spec);
        QCOMPARE(tabs(w)->tabText(1), QStringLiteral("pt1a.md"));
        QTest::keyClick(w.editor(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.session()->filePath(), spec);
        QCOMPARE(w.editor()->currentLine(), 42);
    }

    void recoveryWorksPerDocument()
    {
        const QString a = writeFile(QStringLiteral("rec-a.md"), QStringLiteral("# A {#a}\n"));
        const QString b = writeFile(QStringLiteral("rec-b.md"), QStringLiteral("# B {#b}\n"));
        {
            auto *w = new MainWindow;
            w->show();
            QVERIFY(w->openFile(a));
            w->editor()->moveCursor(QTextCursor::End);
            typeText(w->editor(), QStringLiteral("lost a"));
            QVERIFY(!w->recovery()->saveNow().isEmpty());
            QVERIFY(w->openFile(b));
            w->editor()->moveCursor(QTextCursor::End);
            typeText(w->editor(), QStringLiteral("lost b"));
            QVERIFY(!w->recovery()->saveNow().isEmpty());
            w->documents()->newDocument();
            typeText(w->editor(), QStringLiteral("untitled words"));
            QVERIFY(!w->recovery()->saveNow().isEmpty());
            delete w; // a crash: no close, the files stay
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.offerRecovery());
        QVERIFY(w.prompts()->isVisible());
        QVERIFY(w.prompts()->text().contains(QStringLiteral("3")));
        QTest::mouseClick(w.prompts()->findChild<QPushButton *>(QStringLiteral("recover")),
                          Qt::LeftButton);
        QCOMPARE(open(w)->count(), 3);
        QStringList texts;
        for (OpenDocument *d : open(w)->documents()) {
            QVERIFY(d->isModified());
            texts.append(d->buffer()->toPlainText());
        }
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("# A {#a}\nlost a"),
                                     QStringLiteral("# B {#b}\nlost b"),
                                     QStringLiteral("untitled words")}));
        for (OpenDocument *d : open(w)->documents())
            d->buffer()->setModified(false);
        w.documents()->markAllClean();
    }

    void startPageOnFirstStartOffersTemplatesAndTheSample()
    {
        const QString folder = m_files.filePath(QStringLiteral("recent-ws"));
        QDir().mkpath(folder);
        writeFile(QStringLiteral("recent-ws/spec.md"), QStringLiteral("# Recent {#recent}\n"));
        {
            MainWindow w;
            w.openWorkspace(folder);
            QTRY_VERIFY(w.workspace());
        }
        AppSettings::saveSessionWorkspace(QString()); // as on a first start
        QSettings().remove(QStringLiteral("session/openFiles"));
        QSettings().remove(QStringLiteral("session/file"));
        MainWindow w;
        w.resize(1100, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.restoreSession();
        QVERIFY(startPage(w)->isShown());
        QVERIFY(!w.centralSplit()->isVisible());
        StartPage *page = startPage(w)->page();
        auto *recent = page->findChild<QCommandLinkButton *>(QStringLiteral("startRecent0"));
        QVERIFY(recent);
        QCOMPARE(recent->text(), QStringLiteral("recent-ws"));
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("start_page_light.png"));
        const QPalette original = QApplication::palette();
        QImage dark;
        darkWindowShot(w, QStringLiteral("start_page_dark.png"), &dark);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(TestSupport::averageLightness(dark) < 110);
        QApplication::setPalette(original);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() > 150);

        // A template: an untitled spec with its text, and the editor in place of the page.
        QTest::mouseClick(
            page->findChild<QCommandLinkButton *>(QStringLiteral("startTemplateEars")),
            Qt::LeftButton);
        QVERIFY(!startPage(w)->isShown());
        QVERIFY(w.centralSplit()->isVisible());
        QVERIFY(w.editor()->toPlainText().contains(QStringLiteral("THE system SHALL")));
        QVERIFY(w.session()->filePath().isEmpty());
        QVERIFY(w.editor()->document()->isModified());
        waitForModel(w);
        QVERIFY(w.controller()->document()->sections().size() >= 3);
        w.editor()->document()->setModified(false);
        QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(startPage(w)->isShown());

        // The bundled sample: copied to the user's data folder, opened as workspace.
        QTest::mouseClick(page->findChild<QCommandLinkButton *>(QStringLiteral("startOpenSample")),
                          Qt::LeftButton);
        QVERIFY(!startPage(w)->isShown());
        QCOMPARE(QFileInfo(w.session()->filePath()).fileName(), QStringLiteral("bookshop.md"));
        QVERIFY(QFileInfo::exists(
            QFileInfo(w.session()->filePath()).dir().filePath(QStringLiteral("examples/rf01.md"))));
        QTRY_VERIFY_WITH_TIMEOUT(w.workspace(), 20000);
        // With its amendments as history, so review has something to show; a clean status.
        const QString sampleDir = QFileInfo(w.session()->filePath()).absolutePath();
        auto sampleRepo = GitRepository::open(sampleDir);
        QVERIFY(sampleRepo.ok());
        const auto amendments = FileHistory::log(sampleRepo.value(), QStringLiteral("bookshop.md"));
        QVERIFY(amendments.ok());
        QCOMPARE(amendments->size(), 4);
        QCOMPARE(sampleRepo->fileStatus(QStringLiteral("bookshop.md")), GitFileStates());

        // A recent workspace opens with a click.
        QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(startPage(w)->isShown());
        recent = page->findChild<QCommandLinkButton *>(QStringLiteral("startRecent1"));
        QVERIFY(recent); // the sample is now the newest, recent-ws next
        QTest::mouseClick(recent, Qt::LeftButton);
        QCOMPARE(w.session()->filePath(), QDir(folder).absoluteFilePath(QStringLiteral("spec.md")));
    }

    void everyTemplateIsASpec()
    {
        for (auto t : {StartPage::Template::ModelSpec, StartPage::Template::SpecKit,
                       StartPage::Template::Ears}) {
            const QString text = StartPage::templateText(t);
            QVERIFY(text.size() > 200);
            const SpecDocument::Ptr doc = SpecDocument::parse(text);
            QVERIFY(doc->sections().size() >= 3);
        }
        const SpecDocument::Ptr modelSpec =
            SpecDocument::parse(StartPage::templateText(StartPage::Template::ModelSpec));
        QVERIFY(!modelSpec->examples().isEmpty());
    }

    void tabBarScreenshotsLightAndDark()
    {
        const QString a =
            writeFile(QStringLiteral("overview.md"), longSpec(QStringLiteral("Overview"), 4));
        const QString b =
            writeFile(QStringLiteral("requirements.md"), longSpec(QStringLiteral("Req"), 4));
        const QString c =
            writeFile(QStringLiteral("design-notes.md"), longSpec(QStringLiteral("Design"), 4));
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const QString &f : {a, b, c})
            QVERIFY(w.openFile(f));
        w.editor()->moveCursor(QTextCursor::End);
        typeText(w.editor(), QStringLiteral("x"));
        clickTab(w, 1);
        waitForModel(w);
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("document_tabs_window_light.png"));
        SPECWRIGHT_SCREENSHOT(tabs(w), QStringLiteral("document_tabs_light.png"));
        const QPalette original = QApplication::palette();
        QImage dark;
        darkWindowShot(w, QStringLiteral("document_tabs_window_dark.png"), &dark);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(TestSupport::averageLightness(dark) < 110);
        SPECWRIGHT_SCREENSHOT(tabs(w), QStringLiteral("document_tabs_dark.png"));
        QApplication::setPalette(original);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() > 150);
        QCOMPARE(tabs(w)->tabText(2), QStringLiteral("design-notes.md *"));
        for (OpenDocument *d : open(w)->documents())
            d->buffer()->setModified(false);
    }
};

QTEST_MAIN(TestOpenDocuments)
#include "tst_open_documents.moc"
