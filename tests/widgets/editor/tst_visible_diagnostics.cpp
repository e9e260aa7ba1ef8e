// A big spec's thousands of findings: only those near the visible text are the editor's extra
// selections (each costs a layout lookup per cursor move), and scrolling brings the others in.
#include "diagnostic.h"
#include "spec_editor.h"

#include <QTest>

using namespace Specwright;

class TestVisibleDiagnostics : public QObject
{
    Q_OBJECT
private:
    static int squiggles(const SpecEditor &editor, QList<int> *starts = nullptr)
    {
        int n = 0;
        for (const QTextEdit::ExtraSelection &s : editor.extraSelections()) {
            if (s.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
                continue;
            ++n;
            if (starts)
                starts->append(s.cursor.selectionStart());
        }
        return n;
    }

private Q_SLOTS:
    void onlyFindingsNearTheViewAreSelections()
    {
        SpecEditor editor;
        editor.resize(600, 400);
        QString text;
        QList<Diagnostic> diagnostics;
        for (int line = 0; line < 3000; ++line) {
            Diagnostic d;
            d.ruleId = QStringLiteral("ambiguity/vague-term");
            d.severity = Severity::Warning;
            d.message = QStringLiteral("vague");
            d.range.startOffset = int(text.size());
            d.range.endOffset = int(text.size()) + 4;
            diagnostics.append(d);
            text += QStringLiteral("fast line %1\n").arg(line);
        }
        editor.setPlainText(text);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDiagnostics(diagnostics);

        QList<int> starts;
        const int shown = squiggles(editor, &starts);
        QVERIFY2(shown > 0 && shown < 1000, qPrintable(QString::number(shown)));
        QVERIFY(starts.contains(0)); // the first line is on screen
        QVERIFY(!starts.contains(diagnostics.last().range.startOffset));

        // Ctrl+End scrolls to the end: the last finding is a selection now.
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_End, Qt::ControlModifier);
        starts.clear();
        squiggles(editor, &starts);
        QVERIFY(starts.contains(diagnostics.last().range.startOffset));
        QVERIFY(!starts.contains(0));
        // Every finding is still known for the gutter, tooltips and quick fixes.
        QCOMPARE(editor.diagnosticsAt(0), QList<int>{0});
    }
};

QTEST_MAIN(TestVisibleDiagnostics)
#include "tst_visible_diagnostics.moc"
