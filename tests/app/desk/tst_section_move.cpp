// Reordering sections from the Intents outline with Alt+Shift+Up/Down, one undo step each, on
// a real main window with real key and mouse events; and by dragging an entry: the mouse
// press is real, the drag enter / move / drop events carry the tree's own drag data (the
// offscreen platform runs no QDrag, so the test delivers what a desktop's drag would).
#include "document_controller.h"
#include "intent_outline.h"
#include "main_window.h"
#include "outline_tree.h"
#include "spec_editor.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <memory>

using namespace Specwright;

namespace {

const char *const kSpec =
    "# Spec {#spec}\n\n## Alpha {#alpha}\n\nThe system must a.\n\n"
    "### Alpha detail {#alpha-detail}\n\nMore.\n\n"
    "## Beta {#beta}\n\nSee [?](#alpha-detail).\n\n## Gamma {#gamma}\n\nEnd.\n";

QStringList topTitles(IntentOutline *outline)
{
    QStringList out;
    const QAbstractItemModel *model = outline->tree()->model();
    const QModelIndex root = model->index(0, 0);
    for (int i = 0; root.isValid() && i < model->rowCount(root); ++i)
        out.append(model->index(i, IntentOutline::TitleColumn, root).data().toString());
    return out;
}

} // namespace

class TestSectionMove : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

    QString writeSpec()
    {
        const QString path = m_dir.filePath(QStringLiteral("spec.md"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(kSpec);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void keyboardMovesASectionAndUndoRestoresIt()
    {
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(writeSpec()));
        IntentOutline *outline = w.outline();
        QTRY_COMPARE(topTitles(outline),
                     (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                  QStringLiteral("Gamma")}));
        const QString original = w.editor()->toPlainText();
        const QAbstractItemModel *model = outline->tree()->model();
        const QModelIndex beta = model->index(1, 0, model->index(0, 0));
        QTest::mouseClick(outline->tree()->viewport(), Qt::LeftButton, {},
                          outline->tree()->visualRect(beta).center());
        QCOMPARE(outline->tree()->currentIndex(), beta);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        outline->tree()->setFocus();
        QTest::keyClick(outline->tree(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
        QTRY_COMPARE(topTitles(outline),
                     (QStringList{QStringLiteral("Beta"), QStringLiteral("Alpha"),
                                  QStringLiteral("Gamma")}));
        QVERIFY(w.editor()->toPlainText().indexOf(QStringLiteral("## Beta")) <
                w.editor()->toPlainText().indexOf(QStringLiteral("## Alpha")));
        QCOMPARE(w.editor()->textCursor().block().text(), QStringLiteral("## Beta {#beta}"));
        // Alpha's subsection went with it; the reference still resolves.
        QVERIFY(w.editor()->toPlainText().contains(
            QStringLiteral("## Alpha {#alpha}\n\nThe system must a.\n\n### Alpha detail")));
        // Again, now from the moved heading's entry (the tree follows the cursor).
        QTRY_COMPARE(outline->tree()->currentIndex().data().toString(), QStringLiteral("Beta"));
        QTest::keyClick(outline->tree(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
        QTRY_COMPARE(w.editor()->toPlainText(), original);
        QTRY_COMPARE(topTitles(outline),
                     (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                  QStringLiteral("Gamma")}));
        QTRY_COMPARE(outline->tree()->currentIndex().data().toString(), QStringLiteral("Beta"));
        QTest::keyClick(outline->tree(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
        QTRY_COMPARE(topTitles(outline),
                     (QStringList{QStringLiteral("Alpha"), QStringLiteral("Gamma"),
                                  QStringLiteral("Beta")}));
        QVERIFY(w.grab().save(QStringLiteral(SPECWRIGHT_BINARY_DIR "/section_moved.png")));
        // One Ctrl+Z per move.
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.editor()->toPlainText(), original);
    }

    void dragMovesASectionInOneUndoStep()
    {
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(writeSpec()));
        IntentOutline *outline = w.outline();
        QTreeView *tree = outline->tree();
        QTRY_COMPARE(topTitles(outline),
                     (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                  QStringLiteral("Gamma")}));
        const QString original = w.editor()->toPlainText();
        // Drag Alpha (with its subsection) below Gamma.
        const QModelIndex spec = tree->model()->index(0, 0);
        const QModelIndex alpha = tree->model()->index(0, 0, spec);
        const QModelIndex gamma = tree->model()->index(2, 0, spec);
        QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(alpha).center());
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(alpha).center());
        QCOMPARE(tree->currentIndex(), alpha);
        std::unique_ptr<QMimeData> data(
            tree->model()->mimeData(tree->selectionModel()->selectedIndexes()));
        QVERIFY(data && data->hasFormat(OutlineTree::entryMimeType()));
        const QRect target = tree->visualRect(gamma);
        const QPointF below(target.center().x(), target.bottom() - 2);
        QDragEnterEvent enter(tree->visualRect(alpha).center(), Qt::MoveAction, data.get(),
                              Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(below.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(below, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &drop);

        QTRY_COMPARE(topTitles(outline),
                     (QStringList{QStringLiteral("Beta"), QStringLiteral("Gamma"),
                                  QStringLiteral("Alpha")}));
        const QString moved = w.editor()->toPlainText();
        // The whole section moved with its subsection, heading ids and the reference intact.
        QVERIFY(moved.contains(QStringLiteral("## Alpha {#alpha}\n\nThe system must a.\n\n### "
                                              "Alpha detail {#alpha-detail}\n\nMore.")));
        QVERIFY(moved.contains(QStringLiteral("## Beta {#beta}\n\nSee [?](#alpha-detail).")));
        QCOMPARE(moved.count(u'#'), original.count(u'#'));
        QVERIFY(moved.indexOf(QStringLiteral("## Gamma")) <
                moved.indexOf(QStringLiteral("## Alpha")));
        QTRY_VERIFY(w.controller()->isCurrent());
        const SpecDocument::Ptr doc = w.controller()->document();
        QVERIFY(doc->sectionIndexById(QStringLiteral("alpha-detail")) >= 0);
        for (const Diagnostic &d : w.controller()->diagnostics())
            QVERIFY2(!d.ruleId.contains(QLatin1String("reference")), qPrintable(d.message));
        // A foreign drag (another tree's data) is refused.
        QMimeData foreign;
        foreign.setData(OutlineTree::entryMimeType(), QByteArray("1:beef\n0,0"));
        QDragEnterEvent stranger(below.toPoint(), Qt::MoveAction, &foreign, Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &stranger);
        QVERIFY(!stranger.isAccepted());
        // One Ctrl+Z undoes the whole move.
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.editor()->toPlainText(), original);
    }
};

QTEST_MAIN(TestSectionMove)
#include "tst_section_move.moc"
