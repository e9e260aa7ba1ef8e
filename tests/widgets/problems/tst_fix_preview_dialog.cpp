// The Fix All preview: every edit shown as a line diff before anything changes, Apply and
// Cancel through real clicks, and the editor applying all edits as one undo step.
#include "fix_applier.h"
#include "fix_preview_dialog.h"
#include "spec_editor.h"
#include "test_support.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Specwright;

class TestFixPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hunksGroupEditsByLine();
    void applyAndCancel();
    void oneUndoStep();
    void screenshots();

private:
    static QString text()
    {
        return QStringLiteral("# T\n\nIn order to a, in order to b.\n\nKeep.\n\nIn order to c.\n");
    }
    static QList<TextEdit> edits()
    {
        const QString t = text();
        QList<TextEdit> e;
        qsizetype at = -1;
        while ((at = t.indexOf(QStringLiteral("n order to"), at + 1)) >= 0) {
            const bool capital = t.at(at - 1) == u'I';
            e.append(
                {int(at - 1), int(at + 10), capital ? QStringLiteral("To") : QStringLiteral("to")});
        }
        return e;
    }
};

void TestFixPreviewDialog::hunksGroupEditsByLine()
{
    const auto hunks = FixPreviewDialog::hunks(text(), edits());
    QCOMPARE(hunks.size(), 2);
    QCOMPARE(hunks.at(0).firstLine, 3);
    QCOMPARE(hunks.at(0).before, QStringList{QStringLiteral("In order to a, in order to b.")});
    QCOMPARE(hunks.at(0).after, QStringList{QStringLiteral("To a, to b.")});
    QCOMPARE(hunks.at(1).firstLine, 7);
    QCOMPARE(hunks.at(1).after, QStringList{QStringLiteral("To c.")});
}

void TestFixPreviewDialog::applyAndCancel()
{
    FixPreviewDialog dialog(text(), edits(), QStringLiteral("/ws/spec.md"),
                            QStringLiteral("style/superfluous-infinitive"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString preview = dialog.previewText();
    QVERIFY(preview.contains(QStringLiteral("- In order to a, in order to b.")));
    QVERIFY(preview.contains(QStringLiteral("+ To a, to b.")));
    QVERIFY(!preview.contains(QStringLiteral("Keep.")));
    QVERIFY(dialog.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("+ To c.")));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.edits().size(), 3);

    FixPreviewDialog other(text(), edits(), QStringLiteral("/ws/spec.md"), QStringLiteral("x"));
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QSignalSpy rejected(&other, &QDialog::rejected);
    auto *box = other.findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
}

void TestFixPreviewDialog::oneUndoStep()
{
    SpecEditor editor;
    editor.setPlainText(text());
    QVERIFY(editor.applyEdits(FixApplier::normalized(edits())));
    QCOMPARE(editor.toPlainText(), QStringLiteral("# T\n\nTo a, to b.\n\nKeep.\n\nTo c.\n"));
    editor.document()->undo();
    QCOMPARE(editor.toPlainText(), text());
}

void TestFixPreviewDialog::screenshots()
{
    {
        FixPreviewDialog dialog(text(), edits(), QStringLiteral("/ws/spec.md"),
                                QStringLiteral("style/superfluous-infinitive"));
        dialog.resize(560, 300);
        SPECWRIGHT_SCREENSHOT(&dialog, QStringLiteral("fix_preview_light.png"));
    }
    const QPalette dark = TestSupport::darkPalette();
    QWidget parent;
    parent.setPalette(dark);
    FixPreviewDialog dialog(text(), edits(), QStringLiteral("/ws/spec.md"),
                            QStringLiteral("style/superfluous-infinitive"), &parent);
    dialog.setPalette(dark);
    dialog.resize(560, 300);
    QImage shot;
    const QString error =
        TestSupport::saveScreenshot(&dialog, QStringLiteral("fix_preview_dark.png"), &shot);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A known pixel: the dialog's background is the palette's window colour.
    QVERIFY2(TestSupport::isColour(shot, QPoint(2, 2), dark.color(QPalette::Window), 4),
             qPrintable(shot.pixelColor(2, 2).name()));
}

QTEST_MAIN(TestFixPreviewDialog)
#include "tst_fix_preview_dialog.moc"
