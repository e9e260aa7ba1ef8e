// Precision and recall of the lint rules on a labelled corpus of normative sentences
// (tests/data/lint_corpus/sentences.md). Deterministic families must be exact; lexical
// families need precision and recall of at least 0.8.
#include "lint_engine.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Specwright;

class TestLintCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precisionAndRecall();
};

namespace {

struct Item
{
    LintProfile profile = LintProfile::ModelSpec;
    QString text;
    QSet<QString> expected;
    int line = 0;
};

QList<Item> readCorpus()
{
    QFile file(QStringLiteral(SPECWRIGHT_TEST_DATA "/lint_corpus/sentences.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression expect(QStringLiteral(R"(^<!--\s*expect:(.*)-->\s*$)"));
    QList<Item> items;
    LintProfile profile = LintProfile::ModelSpec;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("## profile:"))) {
            profile = LintConfig::profileFromName(line.mid(11).trimmed())
                          .value_or(LintProfile::ModelSpec);
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1String("<!--")))
            continue;
        Item item{profile, lines.at(i), {}, i + 1};
        if (i + 1 < lines.size()) {
            const auto m = expect.match(lines.at(i + 1).trimmed());
            if (m.hasMatch()) {
                for (const QString &id : m.captured(1).split(u' ', Qt::SkipEmptyParts))
                    item.expected.insert(id);
                ++i;
            }
        }
        items.append(item);
    }
    return items;
}

} // namespace

void TestLintCorpus::precisionAndRecall()
{
    const QList<Item> items = readCorpus();
    QVERIFY2(items.size() >= 150, qPrintable(QStringLiteral("only %1 items").arg(items.size())));

    LintConfig config;
    // Document-level rules would fire on every one-sentence document; unit tests cover them.
    for (const char *id : {"examples/missing", "keywords/missing-boilerplate"})
        config.setRule(QString::fromLatin1(id), {false, std::nullopt, {}, 0});
    LintEngine engine(config);

    struct Count
    {
        int tp = 0, fp = 0, fn = 0;
    };
    QMap<QString, Count> perRule;
    QMap<QString, Count> perFamily;
    QStringList mistakes;
    for (const Item &item : items) {
        engine.setProfileOverride(item.profile);
        const QString text =
            QStringLiteral("# Corpus {#corpus}\n\n## Retry policy {#retry_policy}\n\n"
                           "Text.\n\n## Error handling {#error_handling}\n\nText.\n\n"
                           "## Item {#item}\n\n") +
            item.text + u'\n';
        const SpecDocument::Ptr doc = SpecDocument::parse(text, QStringLiteral("corpus.md"));
        QSet<QString> fired;
        for (const Diagnostic &d : engine.lint(*doc))
            fired.insert(d.ruleId);
        QSet<QString> all = fired;
        all.unite(item.expected);
        for (const QString &id : std::as_const(all)) {
            const QString family = id.section(u'/', 0, 0);
            const bool e = item.expected.contains(id), f = fired.contains(id);
            Count &r = perRule[id];
            Count &fam = perFamily[family];
            if (e && f)
                ++r.tp, ++fam.tp;
            else if (f)
                ++r.fp, ++fam.fp,
                    mistakes.append(QStringLiteral("line %1: unexpected %2: %3")
                                        .arg(item.line)
                                        .arg(id, item.text));
            else
                ++r.fn, ++fam.fn,
                    mistakes.append(
                        QStringLiteral("line %1: missed %2: %3").arg(item.line).arg(id, item.text));
        }
    }
    auto ratio = [](int num, int den) { return den == 0 ? 1.0 : double(num) / den; };
    qInfo().noquote() << QStringLiteral("%1 items").arg(items.size());
    qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(QStringLiteral("rule/family"), -40)
                             .arg(QStringLiteral("TP"), 4)
                             .arg(QStringLiteral("FP"), 4)
                             .arg(QStringLiteral("FN"), 4)
                             .arg(QStringLiteral("prec"), 6)
                             .arg(QStringLiteral("recall"), 6);
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                 .arg(it.key(), -40)
                                 .arg(it->tp, 4)
                                 .arg(it->fp, 4)
                                 .arg(it->fn, 4)
                                 .arg(ratio(it->tp, it->tp + it->fp), 6, 'f', 2)
                                 .arg(ratio(it->tp, it->tp + it->fn), 6, 'f', 2);
    for (auto it = perFamily.cbegin(); it != perFamily.cend(); ++it)
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                 .arg(QStringLiteral("family ") + it.key(), -40)
                                 .arg(it->tp, 4)
                                 .arg(it->fp, 4)
                                 .arg(it->fn, 4)
                                 .arg(ratio(it->tp, it->tp + it->fp), 6, 'f', 2)
                                 .arg(ratio(it->tp, it->tp + it->fn), 6, 'f', 2);
    for (const QString &m : std::as_const(mistakes))
        qInfo().noquote() << m;

    const QSet<QString> deterministic = {QStringLiteral("references"), QStringLiteral("ids"),
                                         QStringLiteral("keywords"), QStringLiteral("placeholders"),
                                         QStringLiteral("structure")};
    for (auto it = perFamily.cbegin(); it != perFamily.cend(); ++it) {
        const double p = ratio(it->tp, it->tp + it->fp);
        const double r = ratio(it->tp, it->tp + it->fn);
        const double need = deterministic.contains(it.key()) ? 1.0 : 0.8;
        QVERIFY2(p >= need && r >= need,
                 qPrintable(QStringLiteral("family %1: precision %2 recall %3, need %4")
                                .arg(it.key())
                                .arg(p)
                                .arg(r)
                                .arg(need)));
    }
    // No single rule may hide behind its family's average.
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it) {
        const double p = ratio(it->tp, it->tp + it->fp);
        const double r = ratio(it->tp, it->tp + it->fn);
        QVERIFY2(
            p >= 0.8 && r >= 0.8,
            qPrintable(
                QStringLiteral("rule %1: precision %2 recall %3").arg(it.key()).arg(p).arg(r)));
    }
    // Every family of the issue has labelled items.
    for (const char *family :
         {"references", "ids", "structure", "keywords", "placeholders", "ambiguity", "requirements",
          "ears", "style"}) // glossary: tst_lint_rules
        QVERIFY2(perFamily.value(QString::fromLatin1(family)).tp > 0, family);
}

QTEST_GUILESS_MAIN(TestLintCorpus)
#include "tst_lint_corpus.moc"
