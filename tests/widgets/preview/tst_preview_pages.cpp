// The preview as stacked section pages (PreviewView over PreviewPageStack), driven with real
// events offscreen: it looks as the one-document QTextBrowser preview did (anchors and pixels,
// light and dark), links navigate, a selection across two sections copies their text, the
// keyboard and the wheel scroll and report the source line, an edit rebuilds only the touched
// section's page, and a width change lays out again only what is in sight.
#include "model_spec_fixture.h"
#include "preview_render_job.h"
#include "preview_view.h"
#include "test_support.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

using TestSupport::modelSpecPath;
using TestSupport::modelSpecText;

using TestSupport::darkPalette;

// Source line -> y of its anchor in one QTextDocument of the whole HTML, laid out as the old
// single-document preview was (the reference the stacked pages must match).
QHash<int, qreal> singleDocumentAnchors(const QString &html, const QString &style, qreal width)
{
    QTextDocument doc;
    doc.setDocumentMargin(PreviewRenderJob::kDocumentMargin);
    doc.setDefaultStyleSheet(style);
    doc.setHtml(html);
    doc.setTextWidth(width);
    QHash<int, qreal> ys;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            for (const QString &name : f.charFormat().anchorNames()) {
                const int line = SpecHtmlRenderer::sourceLineOfAnchor(name);
                if (line <= 0 || ys.contains(line))
                    continue;
                const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
                const QTextLine l =
                    block.layout()->lineForTextPosition(f.position() - block.position());
                ys.insert(line, rect.top() + (l.isValid() ? l.y() : 0));
            }
        }
    }
    return ys;
}

// Share of pixels that differ visibly between two images of one size (1.0 when the sizes do).
double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = qAbs(qRed(la[x]) - qRed(lb[x])) + qAbs(qGreen(la[x]) - qGreen(lb[x])) +
                          qAbs(qBlue(la[x]) - qBlue(lb[x]));
            differing += d > 48 ? 1 : 0;
        }
    }
    return double(differing) / double(qint64(a.width()) * a.height());
}

// Admonitions, quotes, code boxes and examples one after another, across sections.
const char16_t kBoxes[] = uR"md(# Boxes {#boxes}

A paragraph before the boxes.

!!! note "Keep it short"
    An admonition with **bold** text
    and a second line.

> A quote with a bar,
> over two lines.

```python
def water(bed):
    return bed.moisture < 0.3
```

## Examples {#examples}

**Example**: two answers

```xml
<user>
How often should I water?
</user>
<comparison>
<assistant> <!-- GOOD: asks about the soil -->
It depends on the soil: check it first.
</assistant>
<assistant> <!-- BAD: a fixed rule -->
Every day.
</assistant>
</comparison>
```

!!! warning
    A warning right after an example.

## Lists {#lists}

- one
- two

1. first
2. second

Closing text.
)md";

// Where a text is shown: its page and position (the first occurrence), invalid if nowhere.
PreviewPageStack::Position positionOf(const PreviewView &view, const QString &text)
{
    const PreviewPageStack &pages = view.pages();
    for (int i = 0; i < pages.count(); ++i) {
        const QTextDocument *doc = pages.page(i)->document();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (const qsizetype at = block.text().indexOf(text); at >= 0)
                return {i, block.position() + int(at)};
        }
    }
    return {};
}

// The viewport point at a position, the view scrolled so it shows (near the top).
QPoint pointAt(PreviewView &view, const PreviewPageStack::Position &at)
{
    QRect rect = view.viewportRect(at);
    if (rect.top() < 0 || rect.bottom() >= view.viewport()->height()) {
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + rect.top() - 40);
        rect = view.viewportRect(at);
    }
    return QPoint(rect.left() + 1, rect.center().y());
}

// Small fixtures: one page per section, so pages can be told apart and counted.
void onePagePerSection(PreviewView &view)
{
    view.findChild<PreviewRenderJob *>()->setMinimumPageSize(0);
}

bool renderInto(PreviewView &view, const SpecDocument::Ptr &doc)
{
    QSignalSpy done(&view, &PreviewView::renderFinished);
    view.renderDocument(doc);
    return done.wait(20000);
}

// The fixture with one more sentence in the "Definitions" section.
QString withDefinitionsEdited(const QString &text)
{
    QString edited = text;
    const qsizetype at = edited.indexOf(u"is one planted area."_s);
    edited.insert(at + 20, u" A bed may hold several crops."_s);
    return edited;
}

} // namespace

class TestPreviewPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stackedPagesMatchOneDocument()
    {
        // Each section is a document of its own; stacked, every block is where it was in the
        // one-document preview (adjacent margins collapse across pages as inside one).
        const SpecDocument::Ptr doc = SpecDocument::load(modelSpecPath());
        PreviewView view;
        onePagePerSection(view);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy done(&view, &PreviewView::renderFinished);
        view.renderDocument(doc);
        QVERIFY(done.wait(20000));
        QVERIFY(view.pages().count() > 5);
        auto *job = view.findChild<PreviewRenderJob *>();
        job->setWholeHtmlWithPages(true); // compared with the pages below
        QSignalSpy html(job, &PreviewRenderJob::finished);
        view.setTheme(SpecHtmlRenderer::Theme::Dark);
        QVERIFY(done.wait(20000));
        QCOMPARE(html.count(), 1);
        view.layOutAllPages(); // the view lays out only what it shows
        const QHash<int, qreal> single = singleDocumentAnchors(
            html.first().at(0).toString(), view.styleSheet(), view.layoutWidth());
        int compared = 0;
        for (const PreviewPageStack::LineAnchor &a : view.pages().lineAnchors()) {
            QVERIFY(single.contains(a.line));
            QVERIFY2(qAbs(single.value(a.line) - a.y) <= 1.0,
                     qPrintable(u"line %1: %2 in one document, %3 stacked"_s.arg(a.line)
                                    .arg(single.value(a.line))
                                    .arg(a.y)));
            ++compared;
        }
        QVERIFY(compared > 20);
    }

    void looksAsTheOneDocumentPreview_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("name");
        const QString boxes = QString::fromUtf16(kBoxes);
        QTest::newRow("sample light") << modelSpecText() << false << u"sample-light"_s;
        QTest::newRow("sample dark") << modelSpecText() << true << u"sample-dark"_s;
        QTest::newRow("boxes light") << boxes << false << u"boxes-light"_s;
        QTest::newRow("boxes dark") << boxes << true << u"boxes-dark"_s;
    }
    void looksAsTheOneDocumentPreview()
    {
        // The stacked pages against the QTextBrowser preview they replace, in one run: the
        // same HTML, stylesheet, palette and size give the same picture.
        QFETCH(QString, text);
        QFETCH(bool, dark);
        QFETCH(QString, name);
        const SpecDocument::Ptr doc = SpecDocument::parse(text);
        const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
        PreviewView view;
        onePagePerSection(view);
        view.setPalette(palette);
        view.resize(900, 1400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *job = view.findChild<PreviewRenderJob *>();
        job->setWholeHtmlWithPages(true); // compared with the pages below
        QSignalSpy html(job, &PreviewRenderJob::finished);
        QSignalSpy done(&view, &PreviewView::renderFinished);
        view.renderDocument(doc);
        QVERIFY(done.wait(20000));
        QVERIFY(view.pages().count() >= 3);

        QTextBrowser old;
        old.setFrameShape(QFrame::NoFrame);
        old.setPalette(palette);
        old.document()->setDocumentMargin(PreviewRenderJob::kDocumentMargin);
        old.document()->setDefaultStyleSheet(view.styleSheet());
        old.setHtml(html.last().at(0).toString());
        old.resize(view.size());
        old.show();
        QVERIFY(QTest::qWaitForWindowExposed(&old));

        const QImage ours = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage theirs = old.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(
            ours.save(QStringLiteral(SPECWRIGHT_BINARY_DIR "/preview-pages-") + name + u".png"_s));
        QVERIFY(theirs.save(QStringLiteral(SPECWRIGHT_BINARY_DIR "/preview-textbrowser-") + name +
                            u".png"_s));
        const double share = differingShare(ours, theirs);
        QVERIFY2(share < 0.002, qPrintable(u"%1 % of the pixels differ"_s.arg(share * 100)));
    }

    void linkClickNavigatesAcrossSections()
    {
        const SpecDocument::Ptr doc = SpecDocument::load(modelSpecPath());
        PreviewView view;
        onePagePerSection(view);
        view.resize(800, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, doc));
        QSignalSpy section(&view, &PreviewView::sectionActivated);
        // "Protect the grower" in the text of another section's page.
        const PreviewPageStack::Position link = positionOf(view, u"Protect the grower. It"_s);
        QVERIFY(link.isValid());
        const QPoint p = pointAt(view, {link.page, link.position + 2});
        QVERIFY(view.viewport()->cursor().shape() == Qt::ArrowCursor);
        QTest::mouseMove(view.viewport(), p);
        QTRY_COMPARE(view.viewport()->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, p);
        QCOMPARE(section.count(), 1);
        QCOMPARE(section.last().at(0).toString(), u"protect_the_grower"_s);
        const int heading =
            doc->sections().at(doc->sectionIndexById(u"protect_the_grower"_s)).headingLine;
        QCOMPARE(view.sourceLineAtTop(), heading);
        QVERIFY(view.pages().pageAt(view.verticalScrollBar()->value() + 1) != link.page);
    }

    void selectionAcrossTwoSectionsCopies()
    {
        const SpecDocument::Ptr doc = SpecDocument::load(modelSpecPath());
        PreviewView view;
        onePagePerSection(view);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, doc));
        const PreviewPageStack::Position from = positionOf(view, u"is the person using"_s);
        const PreviewPageStack::Position to = positionOf(view, u"of command"_s);
        QVERIFY(from.isValid() && to.isValid());
        QVERIFY(from.page < to.page); // two sections, two pages
        const QPoint start = pointAt(view, from);
        const QPoint end = view.viewportRect(to).center();
        QVERIFY(end.y() > start.y() && end.y() < view.viewport()->height());
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view.viewport(), (start + end) / 2);
        QTest::mouseMove(view.viewport(), end);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
        QVERIFY(view.hasSelection());
        QApplication::clipboard()->clear();
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"is the person using the assistant."_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"one planted area."_s), qPrintable(copied));
        QVERIFY2(copied.trimmed().endsWith(u"\nFollow the chain"_s), qPrintable(copied));
        QVERIFY(!copied.contains(u"command"_s));
        QVERIFY(!copied.contains(u"grower is"_s));

        // The context menu copies too; Select All (Ctrl+A) takes every page.
        QApplication::clipboard()->clear();
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, end,
                                    view.viewport()->mapToGlobal(end));
        QApplication::sendEvent(view.viewport(), &menuEvent);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = view.findChild<QMenu *>()) && menu->isVisible());
        QAction *copyAction = nullptr;
        for (QAction *action : menu->actions())
            if (action->text() == PreviewView::tr("&Copy"))
                copyAction = action;
        QVERIFY(copyAction && copyAction->isEnabled());
        copyAction->trigger();
        menu->close();
        QCOMPARE(QApplication::clipboard()->text(), copied);
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        const QString all = QApplication::clipboard()->text();
        QVERIFY(all.startsWith(u"Garden Assistant Spec"_s));
        QVERIFY(all.contains(u"Eval prompts for rounding."_s));
        QCOMPARE(all.count(u'\n'), view.toPlainText().count(u'\n'));
    }

    void keysAndWheelScrollAndReportTheLine()
    {
        QString text;
        for (int i = 1; i <= 40; ++i)
            text += u"## Section %1 {#s%1}\n\nSome text of section %1.\n\nMore text.\n\n"_s.arg(i);
        const SpecDocument::Ptr doc = SpecDocument::parse(text);
        PreviewView view;
        onePagePerSection(view);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, doc));
        QCOMPARE(view.pages().count(), 40);
        QSignalSpy scrolled(&view, &PreviewView::sourceLineScrolled);
        view.setFocus();
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(bar->value(), bar->pageStep());
        QCOMPARE(scrolled.count(), 1);
        QCOMPARE(scrolled.last().at(0).toInt(), view.sourceLineAtTop());
        QVERIFY(view.sourceLineAtTop() > 1);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(bar->value(), bar->pageStep() + bar->singleStep());
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(bar->value(), 0);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.sourceLineAtTop() > 150);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(bar->value(), 0);

        const QPoint centre = view.viewport()->rect().center();
        QWheelEvent wheel(centre, view.viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -360),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(bar->value() > 0);
        QCOMPARE(scrolled.last().at(0).toInt(), view.sourceLineAtTop());

        // And the other way: the editor's line scrolls the preview to that section's page.
        scrolled.clear();
        const int line = doc->sections().at(25).headingLine;
        view.scrollToSourceLine(line);
        QCOMPARE(view.sourceLineAtTop(), line);
        QCOMPARE(view.pages().pageAt(bar->value() + 1), 25);
        QCOMPARE(scrolled.count(), 0);
    }

    void anEditRebuildsOnlyTheTouchedSection()
    {
        const QString text = modelSpecText();
        const SpecDocument::Ptr doc = SpecDocument::parse(text, modelSpecPath());
        PreviewView view;
        onePagePerSection(view);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, doc));
        const int pages = view.pages().count();
        const int line = doc->sections().at(3).headingLine;
        view.scrollToSourceLine(line);
        QCOMPARE(view.sourceLineAtTop(), line);
        QCOMPARE(view.builtPages(), pages);
        QTRY_VERIFY(view.allPagesBuilt()); // the far ones on workers
        const QTextDocument *untouched = view.pages().page(pages - 2)->document();
        QVERIFY(untouched);

        QVERIFY(
            renderInto(view, SpecDocument::parse(withDefinitionsEdited(text), modelSpecPath())));
        QCOMPARE(view.pages().count(), pages);
        QCOMPARE(view.builtPages(), 1);
        QCOMPARE(view.reusedPages(), pages - 1);
        QCOMPARE(view.pages().page(pages - 2)->document(), untouched); // the same object
        QVERIFY(view.toPlainText().contains(u"A bed may hold several crops."_s));
        QCOMPARE(view.sourceLineAtTop(), line); // the place is kept across the swap
    }

    void sectionsShareBigPages()
    {
        // At the default size, consecutive sections share a page (one QTextDocument costs a
        // fixed amount); the text is the same, and an edit still rebuilds one page.
        QString text;
        for (int i = 1; i <= 300; ++i)
            text += u"## Rule %1 {#r%1}\n\nThe assistant answers question %1 politely and "
                    u"cites its sources.\n\n"_s.arg(i);
        PreviewView view;
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, SpecDocument::parse(text)));
        const int pages = view.pages().count();
        QVERIFY2(pages > 1 && pages < 30, qPrintable(QString::number(pages)));
        QVERIFY(view.toPlainText().contains(u"question 300 politely"_s));
        text.replace(u"question 150 politely"_s, u"question 150 kindly"_s);
        QVERIFY(renderInto(view, SpecDocument::parse(text)));
        QCOMPARE(view.pages().count(), pages);
        QCOMPARE(view.builtPages(), 1);
        QVERIFY(view.toPlainText().contains(u"question 150 kindly"_s));
        const int line = 2 * 4 * 200 / 2; // a heading far down
        view.scrollToSourceLine(line + 1);
        QCOMPARE(view.sourceLineAtTop(), line + 1);
    }

    void widthChangeLaysOutWhatIsInSight()
    {
        const SpecDocument::Ptr doc = SpecDocument::load(modelSpecPath());
        PreviewView view;
        onePagePerSection(view);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, doc));
        const int line = doc->sections().at(3).headingLine;
        view.scrollToSourceLine(line);
        QCOMPARE(view.sourceLineAtTop(), line);
        const qreal wide = view.layoutWidth();
        QTRY_COMPARE(qreal(view.viewport()->width()), wide);
        const int pages = view.pages().count();
        const QTextDocument *before = view.pages().page(0)->document();
        auto *job = view.findChild<PreviewRenderJob *>();
        QSignalSpy worker(job, &PreviewRenderJob::finished);

        // The pages in sight are laid out again at once at the new width (no new documents,
        // no worker run); the line at the top stays.
        view.resize(450, 300);
        QCOMPARE(view.layoutWidth(), qreal(view.viewport()->width()));
        QCOMPARE(view.pages().count(), pages);
        QCOMPARE(view.pages().page(0)->document(), before);
        QCOMPARE(view.sourceLineAtTop(), line);
        const int top = view.pages().pageAt(view.verticalScrollBar()->value() + 1);
        QVERIFY(view.pages().page(top)->isLaidOutAt(view.viewport()->width()));
        QVERIFY(view.pages().page(top)->size().width() <= view.viewport()->width() + 1);
        // Pages out of sight wait until they come into it.
        QVERIFY(!view.pages().page(pages - 1)->isLaidOutAt(view.viewport()->width()));
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.pages().page(pages - 1)->isLaidOutAt(view.viewport()->width()));
        view.scrollToSourceLine(line);
        QCOMPARE(view.sourceLineAtTop(), line);
        QVERIFY(!worker.wait(300));
        SPECWRIGHT_SCREENSHOT(&view, u"preview-pages-narrow.png"_s);
    }
};

QTEST_MAIN(TestPreviewPages)
#include "tst_preview_pages.moc"
