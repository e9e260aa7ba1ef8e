// Pages scrolled far away go back to their HTML, driven with real keys offscreen: they keep
// the size they were laid out at (nothing moves), are built again the same when scrolled back
// to (the same text and the same picture), and Select All + Copy still gets every page's text.
#include "preview_view.h"
#include "test_support.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

QString bigSpec(int sections)
{
    QString text = u"# Orchard rules\n\n"_s;
    for (int i = 1; i <= sections; ++i) {
        text += u"## Tree %1 {#t%1}\n\n"_s.arg(i);
        for (int p = 0; p < 3; ++p)
            text += u"The assistant prunes tree %1 in the evening and notes the height of each "
                    u"branch, so that the keeper knows which ones to tie up.\n\n"_s.arg(i);
        text += u"| Fruit | Picked |\n|---|---|\n| apple %1 | weekly |\n\n"_s.arg(i);
    }
    return text;
}

int builtCount(const PreviewView &view)
{
    int built = 0;
    for (int i = 0; i < view.pages().count(); ++i)
        built += view.pages().page(i)->isBuilt() ? 1 : 0;
    return built;
}

} // namespace

class TestPreviewFarPages : public QObject
{
    Q_OBJECT

    // A shown view with a small build window (pages beyond twice it go back to HTML) and the
    // spec rendered; the top page is built and laid out.
    static bool showRendered(PreviewView &view, const SpecDocument::Ptr &doc)
    {
        view.setBuildWindow(16 * 1024);
        view.resize(800, 500);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        QSignalSpy done(&view, &PreviewView::renderFinished);
        view.renderDocument(doc);
        if (!done.wait(30000))
            return false;
        // Laid out at the width left beside the scroll bar, which comes with the first pages.
        return QTest::qWaitFor([&] {
            return view.verticalScrollBar()->isVisible() &&
                   view.pages().page(0)->isLaidOutAt(view.viewport()->width());
        });
    }

private Q_SLOTS:
    void farPagesGoBackToHtmlAndComeBackTheSame()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(bigSpec(600));
        PreviewView view;
        QVERIFY(showRendered(view, doc));
        const int pages = view.pages().count();
        QVERIFY2(pages > 16, qPrintable(QString::number(pages)));
        const QString firstText = view.pages().page(0)->document()->toPlainText();
        const QSizeF firstSize = view.pages().page(0)->size();
        const QImage before = view.grab().toImage();
        SPECWRIGHT_SCREENSHOT(&view, u"preview-far-pages-top-before.png"_s);

        // To the end: the pages there are built, the first ones go back to their HTML with
        // the size they had; only pages near the view stay built.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(view.pages().page(pages - 1)->isLaidOut(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.pages().page(0)->isBuilt(), 20000);
        QVERIFY(view.pages().page(0)->hasKeptMeasure());
        QCOMPARE(view.pages().page(0)->size(), firstSize);
        QVERIFY2(builtCount(view) < pages / 2, qPrintable(QString::number(builtCount(view))));
        QVERIFY(view.toPlainText().contains(u"prunes tree 1 in the evening"_s));

        // Back to the top: built again from its HTML, the same text and the same picture.
        QTest::keyClick(&view, Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(view.pages().page(0)->isLaidOut(), 20000);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QCOMPARE(view.pages().page(0)->document()->toPlainText(), firstText);
        QCOMPARE(view.pages().page(0)->size(), firstSize);
        QTRY_COMPARE_WITH_TIMEOUT(view.grab().toImage(), before, 5000);
        SPECWRIGHT_SCREENSHOT(&view, u"preview-far-pages-top-after.png"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view.pages().page(pages - 1)->isBuilt(), 20000);
    }

    void theLineAtTheTopStaysWhilePagesGo()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(bigSpec(600));
        PreviewView view;
        QVERIFY(showRendered(view, doc));
        // Page down a while, then jump to a heading in the middle and wait for the pages
        // around the start to be dropped: the heading stays at the top.
        view.setFocus();
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(&view, Qt::Key_PageDown);
        const int line = doc->sections().at(200).headingLine;
        view.scrollToSourceLine(line);
        QCOMPARE(view.sourceLineAtTop(), line);
        QTRY_VERIFY_WITH_TIMEOUT(!view.pages().page(0)->isBuilt(), 20000);
        const int top = view.pages().pageAt(view.verticalScrollBar()->value() + 1);
        QTRY_VERIFY_WITH_TIMEOUT(view.pages().page(top)->isLaidOut(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(view.sourceLineAtTop(), line, 5000);
    }

    void selectAllAndCopyGetPagesThatWentBackToHtml()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(bigSpec(600));
        PreviewView view;
        QVERIFY(showRendered(view, doc));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(!view.pages().page(0)->isBuilt(), 20000);
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(&view, QKeySequence::SelectAll);
        QVERIFY(view.hasSelection());
        QTest::keySequence(&view, QKeySequence::Copy);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().contains(u"apple 600"_s),
                                 20000);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"Orchard rules"_s));
        QCOMPARE(copied.count(u"in the evening"_s), 3 * 600);
        QCOMPARE(view.selectedText(), copied);
    }
};

QTEST_MAIN(TestPreviewFarPages)
#include "tst_preview_far_pages.moc"
