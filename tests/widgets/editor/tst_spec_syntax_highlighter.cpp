// SpecSyntaxHighlighter: the body of a "!!! meta" admonition is coloured as commentary prose,
// also after a blank line (where plain Markdown sees indented code), as the preview shows it;
// real indented code keeps its colour. Typing the "!!!" line recolours the lines below it.
#include "editor_theme.h"
#include "spec_editor.h"
#include "spec_syntax_highlighter.h"
#include "test_support.h"

#include <KSyntaxHighlighting/Theme>
#include <QApplication>
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
};

QTEST_MAIN(TestSpecSyntaxHighlighter)
#include "tst_spec_syntax_highlighter.moc"
