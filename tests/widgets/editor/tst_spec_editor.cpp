// SpecEditor, FindReplaceBar and DocumentController driven by real key events.
#include "document_controller.h"
#include "editor_pane.h"
#include "find_replace_bar.h"
#include "spec_editor.h"
#include "spec_syntax_highlighter.h"
#include "test_support.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Specwright;

using TestSupport::typeText;

class TestSpecEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingUpdatesModelOnWorker()
    {
        EditorPane pane;
        DocumentController controller(pane.editor()->document());
        controller.setDebounceInterval(20);
        QSignalSpy spy(&controller, &DocumentController::documentChanged);
        pane.show();
        typeText(pane.editor(),
                 QStringLiteral("# Title {#top}\n\nThe system must work.\n\n## Child\n"));
        QTRY_VERIFY(controller.isCurrent());
        QVERIFY(spy.count() >= 1);
        QCOMPARE(controller.document()->sections().size(), 2);
        QCOMPARE(controller.document()->sections()[0].id, QStringLiteral("top"));
        QCOMPARE(controller.wordCount(), 7);
    }

    void debounceGrowsWithDocumentSize()
    {
        QCOMPARE(DocumentController::debounceFor(150, 0), 150);
        QCOMPARE(DocumentController::debounceFor(150, 1000000), 650);
        QCOMPARE(DocumentController::debounceFor(150, 50000000), 1000); // capped
        // The timer follows the buffer: a long buffer waits longer after an edit.
        EditorPane pane;
        DocumentController controller(pane.editor()->document());
        pane.editor()->setPlainText(QString(400000, QLatin1Char('x')));
        QCOMPARE(controller.debounceInterval(), 150 + 400001 / 2000);
    }

    // Colouring changes formats, which QTextDocument reports as changed contents: the model
    // is not parsed again for it (a big spec is coloured in slices for seconds), only for a
    // change of the text.
    void colouringIsNoEdit()
    {
        EditorPane pane;
        DocumentController controller(pane.editor()->document());
        controller.setDebounceInterval(20);
        pane.show();
        typeText(pane.editor(), QStringLiteral("# Title {#top}\n\n```cpp\nint x;\n```\n"));
        QTRY_VERIFY(controller.isCurrent());
        QSignalSpy parsed(&controller, &DocumentController::documentChanged);
        SpecSyntaxHighlighter::of(pane.editor()->document())->rehighlight();
        QTest::qWait(100);
        QVERIFY(controller.isCurrent());
        QCOMPARE(parsed.count(), 0);
        typeText(pane.editor(), QStringLiteral("x"));
        QVERIFY(!controller.isCurrent());
        QTRY_VERIFY(controller.isCurrent());
        QCOMPARE(parsed.count(), 1);
        // A replacement of as many characters is an edit too.
        QTest::keyClick(pane.editor(), Qt::Key_Left, Qt::ShiftModifier);
        typeText(pane.editor(), QStringLiteral("y"));
        QVERIFY(!controller.isCurrent());
        QTRY_VERIFY(controller.isCurrent());
        QCOMPARE(parsed.count(), 2);
        QVERIFY(controller.document()->text().endsWith(u'y'));
    }

    void editsWhileParsingAreNotLost()
    {
        // Typing during a parse supersedes it: the model ends up matching the last text.
        EditorPane pane;
        DocumentController controller(pane.editor()->document());
        controller.setDebounceInterval(0);
        pane.show();
        for (int i = 1; i <= 5; ++i) {
            pane.editor()->setPlainText(QStringLiteral("# Part %1 {#p%1}\n").arg(i));
            controller.refreshNow();
        }
        QTRY_VERIFY(controller.isCurrent());
        QCOMPARE(controller.document()->sections().value(0).id, QStringLiteral("p5"));
    }

    void findAndReplaceWithRegexIsOneUndoStep()
    {
        EditorPane pane;
        SpecEditor *ed = pane.editor();
        ed->setPlainText(QStringLiteral("item1 and item22\nno match here\nitem3"));
        pane.action(EditorPane::Action::Replace)->trigger();
        FindReplaceBar *bar = pane.findBar();
        QVERIFY(!bar->isHidden());
        QTest::keyClicks(bar->searchField(), QStringLiteral("item(\\d+)"));
        QTest::keyClicks(bar->replaceField(), QStringLiteral("entry-\\1"));
        bar->setRegularExpression(true);
        QVERIFY(bar->findNext());
        QCOMPARE(ed->textCursor().selectedText(), QStringLiteral("item1"));
        QCOMPARE(bar->replaceAll(), 3);
        QCOMPARE(ed->toPlainText(), QStringLiteral("entry-1 and entry-22\nno match here\nentry-3"));
        ed->undo();
        QCOMPARE(ed->toPlainText(), QStringLiteral("item1 and item22\nno match here\nitem3"));

        bar->setRegularExpression(false);
        bar->setSearchText(QStringLiteral("NO MATCH"));
        QVERIFY(bar->findNext()); // case-insensitive by default
        bar->setCaseSensitive(true);
        QVERIFY(!bar->findNext());
        QCOMPARE(bar->statusText(), QStringLiteral("Not found"));
        bar->setRegularExpression(true);
        bar->setSearchText(QStringLiteral("(unclosed"));
        QVERIFY(!bar->findNext());
        QVERIFY(bar->statusText().startsWith(QStringLiteral("Invalid expression")));
    }

    void findCountsAndMarksEveryMatch()
    {
        EditorPane pane;
        SpecEditor *ed = pane.editor();
        ed->setPlainText(QStringLiteral("The system must log.\nThe system must not crash.\n"
                                        "Logs are kept; the SYSTEM must rotate them."));
        pane.resize(900, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        FindReplaceBar *bar = pane.findBar();
        const int fieldWidth = bar->searchField()->width();
        QTest::keyClick(ed, Qt::Key_H, Qt::ControlModifier); // Replace…
        QVERIFY(bar->isVisible());
        QSignalSpy marks(bar, &FindReplaceBar::matchesChanged);
        QTest::keyClicks(bar->searchField(), QStringLiteral("system"));
        QTRY_COMPARE(bar->matchCount(), 3); // case-insensitive by default
        QCOMPARE(ed->searchMarkCount(), 3);
        QVERIFY(marks.count() >= 1);
        QTest::keyClick(bar->searchField(), Qt::Key_Return);
        QVERIFY2(bar->statusText().startsWith(QStringLiteral("1 of 3")),
                 qPrintable(bar->statusText()));
        QVERIFY(pane.grab().save(QStringLiteral(SPECWRIGHT_BINARY_DIR "/find-bar-marks.png")));
        QTest::keyClick(bar->searchField(), Qt::Key_Return);
        QVERIFY2(bar->statusText().startsWith(QStringLiteral("2 of 3")),
                 qPrintable(bar->statusText()));
        QTest::keyClick(bar->searchField(), Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY2(bar->statusText().startsWith(QStringLiteral("1 of 3")),
                 qPrintable(bar->statusText()));

        // Case-sensitive: two left; the option re-counts at once.
        bar->setCaseSensitive(true);
        QTRY_COMPARE(bar->matchCount(), 2);

        // Replace All keeps the fields at their width and re-counts.
        QTest::keyClicks(bar->replaceField(), QStringLiteral("service"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("2 replacement(s)"));
        QVERIFY(bar->searchField()->width() >= fieldWidth * 0.9);
        QVERIFY(bar->searchField()->width() >= bar->searchField()->minimumWidth());
        const QImage shot = pane.grab().toImage();
        QCOMPARE(shot.size(), pane.size() * pane.devicePixelRatio());
        QVERIFY(shot.save(QStringLiteral(SPECWRIGHT_BINARY_DIR "/find-bar-after-replace-all.png")));

        // Closing the bar removes the marks.
        bar->setCaseSensitive(false);
        QTRY_COMPARE(bar->matchCount(), 1);
        QCOMPARE(ed->searchMarkCount(), 1);
        QTest::keyClick(bar->searchField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(ed->searchMarkCount(), 0);
    }

    void undoRemovesOneWordAtATime()
    {
        EditorPane pane;
        SpecEditor *ed = pane.editor();
        pane.show();
        ed->setFocus();
        typeText(ed, QStringLiteral("The system must log."));
        QCOMPARE(ed->toPlainText(), QStringLiteral("The system must log."));
        QTest::keyClick(ed, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ed->toPlainText(), QStringLiteral("The system must "));
        QTest::keyClick(ed, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ed->toPlainText(), QStringLiteral("The system "));
        // A word typed after moving the cursor is a group of its own.
        QTest::keyClick(ed, Qt::Key_Home);
        typeText(ed, QStringLiteral("So "));
        QCOMPARE(ed->toPlainText(), QStringLiteral("So The system "));
        QTest::keyClick(ed, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ed->toPlainText(), QStringLiteral("The system "));
        QTest::keyClick(ed, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(ed->toPlainText(), QStringLiteral("So The system "));
        // A paste between typing is its own step.
        QTest::keyClick(ed, Qt::Key_End);
        ed->insertPlainText(QStringLiteral("pasted"));
        typeText(ed, QStringLiteral("word"));
        QTest::keyClick(ed, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ed->toPlainText(), QStringLiteral("So The system pasted"));
    }

    void goToLineAndZoom()
    {
        EditorPane pane;
        SpecEditor *ed = pane.editor();
        QStringList lines;
        for (int i = 1; i <= 200; ++i)
            lines.append(QStringLiteral("line %1").arg(i));
        ed->setPlainText(lines.join(QLatin1Char('\n')));
        pane.resize(600, 300);
        pane.show();
        ed->goToLine(150, 3);
        QCOMPARE(ed->currentLine(), 150);
        QCOMPARE(ed->currentColumn(), 3);
        ed->scrollToLine(40);
        QCOMPARE(ed->firstVisibleLine(), 40);
        const int size = ed->font().pointSize();
        pane.action(EditorPane::Action::ZoomIn)->trigger();
        QCOMPARE(ed->font().pointSize(), size + 1);
        pane.action(EditorPane::Action::ZoomReset)->trigger();
        QCOMPARE(ed->font().pointSize(), size);
        QVERIFY(ed->wordWrap());
        pane.action(EditorPane::Action::WordWrap)->trigger();
        QVERIFY(!ed->wordWrap());
    }

    void diagnosticsAndQuickFix()
    {
        SpecEditor ed;
        ed.setPlainText(QStringLiteral("The system shall be fast.\nSecond line."));
        Diagnostic d;
        d.ruleId = QStringLiteral("ambiguity/vague");
        d.severity = Severity::Warning;
        d.message = QStringLiteral("'fast' is vague");
        d.range.startOffset = 20;
        d.range.endOffset = 24;
        Fix fix;
        fix.title = QStringLiteral("Replace with a number");
        fix.edits = {TextEdit{20, 24, QStringLiteral("done in 100 ms")},
                     TextEdit{0, 3, QStringLiteral("This")}};
        d.fixes = {fix};
        ed.setDiagnostics({d});
        QCOMPARE(ed.diagnosticsAt(21), QList<int>{0});
        QVERIFY(ed.diagnosticsAt(30).isEmpty()); // on another line
        // The squiggle is an extra selection covering "fast".
        bool found = false;
        for (const auto &sel : ed.extraSelections())
            found |= sel.cursor.selectedText() == QStringLiteral("fast") &&
                     sel.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
        QVERIFY(found);

        // Typing before the range moves the anchors with the text.
        QTextCursor c(ed.document());
        c.insertText(QStringLiteral(">> "));
        QTextCursor at(ed.document());
        at.setPosition(24);
        ed.setTextCursor(at);
        const QList<QAction *> actions = ed.quickFixActions(this);
        QCOMPARE(actions.size(), 1);
        actions.first()->trigger();
        QCOMPARE(ed.toPlainText(),
                 QStringLiteral(">> This system shall be done in 100 ms.\nSecond line."));
        ed.undo(); // a fix is one undo step
        QCOMPARE(ed.toPlainText(), QStringLiteral(">> The system shall be fast.\nSecond line."));
        qDeleteAll(actions);
    }

    void themeFollowsPalette()
    {
        SpecEditor ed;
        const QPalette original = QApplication::palette();
        QPalette dark = QApplication::palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::WindowText, Qt::white);
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QVERIFY2(ed.themeName().contains(QStringLiteral("Dark")), qPrintable(ed.themeName()));
        QVERIFY(ed.palette().color(QPalette::Base).lightness() < 128);
        QPalette light = dark;
        light.setColor(QPalette::Base, Qt::white);
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QVERIFY2(!ed.themeName().contains(QStringLiteral("Dark")), qPrintable(ed.themeName()));
        QVERIFY(ed.palette().color(QPalette::Base).lightness() > 128);
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestSpecEditor)
#include "tst_spec_editor.moc"
