// The order the preview builds its pages in, driven with real events offscreen: a render is
// shown once the pages near the view are built (the others come as HTML only and are built
// on workers afterwards, nearest the view first); a page far away is real once scrolled to;
// a re-render builds first the pages around where the view is; an edit before every page is
// built still reuses the unchanged ones, built or not; copying pages not built yet gets their
// text; no timer warning on the way.
#include "preview_render_job.h"
#include "preview_view.h"
#include "test_support.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

// Many sections of prose and a table: about 20 pages of the default size.
QString bigSpec(int sections)
{
    QString text = u"# Greenhouse rules\n\n"_s;
    for (int i = 1; i <= sections; ++i) {
        text += u"## Rule %1 {#r%1}\n\n"_s.arg(i);
        for (int p = 0; p < 3; ++p)
            text += u"The assistant waters bed %1 in the morning and records the soil moisture "
                    u"of every row, so that the gardener sees which crops need shade.\n\n"_s.arg(i);
        text +=
            u"| Crop | Water |\n|---|---|\n| beans %1 | daily |\n| kale | weekly |\n\n"_s.arg(i);
    }
    return text;
}

struct ShownState
{
    int unbuilt = -1;
    bool topBuilt = false;
    bool topLaidOut = false;
    bool firstBuilt = false;
};

// A view of a page's size on screen; true once it is exposed.
bool showView(PreviewView &view)
{
    // The order of building, not dropping: every page of these specs stays once built
    // (tst_preview_far_pages drops far ones).
    view.setBuildWindow(16 * 1024 * 1024);
    view.resize(800, 500);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

// Renders and records the state of the pages at the moment the render is shown.
ShownState renderAndRecord(PreviewView &view, const SpecDocument::Ptr &doc)
{
    ShownState state;
    QSignalSpy done(&view, &PreviewView::renderFinished);
    const QMetaObject::Connection c =
        QObject::connect(&view, &PreviewView::renderFinished, &view, [&] {
            const int top = view.pages().pageAt(view.verticalScrollBar()->value() + 1);
            state.unbuilt = view.pages().unbuiltCount();
            state.topBuilt = top >= 0 && view.pages().page(top)->isBuilt();
            state.topLaidOut = top >= 0 && view.pages().page(top)->isLaidOut();
        });
    view.renderDocument(doc);
    const bool shown = done.wait(30000);
    QObject::disconnect(c);
    if (!shown)
        state.unbuilt = -1;
    return state;
}

} // namespace

class TestPreviewBuildOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Pages move from workers to the UI thread: their timers must stay stoppable.
        QTest::failOnWarning(QRegularExpression(u"QBasicTimer"_s));
        QTest::failOnWarning(QRegularExpression(u"timers cannot"_s));
    }

    void pageInViewIsShownBeforeOthersAreBuilt()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(bigSpec(600));
        PreviewView view;
        QVERIFY(showView(view));
        const ShownState shown = renderAndRecord(view, doc);
        QVERIFY(shown.unbuilt >= 0);
        const int pages = view.pages().count();
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
        QVERIFY(shown.topBuilt);
        QVERIFY(shown.topLaidOut);
        QVERIFY2(shown.unbuilt > pages / 2, qPrintable(QString::number(shown.unbuilt)));
        QCOMPARE(view.builtPages(), pages); // new, built or not

        // Scrolled to the end with the keyboard: the last page becomes real there (built on a
        // worker, then laid out) and the view ends on it.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End);
        QScrollBar *bar = view.verticalScrollBar();
        const int last = pages - 1;
        QTRY_VERIFY_WITH_TIMEOUT(view.pages().page(last)->isLaidOut(), 20000);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(view.pages().pageAt(bar->value() + view.viewport()->height() - 1), last);
        QTRY_VERIFY_WITH_TIMEOUT(view.allPagesBuilt(), 30000);
        QVERIFY(view.toPlainText().contains(u"beans 600"_s));
        QVERIFY(view.toPlainText().contains(u"beans 1"_s));
        SPECWRIGHT_SCREENSHOT(&view, QStringLiteral("preview-build-order-end.png"));
        // What is shown at the end is the last rule's text, not a blank estimate.
        QVERIFY(!view.pages().page(last)->document()->toPlainText().isEmpty());
    }

    void farPagesBecomeRealWhenScrolledTo()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(bigSpec(600));
        PreviewView view;
        QVERIFY(showView(view));
        QVERIFY(renderAndRecord(view, doc).unbuilt > 0);
        // Page down through the first pages: each page in view gets built and laid out.
        view.setFocus();
        QScrollBar *bar = view.verticalScrollBar();
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(&view, Qt::Key_PageDown);
            const int top = view.pages().pageAt(bar->value() + 1);
            QTRY_VERIFY_WITH_TIMEOUT(view.pages().page(top)->isLaidOut(), 20000);
        }
        QVERIFY(bar->value() > 0);
        const int line = view.sourceLineAtTop();
        QVERIFY(line > 1);
        QTRY_VERIFY(bar->isVisible()); // shown by a deferred layout of the scroll area
        SPECWRIGHT_SCREENSHOT(&view, QStringLiteral("preview-build-order-paged.png"));
    }

    void reRenderBuildsAroundTheViewFirst()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(bigSpec(600));
        PreviewView view;
        QVERIFY(showView(view));
        QVERIFY(renderAndRecord(view, doc).unbuilt > 0);
        QTRY_VERIFY_WITH_TIMEOUT(view.allPagesBuilt(), 30000);
        // In the middle, then a theme change: every page is new, the ones here come first.
        const int line = doc->sections().at(300).headingLine;
        view.scrollToSourceLine(line);
        const int middle = view.pages().pageAt(view.verticalScrollBar()->value() + 1);
        QVERIFY(middle > 3 && middle < view.pages().count() - 3);
        view.setTheme(SpecHtmlRenderer::Theme::Dark);
        QSignalSpy done(&view, &PreviewView::renderFinished);
        ShownState state;
        const QMetaObject::Connection c = connect(&view, &PreviewView::renderFinished, &view, [&] {
            const int top = view.pages().pageAt(view.verticalScrollBar()->value() + 1);
            state.unbuilt = view.pages().unbuiltCount();
            state.topBuilt = view.pages().page(top)->isBuilt();
            state.topLaidOut = !view.pages().page(0)->isBuilt(); // far: not yet
        });
        QVERIFY(done.wait(30000));
        disconnect(c);
        QVERIFY(state.topBuilt);
        QVERIFY(!state.firstBuilt);
        QVERIFY(state.unbuilt > 0);
        QTRY_VERIFY_WITH_TIMEOUT(view.sourceLineAtTop() == line, 5000);
    }

    void copyingPagesNotBuiltYetGetsTheirText()
    {
        const SpecDocument::Ptr doc = SpecDocument::parse(bigSpec(600));
        PreviewView view;
        QVERIFY(showView(view));
        QVERIFY(renderAndRecord(view, doc).unbuilt > 0);
        QGuiApplication::clipboard()->clear();
        // Select All and Copy with the keyboard, before the far pages are built: their text
        // comes from their HTML on a worker, then lands on the clipboard.
        view.setFocus();
        QTest::keySequence(&view, QKeySequence::SelectAll);
        QVERIFY(view.hasSelection());
        QVERIFY(!view.allPagesBuilt());
        QTest::keySequence(&view, QKeySequence::Copy);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty()); // not on the UI thread
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().contains(u"beans 600"_s),
                                 20000);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"Greenhouse rules"_s));
        QCOMPARE(copied.count(u"in the morning"_s), 3 * 600);
        QTRY_VERIFY_WITH_TIMEOUT(view.allPagesBuilt(), 30000);
        QCOMPARE(view.selectedText(), copied); // the same text once every page is built
    }

    void anEditBeforeEveryPageIsBuiltReusesTheRest()
    {
        QString text = bigSpec(600);
        PreviewView view;
        QVERIFY(showView(view));
        const ShownState shown = renderAndRecord(view, SpecDocument::parse(text));
        QVERIFY(shown.unbuilt > 0);
        const int pages = view.pages().count();
        text.replace(u"| beans 2 |"_s, u"| peas 2 |"_s); // near the top: on the page in view
        const ShownState edited = renderAndRecord(view, SpecDocument::parse(text));
        QVERIFY(edited.unbuilt >= 0);
        QCOMPARE(view.pages().count(), pages);
        QCOMPARE(view.builtPages(), 1);
        QCOMPARE(view.reusedPages(), pages - 1);
        QVERIFY(edited.topBuilt);
        QVERIFY(view.pages().page(0)->document()->toPlainText().contains(u"peas 2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(view.allPagesBuilt(), 30000);
        QVERIFY(view.toPlainText().contains(u"peas 2"_s));
        QVERIFY(view.toPlainText().contains(u"beans 599"_s));
    }
};

QTEST_MAIN(TestPreviewBuildOrder)
#include "tst_preview_build_order.moc"
