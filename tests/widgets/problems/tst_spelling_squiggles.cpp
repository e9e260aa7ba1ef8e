// Spelling findings in the editor: a red squiggle under the word, the dictionary's suggestion as
// a quick fix, and "Add to dictionary" handed to whoever owns the workspace words file.
#include "spec_editor.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Specwright;

class TestSpellingSquiggles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void squiggleAndQuickFixes();
};

void TestSpellingSquiggles::squiggleAndQuickFixes()
{
    SpecEditor editor;
    const QString text = QStringLiteral("# T\n\nThe tool must log the recieved file.\n");
    editor.setPlainText(text);
    editor.resize(480, 120);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int at = int(text.indexOf(QStringLiteral("recieved")));
    Diagnostic d;
    d.ruleId = QStringLiteral("spelling/unknown-word");
    d.severity = Severity::Info;
    d.file = QStringLiteral("spec.md");
    d.range = {3, at - 4, 3, at - 4 + 7, at, at + 8};
    d.message = QStringLiteral("\"recieved\" is not in the dictionary");
    d.fixes.append(
        Fix{QStringLiteral("Change to \"received\""), {{at, at + 8, QStringLiteral("received")}}});
    Fix add;
    add.title = QStringLiteral("Add \"recieved\" to the workspace dictionary");
    add.dictionaryWord = QStringLiteral("recieved");
    d.fixes.append(add);
    editor.setDiagnostics({d});

    bool red = false;
    for (const QTextEdit::ExtraSelection &s : editor.extraSelections())
        red |= s.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline &&
               s.format.underlineColor() == QColor(0xd0, 0x20, 0x20) &&
               s.cursor.selectedText() == u"recieved";
    QVERIFY(red);
    const QString dir = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(editor.grab().save(dir + QStringLiteral("/spelling_squiggle.png")));

    QSignalSpy added(&editor, &SpecEditor::addToDictionaryRequested);
    QVERIFY(editor.applyFix(0, 1));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), QStringLiteral("recieved"));
    QCOMPARE(editor.toPlainText(), text); // adding a word edits nothing
    QVERIFY(editor.applyFix(0, 0));
    QCOMPARE(editor.toPlainText(), QStringLiteral("# T\n\nThe tool must log the received file.\n"));
}

QTEST_MAIN(TestSpellingSquiggles)
#include "tst_spelling_squiggles.moc"
