// Rule documentation as reports carry it, and docs/rules.md in the repository: every rule
// has its heading there, so each SARIF helpUri lands on its rule. With
// SPECWRIGHT_UPDATE_DOCS=1 the test rewrites docs/rules.md from the rules instead.
#include "lint_engine.h"
#include "rule_documentation.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

class TestRuleDocumentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAndAnchors_data();
    void namesAndAnchors();
    void helpCarriesTheRulesOwnText();
    void shippedPageCoversEveryRule();
};

void TestRuleDocumentation::namesAndAnchors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("broken") << u"references/broken"_s << u"ReferencesBroken"_s
                            << u"referencesbroken"_s;
    QTest::newRow("dash") << u"ambiguity/vague-term"_s << u"AmbiguityVagueTerm"_s
                          << u"ambiguityvague-term"_s;
}

void TestRuleDocumentation::namesAndAnchors()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, anchor);
    QCOMPARE(RuleDocumentation::friendlyName(id), name);
    QCOMPARE(RuleDocumentation::anchor(id), anchor);
    QCOMPARE(RuleDocumentation::helpUri(id),
             u"https://github.com/specwright/specwright/blob/main/docs/rules.md#"_s + anchor);
}

void TestRuleDocumentation::helpCarriesTheRulesOwnText()
{
    const QList<LintRuleInfo> rules = LintEngine::rules();
    QVERIFY(rules.size() >= 30);
    for (const LintRuleInfo &info : rules) {
        const ReportRule r = RuleDocumentation::reportRule(info);
        QCOMPARE(r.shortDescription, info.summary);
        QCOMPARE(r.fullDescription, info.doc);
        QVERIFY2(r.helpText.contains(info.doc), qPrintable(info.id));
        QVERIFY2(r.helpMarkdown.contains(info.doc), qPrintable(info.id));
        QVERIFY(r.helpMarkdown.contains(u"[lint.rules]"_s));
        QVERIFY(r.helpText.contains(info.id));
    }
}

void TestRuleDocumentation::shippedPageCoversEveryRule()
{
    const QString path = QStringLiteral(SPECWRIGHT_SOURCE_DIR) + u"/docs/rules.md"_s;
    const QString generated = RuleDocumentation::markdownPage(LintEngine::rules());
    if (qEnvironmentVariable("SPECWRIGHT_UPDATE_DOCS") == u"1") {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(generated.toUtf8());
        qInfo("rewrote %s", qPrintable(path));
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QString page = QString::fromUtf8(f.readAll());
    // The headings GitHub turns into the anchors helpUri points at.
    QSet<QString> anchors;
    static const QRegularExpression heading(u"^## (.+)$"_s, QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(page); it.hasNext();)
        anchors.insert(RuleDocumentation::anchor(it.next().captured(1).trimmed()));
    QStringList missing;
    for (const LintRuleInfo &r : LintEngine::rules())
        if (!anchors.contains(RuleDocumentation::anchor(r.id)))
            missing.append(r.id);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"docs/rules.md lacks "_s + missing.join(u", "_s) +
                        u"; regenerate it with SPECWRIGHT_UPDATE_DOCS=1 tst_rule_documentation"_s));
}

QTEST_GUILESS_MAIN(TestRuleDocumentation)
#include "tst_rule_documentation.moc"
