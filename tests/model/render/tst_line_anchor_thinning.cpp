// A big spec's preview keeps about SpecHtmlRenderer::kMaxLineAnchors source-line anchors
// (QTextDocument pays per anchor against every earlier one); a small one keeps them all.
#include "spec_document.h"
#include "spec_html_renderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Specwright;

class TestLineAnchorThinning : public QObject
{
    Q_OBJECT
private:
    static QList<int> anchorLines(const QString &html)
    {
        QList<int> lines;
        static const QRegularExpression re(QStringLiteral(R"re(<a name="sl-(\d+)"></a>)re"));
        auto it = re.globalMatch(html);
        while (it.hasNext())
            lines.append(it.next().captured(1).toInt());
        return lines;
    }

    static QString spec(int paragraphs)
    {
        QString text = QStringLiteral("# Title {#title}\n\n");
        for (int i = 0; i < paragraphs; ++i)
            text += QStringLiteral("Paragraph %1 says what the system does.\n\n").arg(i);
        return text;
    }

private Q_SLOTS:
    void smallSpecKeepsEveryAnchor()
    {
        const auto doc = SpecDocument::parse(spec(50));
        const QList<int> lines = anchorLines(SpecHtmlRenderer().render(*doc));
        QCOMPARE(lines.size(), 51); // the heading and every paragraph
        QCOMPARE(lines.first(), 1);
    }

    void bigSpecKeepsAboutTheMaximum()
    {
        const auto doc = SpecDocument::parse(spec(6000)); // 12,000 lines
        const QString html = SpecHtmlRenderer().render(*doc);
        const QList<int> lines = anchorLines(html);
        QVERIFY2(lines.size() <= SpecHtmlRenderer::kMaxLineAnchors + 1,
                 qPrintable(QString::number(lines.size())));
        QVERIFY2(lines.size() > SpecHtmlRenderer::kMaxLineAnchors / 2,
                 qPrintable(QString::number(lines.size())));
        QCOMPARE(lines.first(), 1);    // the top stays mapped
        QVERIFY(lines.last() > 11900); // and so does the end
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i) > lines.at(i - 1));
        QVERIFY(html.contains(QLatin1String("Paragraph 5999 says"))); // no text lost
    }

    void headingsKeepTheirAnchors()
    {
        QString text;
        for (int i = 0; i < 6000; ++i)
            text +=
                (i % 500 == 0 ? QStringLiteral("## Part %1\n\n") : QStringLiteral("Text %1.\n\n"))
                    .arg(i);
        const auto doc = SpecDocument::parse(text);
        const QList<int> lines = anchorLines(SpecHtmlRenderer().render(*doc));
        for (const Section &s : doc->sections())
            QVERIFY2(lines.contains(s.headingLine), qPrintable(QString::number(s.headingLine)));
    }
};

QTEST_MAIN(TestLineAnchorThinning)
#include "tst_line_anchor_thinning.moc"
