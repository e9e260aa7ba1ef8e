// No built-in quick fix breaks a quote, a link or an attribute block on the real corpora. For
// every rule (those off by default too), Fix All is applied to each corpus file, the text is
// parsed again, and its links (targets in order), explicit heading ids and attribute blocks must
// be the same; only a link the rule itself reported as broken may get a new target. Every single
// fix of every finding is also checked on its own: a fix that replaces text keeps the quotes,
// brackets, braces and backticks it replaces, and one that inserts text inserts balanced markup.
#include "fix_applier.h"
#include "lint_engine.h"
#include "test_support.h"

#include <QDirIterator>
#include <QTest>

using namespace Specwright;

class TestFixSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixesKeepStructureOnRealSpecs();
};

namespace {

// `retargeted`: indexes of links whose target a fix may change (the broken ones it reports).
QStringList structureOf(const SpecDocument &doc, const QSet<int> &retargeted = {})
{
    QStringList out;
    for (int i = 0; i < doc.references().size(); ++i)
        out.append(QStringLiteral("link ") + (retargeted.contains(i)
                                                  ? QStringLiteral("(reported broken)")
                                                  : doc.references().at(i).target));
    for (const Section &s : doc.sections()) {
        QStringList attributes;
        for (const Attribute &a : s.attributes)
            attributes.append(a.key + u'=' + a.value);
        if (s.explicitId || !attributes.isEmpty())
            out.append(QStringLiteral("heading #%1 {%2}")
                           .arg(s.explicitId ? s.id : QString(), attributes.join(u' ')));
    }
    return out;
}

// Quote and markup characters, apostrophes excepted (a fix may straighten one).
QString markupOf(QStringView text)
{
    QString out;
    for (const QChar c : text)
        if (QStringView(u"\"\u201C\u201D[](){}<>`*").contains(c))
            out.append(c);
    std::sort(out.begin(), out.end());
    return out;
}

bool balanced(QStringView inserted)
{
    auto count = [inserted](QChar c) { return inserted.count(c); };
    return count(u'"') % 2 == 0 && count(u'[') == count(u']') && count(u'(') == count(u')') &&
           count(u'{') == count(u'}') && count(u'`') % 2 == 0 &&
           count(u'\u201C') == count(u'\u201D');
}

} // namespace

void TestFixSafety::fixesKeepStructureOnRealSpecs()
{
    SPECWRIGHT_REQUIRE_CORPUS(realCorpus, "real");
    LintConfig everything;
    for (const LintRuleInfo &r : LintEngine::rules()) {
        if (!r.enabledByDefault) {
            LintConfig::RuleSetting on;
            on.enabled = true;
            everything.setRule(r.id, on);
        }
    }
    const LintEngine engine(everything);
    QStringList files;
    for (const char *folder : {"openapi/versions", "cloudevents/head", "jsonpath-ietf/versions",
                               "spec-kit-dogfood/features", "commonmark/versions/0.31.2"}) {
        QDirIterator it(QDir(realCorpus).filePath(QString::fromLatin1(folder)),
                        {QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    QVERIFY(files.size() >= 50);
    int fixesChecked = 0, fixAllRuns = 0;
    QStringList broken;
    for (const QString &file : std::as_const(files)) {
        const SpecDocument::Ptr doc = SpecDocument::load(file);
        const QString &text = doc->text();
        const QList<Diagnostic> diagnostics = engine.lint(*doc);
        QSet<QString> rules;
        for (const Diagnostic &d : diagnostics) {
            for (const Fix &f : d.fixes) {
                for (const TextEdit &e : f.edits) {
                    ++fixesChecked;
                    const QStringView replaced =
                        QStringView(text).mid(e.startOffset, e.endOffset - e.startOffset);
                    const bool ok = e.startOffset == e.endOffset
                                        ? balanced(e.newText)
                                        : markupOf(replaced) == markupOf(e.newText);
                    if (!ok)
                        broken.append(QStringLiteral("%1:%2 %3 \"%4\": \"%5\" -> \"%6\"")
                                          .arg(file)
                                          .arg(d.range.startLine)
                                          .arg(d.ruleId, f.title, replaced.toString(), e.newText));
                }
            }
            rules.insert(d.ruleId);
        }
        for (const QString &rule : std::as_const(rules)) {
            const QList<TextEdit> edits = FixApplier::fixAll(diagnostics, rule, doc->filePath());
            if (edits.isEmpty())
                continue;
            ++fixAllRuns;
            QSet<int> reported;
            for (int i = 0; i < doc->references().size(); ++i)
                for (const Diagnostic &d : diagnostics)
                    if (d.ruleId == rule &&
                        d.range.startOffset == doc->references().at(i).range.startOffset)
                        reported.insert(i);
            const SpecDocument::Ptr fixed =
                SpecDocument::parse(FixApplier::apply(text, edits), doc->filePath());
            if (structureOf(*fixed, reported) != structureOf(*doc, reported))
                broken.append(QStringLiteral("%1: Fix All of %2 changes links, ids or attributes")
                                  .arg(file, rule));
        }
    }
    qInfo("%d fix edits checked one by one, Fix All run %d times", fixesChecked, fixAllRuns);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 10).join(u'\n')));
    QVERIFY(fixAllRuns > 10);
}

QTEST_GUILESS_MAIN(TestFixSafety)
#include "tst_fix_safety.moc"
