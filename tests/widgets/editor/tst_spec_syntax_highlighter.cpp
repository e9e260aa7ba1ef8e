// SpecSyntaxHighlighter: the body of a "!!! meta" admonition is coloured as commentary prose,
// also after a blank line (where plain Markdown sees indented code), as the preview shows it;
// real indented code keeps its colour. Typing the "!!!" line recolours the lines below it.
#include "editor_theme.h"
#include "spec_editor.h"
#include "spec_syntax_highlighter.h"
#include "test_support.h"

#include <KSyntaxHighlighting/Theme>
#include <QApplication>
#include <QPlainTextDocumentLayout>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"# Spec\n"
                      u"\n"
                      u"!!! meta \"Commentary\"\n"
                      u"    Commentary right below the title line.\n"
                      u"\n"
                      u"    Commentary after a blank line is still commentary.\n"
                      u"\n"
                      u"A paragraph.\n"
                      u"\n"
                      u"    real_indented_code();\n"_s;

QTextBlock blockWith(QTextDocument *doc, const QString &text)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (b.text().contains(text))
            return b;
    return {};
}

// The foreground of the block's text at its first non-space character.
QColor colourOf(const QTextBlock &block)
{
    const int at = int(block.text().indexOf(QRegularExpression(u"\\S"_s)));
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (r.start <= at && at < r.start + r.length)
            return r.format.foreground().color();
    return {};
}

} // namespace

class TestSpecSyntaxHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void admonitionBodyIsCommentary_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void admonitionBodyIsCommentary()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? TestSupport::darkPalette()
                                      : QApplication::style()->standardPalette());
        SpecEditor editor;
        editor.resize(700, 300);
        editor.setPlainText(kText);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *doc = editor.document();
        const auto theme = EditorTheme::themeFor(QApplication::palette());
        const QColor normal = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));

        const QTextBlock afterBlank = blockWith(doc, u"after a blank line"_s);
        QVERIFY(SpecSyntaxHighlighter::isAdmonitionBody(afterBlank));
        QCOMPARE(colourOf(afterBlank), normal);
        QVERIFY(SpecSyntaxHighlighter::isAdmonitionBody(blockWith(doc, u"right below"_s)));
        const QTextBlock code = blockWith(doc, u"real_indented_code"_s);
        QVERIFY(!SpecSyntaxHighlighter::isAdmonitionBody(code));
        QVERIFY(colourOf(code).isValid());
        QVERIFY(colourOf(code) != normal); // still coloured as code
        QVERIFY(!SpecSyntaxHighlighter::isAdmonitionBody(blockWith(doc, u"A paragraph."_s)));
        SPECWRIGHT_SCREENSHOT(&editor,
                              dark ? u"editor-meta-dark.png"_s : u"editor-meta-light.png"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void typingTheTitleLineRecolours()
    {
        SpecEditor editor;
        editor.resize(700, 300);
        editor.setPlainText(u"Intro.\n\n\n\n    a body line\n\n    another body line\n"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *doc = editor.document();
        const auto theme = EditorTheme::themeFor(QApplication::palette());
        const QColor normal = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
        const QTextBlock last = blockWith(doc, u"another body line"_s);
        QVERIFY(colourOf(last) != normal); // indented code so far
        // Type "!!! note" on the empty third line with real key events.
        QTextCursor c(doc->findBlockByNumber(2));
        editor.setTextCursor(c);
        editor.setFocus();
        TestSupport::typeText(&editor, u"!!! note"_s);
        QTRY_COMPARE(colourOf(blockWith(doc, u"another body line"_s)), normal);
        QCOMPARE(colourOf(blockWith(doc, u"a body line"_s)), normal);
        // Removing it again makes them code.
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(&editor, Qt::Key_Backspace);
        QTRY_VERIFY(colourOf(blockWith(doc, u"another body line"_s)) != normal);
    }

    // A meta body of any length is commentary to its last line, in a small buffer (coloured
    // at once) and in a big one (coloured in slices; the body's end is on screen first, ahead
    // of the slices, then right once they reach it); typing the title line above a 900-line
    // body recolours all of it.
    void longAdmonitionBodyIsCommentaryToItsEnd_data()
    {
        QTest::addColumn<bool>("big");
        QTest::newRow("small buffer") << false;
        QTest::newRow("sliced buffer") << true;
    }
    void longAdmonitionBodyIsCommentaryToItsEnd()
    {
        QFETCH(bool, big);
        QString text = u"# Spec\n\n!!! meta \"Long commentary\"\n"_s;
        for (int i = 0; i < 900; ++i)
            text += i % 10 == 9 ? u"\n"_s : u"    Commentary line %1.\n"_s.arg(i);
        text += u"    The last commentary line.\n\nA paragraph.\n\n    real_indented_code();\n"_s;
        while (big && text.size() < SpecSyntaxHighlighter::kSlicedFrom + 1000)
            text += u"\nFiller paragraph after the body.\n"_s;
        SpecEditor editor;
        editor.resize(700, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *doc = editor.document();
        SpecSyntaxHighlighter::setPlainText(doc, text);
        SpecSyntaxHighlighter *highlighter = SpecSyntaxHighlighter::of(doc);
        QCOMPARE(highlighter->isColouring(), big);
        const auto theme = EditorTheme::themeFor(QApplication::palette());
        const QColor normal = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
        // The end of the body on screen, then every line coloured.
        editor.goToLine(blockWith(doc, u"The last commentary line"_s).blockNumber() + 1);
        editor.viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter->isColouring(), 60000);
        const QTextBlock last = blockWith(doc, u"The last commentary line"_s);
        QVERIFY(last.blockNumber() > 800);
        QVERIFY(SpecSyntaxHighlighter::isAdmonitionBody(last));
        QCOMPARE(colourOf(last), normal);
        QCOMPARE(colourOf(blockWith(doc, u"Commentary line 450."_s)), normal);
        const QTextBlock code = blockWith(doc, u"real_indented_code"_s);
        QVERIFY(!SpecSyntaxHighlighter::isAdmonitionBody(code));
        QVERIFY(colourOf(code).isValid());
        QVERIFY(colourOf(code) != normal);
        SPECWRIGHT_SCREENSHOT(&editor,
                              big ? u"editor-long-meta-sliced.png"_s : u"editor-long-meta.png"_s);

        // Removing the "!!!" line with real keys makes the whole body indented code, typing it
        // again makes it commentary again, down to its last line.
        const QTextBlock title = blockWith(doc, u"!!! meta"_s);
        QTextCursor c(title);
        c.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(c);
        editor.setFocus();
        const int titleLength = int(title.text().size());
        for (int i = 0; i < titleLength; ++i)
            QTest::keyClick(&editor, Qt::Key_Backspace);
        QTRY_VERIFY(colourOf(blockWith(doc, u"The last commentary line"_s)) != normal);
        TestSupport::typeText(&editor, u"!!! note"_s);
        QTRY_COMPARE(colourOf(blockWith(doc, u"The last commentary line"_s)), normal);
        QCOMPARE(colourOf(blockWith(doc, u"Commentary line 5."_s)), normal);
        QVERIFY(colourOf(blockWith(doc, u"real_indented_code"_s)) != normal);
    }

    // A big text is not coloured inside setPlainText (seconds at 5 MB): the lines on screen
    // first, the rest in slices from the event loop, in order, so a fence far below still
    // colours its code; typing into it with real key events colours the edited line.
    void bigTextIsColouredInSlices()
    {
        QString text;
        for (int i = 0; text.size() < SpecSyntaxHighlighter::kSlicedFrom + 1000; ++i)
            text += u"## Heading %1\n\nA paragraph about item %1.\n\n"_s.arg(i);
        text += u"```cpp\nint answer = 42;\n```\n\nThe last paragraph.\n"_s;
        SpecEditor editor;
        editor.resize(700, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *doc = editor.document();
        SpecSyntaxHighlighter::setPlainText(doc, text);
        SpecSyntaxHighlighter *highlighter = SpecSyntaxHighlighter::of(doc);
        QVERIFY(highlighter);
        QVERIFY(highlighter->isColouring());
        QVERIFY(doc->lastBlock().previous().layout()->formats().isEmpty()); // not yet
        editor.viewport()->repaint();
        QVERIFY(!doc->firstBlock().layout()->formats().isEmpty()); // the lines on screen first
        SPECWRIGHT_SCREENSHOT(&editor, u"editor-big-first-paint.png"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter->isColouring(), 60000);
        editor.goToLine(doc->blockCount() - 8);
        SPECWRIGHT_SCREENSHOT(&editor, u"editor-big-coloured-end.png"_s);

        SpecEditor small;
        small.setPlainText(u"## Heading\n\nA paragraph.\n\n```cpp\nint answer = 42;\n```\n"_s);
        const QColor heading = colourOf(blockWith(small.document(), u"## Heading"_s));
        const QColor code = colourOf(blockWith(small.document(), u"int answer"_s));
        QVERIFY(heading.isValid());
        QCOMPARE(colourOf(doc->firstBlock()), heading);
        QCOMPARE(colourOf(blockWith(doc, u"int answer"_s)), code);
        QCOMPARE(colourOf(doc->lastBlock().previous()),
                 colourOf(blockWith(small.document(), u"A paragraph."_s)));

        // "# " typed before the last paragraph makes it a heading.
        editor.setFocus();
        editor.setTextCursor(QTextCursor(doc->lastBlock().previous()));
        TestSupport::typeText(&editor, u"# "_s);
        QCOMPARE(doc->lastBlock().previous().text(), u"# The last paragraph."_s);
        QTRY_COMPARE(colourOf(doc->lastBlock().previous()), heading);
    }

    // Each slice ends one edit of the document, not one per line: ending an edit visits every
    // QTextCursor on the document (and signals contentsChanged), and the editor anchors its
    // findings in QTextCursors.
    void slicesEndOneEditEach()
    {
        QString text;
        for (int i = 0; text.size() < SpecSyntaxHighlighter::kSlicedFrom + 1000; ++i)
            text += u"A line about item %1.\n"_s.arg(i);
        SpecEditor editor;
        editor.resize(700, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *doc = editor.document();
        int changes = 0;
        connect(doc, &QTextDocument::contentsChanged, this, [&changes] { ++changes; });
        SpecSyntaxHighlighter::setPlainText(doc, text);
        SpecSyntaxHighlighter *highlighter = SpecSyntaxHighlighter::of(doc);
        QVERIFY(highlighter && highlighter->isColouring());
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter->isColouring(), 60000);
        QVERIFY(!doc->lastBlock().previous().layout()->formats().isEmpty());
        // A slice colours at least 16 lines; the lines on screen may be coloured ahead, and
        // setPlainText itself is one change.
        QVERIFY2(changes <= doc->blockCount() / 16 + 64,
                 qPrintable(u"%1 changes for %2 lines"_s.arg(changes).arg(doc->blockCount())));
    }

    // Switching tabs: showing a buffer again neither lays out nor colours all of it anew (a
    // fresh layout emitted a change of the whole buffer, which the highlighter coloured
    // again); its colours are there at once.
    void showingABufferAgainColoursNothingAnew()
    {
        SpecEditor editor;
        editor.resize(700, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument first;
        first.setDocumentLayout(new QPlainTextDocumentLayout(&first));
        QTextDocument second;
        second.setDocumentLayout(new QPlainTextDocumentLayout(&second));
        editor.setBuffer(&first);
        SpecSyntaxHighlighter::setPlainText(&first, u"## First\n\nText.\n"_s);
        editor.setBuffer(&second);
        SpecSyntaxHighlighter::setPlainText(&second, u"## Second\n"_s);
        QTest::qWait(50);
        const QColor heading = colourOf(first.firstBlock());
        QVERIFY(heading.isValid());
        int wholeChanges = 0;
        connect(&first, &QTextDocument::contentsChange, this, [&](int from, int, int added) {
            if (from == 0 && added >= first.characterCount() - 1)
                ++wholeChanges;
        });
        editor.setBuffer(&first);
        QCOMPARE(editor.document(), &first);
        QCOMPARE(colourOf(first.firstBlock()), heading);
        editor.setBuffer(&second);
        editor.setBuffer(&first);
        QTest::qWait(50);
        QCOMPARE(wholeChanges, 0);
        QCOMPARE(colourOf(first.firstBlock()), heading);
        editor.setBuffer(&second); // the editor shows no buffer that goes away first
    }
};

QTEST_MAIN(TestSpecSyntaxHighlighter)
#include "tst_spec_syntax_highlighter.moc"
