// PreviewView against GitHub's renderer, on screen: strikethrough, a quote bar, task lists
// without bullets, <details>, autolinks with "&", code lines in an assistant turn, math, and
// the readable measure of Preview Only. Checked in the laid-out QTextDocument and in light and
// dark screenshots.
#include "preview_view.h"
#include "test_support.h"

#include <QApplication>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextList>

using namespace Specwright;
using namespace Qt::StringLiterals;

namespace {

const QString kProbe = uR"md(# Fidelity Probe

Some ~~struck~~ text and https://example.com/?a=1&b=2 here, https://example.org/?x=1&amp;y=2 too.

> A quoted line with a bar
> beside it.

- [ ] open task
- [x] done task

<details>
<summary>More info</summary>

Hidden body text.

</details>

Inline math $\alpha^2 + \beta_1$ and dollars $5 and $10.

$$
E = mc^2
$$

**Example**: code in a reply

~~~xml
<user>
Show code
</user>
<assistant>
SELECT name
FROM plants

Here:

```python
def first():
    return 1
```
</assistant>
~~~
)md"_s;

// The first text fragment holding `text`.
// The preview is one document per section: these look through all of them.
QTextFragment fragmentWith(const PreviewView &view, const QString &text)
{
    for (int i = 0; i < view.pages().count(); ++i) {
        const QTextDocument *doc = view.pages().page(i)->document();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().text().contains(text))
                    return it.fragment();
    }
    return {};
}

QTextBlock blockWith(const PreviewView &view, const QString &text)
{
    for (int i = 0; i < view.pages().count(); ++i) {
        const QTextDocument *doc = view.pages().page(i)->document();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            if (block.text().contains(text))
                return block;
    }
    return {};
}

bool renderInto(PreviewView &view, const SpecDocument::Ptr &doc)
{
    QSignalSpy done(&view, &PreviewView::renderFinished);
    view.renderDocument(doc);
    return done.wait(20000);
}

} // namespace

class TestPreviewFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructsAsGithubShowsThem_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void constructsAsGithubShowsThem()
    {
        QFETCH(bool, dark);
        const SpecDocument::Ptr doc = SpecDocument::parse(kProbe, u"/tmp/probe.md"_s);
        PreviewView view;
        view.resize(760, 1100);
        view.setPalette(dark ? TestSupport::darkPalette()
                             : QApplication::style()->standardPalette());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, doc));
        const PreviewView &text = view;

        const QTextFragment struck = fragmentWith(text, u"struck"_s);
        QVERIFY(struck.isValid());
        QVERIFY(struck.charFormat().fontStrikeOut());
        QVERIFY(!fragmentWith(text, u" text and"_s).charFormat().fontStrikeOut());

        const QString plain = view.toPlainText();
        QVERIFY2(plain.contains(u"https://example.com/?a=1&b=2"_s), qPrintable(plain));
        QVERIFY(!plain.contains(u"&amp;"_s));
        QVERIFY(plain.contains(u"https://example.org/?x=1&y=2"_s));
        QVERIFY(plain.contains(u"SELECT name\nFROM plants"_s));

        const QTextBlock task = blockWith(text, u"open task"_s);
        QVERIFY(task.textList());
        QCOMPARE(task.textList()->format().style(), QTextListFormat::ListStyleUndefined);
        QVERIFY(task.text().startsWith(QChar(0x2610)));

        QVERIFY(blockWith(text, u"More info"_s).isValid());
        QVERIFY(blockWith(text, u"Hidden body text."_s).isValid());

        // Each code line of the assistant's fence is a line of its own.
        const QTextBlock def = blockWith(text, u"def first():"_s);
        QVERIFY(def.isValid());
        QVERIFY2(!def.text().contains(u"return 1"_s) || def.text().contains(QChar::LineSeparator),
                 qPrintable(def.text()));
        QVERIFY(plain.contains(u"def first():\n    return 1"_s));

        const QTextFragment math = fragmentWith(text, u"α"_s);
        QVERIFY(math.isValid());
        QVERIFY(math.charFormat().fontItalic());
        QVERIFY(plain.contains(u"E = mc"_s));
        QVERIFY(!plain.contains(u"$$"_s));
        QVERIFY(plain.contains(u"$5 and $10"_s));

        QImage shot;
        const QString name =
            dark ? u"preview-fidelity-dark.png"_s : u"preview-fidelity-light.png"_s;
        const QString error = TestSupport::saveScreenshot(&view, name, &shot);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The quote bar and the box colours are on screen.
        const QRgb bar = dark ? qRgb(0x3d, 0x44, 0x4d) : qRgb(0xd1, 0xd9, 0xe0);
        QVERIFY2(TestSupport::countColour(shot, bar) > 60,
                 qPrintable(QString::number(TestSupport::countColour(shot, bar))));
        const QRgb mathCell = dark ? qRgb(0x16, 0x1b, 0x22) : qRgb(0xf6, 0xf8, 0xfa);
        QVERIFY(TestSupport::countColour(shot, mathCell) > 2000);
        QVERIFY(dark ? TestSupport::averageLightness(shot) < 80
                     : TestSupport::averageLightness(shot) > 180);
    }

    void readableMeasureCentresTheText()
    {
        QString long_;
        for (int i = 0; i < 40; ++i)
            long_ += u"word "_s;
        const SpecDocument::Ptr doc =
            SpecDocument::parse(u"# Measure\n\n"_s + long_.repeated(6) + u"\n"_s);
        PreviewView view;
        view.resize(1600, 600);
        view.setPalette(QApplication::style()->standardPalette());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(renderInto(view, doc));
        const int fullWidth = view.viewport()->width();
        QVERIFY(fullWidth > 1400);

        view.setMaximumMeasure(80);
        const int measured = view.viewport()->width();
        const int expected = int(QFontMetricsF(view.font()).averageCharWidth() * 80) + 24;
        QVERIFY2(qAbs(measured - expected) <= 2,
                 qPrintable(u"%1 vs %2"_s.arg(measured).arg(expected)));
        // Centred: the same margin left and right of the viewport.
        const int left = view.viewport()->geometry().left();
        const int right = view.width() - view.viewport()->geometry().right() - 1;
        QVERIFY2(qAbs(left - right) <= view.verticalScrollBar()->width() + 2,
                 qPrintable(u"%1 / %2"_s.arg(left).arg(right)));
        QVERIFY(left > 300);
        // The text wraps inside the measure, and follows the window's width.
        QTRY_COMPARE(view.layoutWidth(), qreal(measured)); // laid out again on the worker
        for (int i = 0; i < view.pages().count(); ++i)
            QVERIFY(view.pages().page(i)->size().width() <= measured + 1);
        view.resize(400, 600);
        QCOMPARE(view.viewport()->geometry().left(), view.frameWidth()); // narrower: all of it
        view.resize(1600, 600);
        QCOMPARE(view.viewport()->width(), measured);
        SPECWRIGHT_SCREENSHOT(&view, u"preview-measure-light.png"_s);
        view.setPalette(TestSupport::darkPalette());
        QVERIFY(QSignalSpy(&view, &PreviewView::renderFinished).wait(20000));
        QImage dark;
        QVERIFY(TestSupport::saveScreenshot(&view, u"preview-measure-dark.png"_s, &dark).isEmpty());
        // The margins have the page's colour (Base), not the window's.
        const QColor margin = dark.pixelColor(20, 300);
        QCOMPARE(margin, TestSupport::darkPalette().color(QPalette::Base));

        view.setMaximumMeasure(0);
        QCOMPARE(view.viewport()->width(), fullWidth);
    }
};

QTEST_MAIN(TestPreviewFidelity)
#include "tst_preview_fidelity.moc"
