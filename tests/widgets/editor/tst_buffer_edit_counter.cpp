// BufferEditCounter counts text edits only (typed keys, a same-length replacement, undo), not
// the highlighter's format changes or empty edit blocks, which move QTextDocument::revision();
// DocumentController decides by it whether a buffer shown again must be parsed again: a big
// buffer switched away from while it is still coloured in slices is not.
#include "buffer_edit_counter.h"
#include "document_controller.h"
#include "spec_editor.h"
#include "spec_syntax_highlighter.h"
#include "test_support.h"

#include <QPlainTextDocumentLayout>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Specwright;
using namespace Qt::StringLiterals;

class TestBufferEditCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTextEditsNotFormats()
    {
        SpecEditor editor;
        editor.resize(600, 300);
        editor.setPlainText(u"# Title\n\nSome text.\n"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *doc = editor.document();
        BufferEditCounter *counter = BufferEditCounter::of(doc);
        QCOMPARE(BufferEditCounter::of(doc), counter); // one per buffer
        const quint64 start = counter->edits();

        editor.setFocus();
        editor.moveCursor(QTextCursor::End);
        TestSupport::typeText(&editor, u"abc"_s);
        QCOMPARE(counter->edits(), start + 3);

        // Colouring everything again and an empty edit block move the revision only.
        const int revision = doc->revision();
        SpecSyntaxHighlighter::of(doc)->rehighlightAll();
        QTextCursor quiet(doc);
        quiet.beginEditBlock();
        quiet.endEditBlock();
        QVERIFY(doc->revision() != revision);
        QCOMPARE(counter->edits(), start + 3);

        // A replacement of as many characters as it removes is an edit; so is its undo.
        QTextCursor c = editor.textCursor();
        c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
        QTest::keyClick(&editor, Qt::Key_X);
        QVERIFY(doc->toPlainText().endsWith(u"abx"_s));
        QCOMPARE(counter->edits(), start + 4);
        QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(counter->edits() > start + 4);
    }

    // Back to a big buffer whose slices coloured on while it was in the background: its model
    // is shown at once and nothing is parsed again; an edit made meanwhile is parsed.
    void bufferShownAgainIsParsedOnlyAfterAnEdit()
    {
        QString big;
        for (int i = 0; big.size() < SpecSyntaxHighlighter::kSlicedFrom + 2000; ++i)
            big += u"## Part %1 {#part%1}\n\nThe system must do %1.\n\n"_s.arg(i);
        SpecEditor editor;
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *bigBuffer = new QTextDocument(&editor);
        bigBuffer->setDocumentLayout(new QPlainTextDocumentLayout(bigBuffer));
        auto *smallBuffer = new QTextDocument(&editor);
        smallBuffer->setDocumentLayout(new QPlainTextDocumentLayout(smallBuffer));
        smallBuffer->setPlainText(u"# Small\n\nText.\n"_s);
        editor.setBuffer(bigBuffer);
        SpecSyntaxHighlighter::setPlainText(bigBuffer, big);
        DocumentController controller(bigBuffer);
        controller.setDebounceInterval(0);
        controller.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.isCurrent(), 20000);
        QVERIFY(SpecSyntaxHighlighter::of(bigBuffer)->isColouring()); // still in slices
        const DocumentController::Snapshot bigResults = controller.snapshot();
        QVERIFY(bigResults.bufferEdits >= 0);

        editor.setBuffer(smallBuffer);
        controller.setBuffer(smallBuffer, QString(), {});
        QTRY_VERIFY_WITH_TIMEOUT(controller.isCurrent(), 20000);
        const DocumentController::Snapshot smallResults = controller.snapshot();
        // The big buffer's slices colour on in the background.
        const int revision = bigBuffer->revision();
        QTRY_VERIFY_WITH_TIMEOUT(!SpecSyntaxHighlighter::of(bigBuffer)->isColouring(), 60000);
        QVERIFY(bigBuffer->revision() != revision);

        QSignalSpy states(&controller, &DocumentController::stateChanged);
        editor.setBuffer(bigBuffer);
        controller.setBuffer(bigBuffer, QString(), bigResults);
        QVERIFY(controller.isCurrent());
        QCOMPARE(controller.document(), bigResults.document);
        QTest::qWait(100);
        for (const QList<QVariant> &state : std::as_const(states))
            QVERIFY(state.first().value<DocumentController::State>() !=
                    DocumentController::State::Parsing);

        // Typed while in the background (a replace-in-files, say): parsed on its next show.
        editor.setBuffer(smallBuffer);
        controller.setBuffer(smallBuffer, QString(), smallResults);
        const DocumentController::Snapshot again = controller.snapshot();
        QVERIFY(again.bufferEdits >= 0);
        QTextCursor(bigBuffer).insertText(u"Edited. "_s);
        editor.setBuffer(bigBuffer);
        controller.setBuffer(bigBuffer, QString(), bigResults);
        QVERIFY(!controller.isCurrent());
        QTRY_VERIFY_WITH_TIMEOUT(controller.isCurrent() &&
                                     controller.document()->text().startsWith(u"Edited. "_s),
                                 20000);
    }
};

QTEST_MAIN(TestBufferEditCounter)
#include "tst_buffer_edit_counter.moc"
