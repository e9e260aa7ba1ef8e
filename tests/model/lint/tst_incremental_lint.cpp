// IncrementalLinter gives exactly what a full LintEngine::lint gives, after every one of many
// random and targeted edits (lines inserted and deleted, headings, ids, suppression comments,
// front matter, glossary and consistency text), on our own fixture and on the real specs of the
// corpus; and it does reuse the unchanged sections.
#include "comparable_findings.h"
#include "incremental_linter.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace Specwright;

class TestIncrementalLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetedEdits_data();
    void targetedEdits();
    void randomEditsOnFixture();
    void randomEditsOnCorpus();
    void reusesUnchangedSections();
    void overlappingCalls();
    void blocksAndStatementsInSectionOrder();
};

namespace {

// Our own spec with something for most rules: front matter, a glossary, hyphenated compounds
// written two ways, vague and weak wording, repeated words, double spaces, a lone capital
// keyword, references (one broken), an example, suppression comments and a contradiction.
const char *const kFixture = R"(---
title: Parcel lockers
version: 1.2
---

Intro text before the first heading. The system should respond quickly.

# Parcel lockers {#lockers}

## Terminology {#terms}

- **Locker**: a box that holds one parcel.
- **Courier**: a person who delivers parcels.

## Delivery {#delivery}

The courier must open the locker as soon as possible. The e-mail must be sent
to the the recipient. The courier should be only be polite. See [?](#pickup) and
[the missing part](#nowhere).

The locker must not  open twice. The courier MUST log every delivery, etc.
The recipient gets an email with the code. In order to save time the courier may
leave the parcel where possible.

### Timeouts {#timeouts}

The locker must close after a reasonable time. The locker must lock the door
after the courier leaves the parcel in the box.

<!-- specwright-disable-next-line ambiguity/vague-term -->
The screen must be user-friendly and fast.

#### Deep heading {#deep}

Some text that is robust and flexible.

## Pickup {#pickup}

The recipient must enter the code. The locker must not lock the door after the
courier leaves the parcel in the box. TODO: describe refunds.

**Example**: a late pickup

~~~xml
<user>
Where is my parcel?
</user>
<comparison>
<assistant> <!-- GOOD: clear -->
In locker 4.
</assistant>
<assistant> <!-- BAD: vague -->
Somewhere.
</assistant>
</comparison>
~~~

## Security {#security}

<!-- specwright-disable ambiguity -->
The code should be secure and strong where appropriate.
<!-- specwright-enable ambiguity -->

The code must be changed regularly. The e mail address must be valid and the
third-party service should be as fast as possible.
)";

// Lines that make rules fire (or stop firing) when inserted somewhere.
const QStringList kLines = {
    QStringLiteral("The system must be fast and user-friendly."),
    QStringLiteral("The courier SHOULD NOT ring twice."),
    QStringLiteral("The courier must be be quick."),
    QStringLiteral("The locker must not  beep."),
    QStringLiteral("The third party service must answer in a timely manner."),
    QStringLiteral("## New section {#new}"),
    QStringLiteral("### Another one"),
    QStringLiteral("<!-- specwright-disable-next-line -->"),
    QStringLiteral("<!-- specwright-disable style -->"),
    QStringLiteral("<!-- specwright-enable -->"),
    QStringLiteral("See [?](#delivery) and [?](#gone)."),
    QStringLiteral("- **Parcel**: a thing in a box."),
    QStringLiteral("The E-mail must contain the code, and/or the link."),
    QStringLiteral("TODO: more."),
    QStringLiteral("The locker must lock the door after the courier leaves the parcel in the box."),
    QStringLiteral("The locker must not lock the door after the courier leaves the parcel."),
    QStringLiteral(""),
    QStringLiteral("~~~"),
    QStringLiteral("> The quote must be fast."),
    QStringLiteral("version: 2"),
    QStringLiteral("---"),
    QStringLiteral("In order to help, the courier may call, among others."),
};

QString lines(const QStringList &l)
{
    return l.join(u'\n');
}

using TestSupport::comparableFindings;

LintConfig everyRule()
{
    // The rules that are off by default are checked too (spelling needs a dictionary).
    LintConfig config;
    for (const LintRuleInfo &r : LintEngine::rules()) {
        if (!r.enabledByDefault && r.id != u"spelling/unknown-word") {
            LintConfig::RuleSetting on;
            on.enabled = true;
            config.setRule(r.id, on);
        }
    }
    return config;
}

// One random edit of the text's lines.
QString randomEdit(const QString &text, QRandomGenerator &random)
{
    QStringList l = text.split(u'\n');
    const int at = int(random.bounded(quint32(l.size())));
    switch (random.bounded(7)) {
    case 0: // insert a line
        l.insert(at, kLines.at(int(random.bounded(quint32(kLines.size())))));
        break;
    case 1: // delete a line
        if (l.size() > 1)
            l.removeAt(at);
        break;
    case 2: { // edit a heading: level, title or id
        QList<int> headings;
        for (int i = 0; i < l.size(); ++i)
            if (l.at(i).startsWith(u'#'))
                headings.append(i);
        if (headings.isEmpty())
            break;
        const int h = headings.at(int(random.bounded(quint32(headings.size()))));
        const int kind = int(random.bounded(3));
        if (kind == 0)
            l[h].prepend(u'#');
        else if (kind == 1)
            l[h].replace(QRegularExpression(QStringLiteral(R"(\{#[^}]*\})")),
                         QStringLiteral("{#changed-id}"));
        else
            l[h].insert(l[h].indexOf(u' ') + 1, QStringLiteral("Examples "));
        break;
    }
    case 3: // edit a word in a line
        if (!l.at(at).isEmpty()) {
            const int c = int(random.bounded(quint32(l.at(at).size())));
            l[at].insert(c, random.bounded(2) ? QStringLiteral(" must ") : QStringLiteral("-"));
        }
        break;
    case 4: // a suppression comment before or on a line
        l.insert(at, random.bounded(2) ? QStringLiteral("<!-- specwright-disable-next-line -->")
                                       : QStringLiteral("<!-- markdownlint-disable -->"));
        break;
    case 5: // join two lines
        if (at + 1 < l.size()) {
            l[at] += u' ' + l.at(at + 1);
            l.removeAt(at + 1);
        }
        break;
    default: // split a line
        if (l.at(at).size() > 2) {
            const int c = int(random.bounded(quint32(l.at(at).size())));
            l.insert(at + 1, l.at(at).mid(c));
            l[at].truncate(c);
        }
        break;
    }
    return lines(l);
}

// Applies `edits` random edits to `text` and checks every step against a full lint.
void checkRandomEdits(const QString &text, const QString &path, int edits, quint32 seed)
{
    for (const LintConfig &config : {LintConfig(), everyRule()}) {
        auto engine = std::make_shared<const LintEngine>(config);
        IncrementalLinter linter(engine);
        QRandomGenerator random(seed);
        QString current = text;
        int reused = 0;
        for (int step = 0; step <= edits; ++step) {
            if (step > 0)
                current = randomEdit(current, random);
            const SpecDocument::Ptr doc = SpecDocument::parse(current, path);
            const QStringList full = comparableFindings(engine->lint(*doc));
            const QStringList incremental = comparableFindings(linter.lint(doc));
            if (incremental != full) {
                QFile dump(QDir::temp().filePath(QStringLiteral("incremental-failure.md")));
                if (dump.open(QIODevice::WriteOnly))
                    dump.write(current.toUtf8());
                qWarning("%s, seed %u, step %d (text in %s)", qPrintable(path), seed, step,
                         qPrintable(dump.fileName()));
            }
            QCOMPARE(incremental, full);
            reused += linter.lastStats().reused;
        }
        // Most edits leave most sections alone.
        QVERIFY2(reused > edits, qPrintable(QStringLiteral("only %1 units reused").arg(reused)));
    }
}

} // namespace

void TestIncrementalLint::targetedEdits_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString base = QString::fromUtf8(kFixture);
    auto replaced = [&base](const char *from, const char *to) {
        QString s = base;
        s.replace(QString::fromUtf8(from), QString::fromUtf8(to));
        return s;
    };
    QTest::newRow("insert a line")
        << base
        << replaced("## Pickup {#pickup}\n", "## Pickup {#pickup}\n\nThe code must be short.\n");
    QTest::newRow("delete a line")
        << base << replaced("Some text that is robust and flexible.\n", "");
    QTest::newRow("edit a heading")
        << base << replaced("### Timeouts {#timeouts}", "### Example timeouts {#timeouts}");
    QTest::newRow("change an id") << base << replaced("{#pickup}", "{#collect}");
    QTest::newRow("heading level") << base << replaced("### Timeouts", "#### Timeouts");
    QTest::newRow("glossary title") << base << replaced("## Terminology", "## Overview");
    QTest::newRow("suppression comment")
        << base
        << replaced("The recipient must enter the code.",
                    "<!-- specwright-disable-next-line -->\nThe recipient must enter the code.");
    QTest::newRow("disable region opened")
        << base
        << replaced("## Delivery {#delivery}\n",
                    "## Delivery {#delivery}\n<!-- specwright-disable -->\n");
    QTest::newRow("enable removed")
        << base << replaced("<!-- specwright-enable ambiguity -->\n", "");
    QTest::newRow("front matter") << base << replaced("version: 1.2", "version: 1.3\nowner: ops");
    QTest::newRow("front matter removed")
        << base << replaced("---\ntitle: Parcel lockers\nversion: 1.2\n---\n", "");
    QTest::newRow("term drift counts")
        << base << replaced("The recipient gets an email", "The recipient gets an e-mail");
    QTest::newRow("lone capital") << base
                                  << replaced("The courier MUST log", "The courier must log");
    QTest::newRow("contradiction")
        << base << replaced("The locker must not lock the door", "The locker must lock the door");
    QTest::newRow("broken reference fixed") << base << replaced("(#nowhere)", "(#timeouts)");
    QTest::newRow("fence opened") << base
                                  << replaced("#### Deep heading {#deep}\n",
                                              "#### Deep heading {#deep}\n~~~\n");
    QTest::newRow("profile changes")
        << base
        << replaced("The courier MUST log",
                    "The courier MUST log. It MUST. It SHALL. It MAY. It SHOULD. It MUST NOT");
    QTest::newRow("profile from front matter: rfc")
        << base << replaced("version: 1.2", "version: 1.2\nconformance: RFC 2119");
    QTest::newRow("profile from front matter: spec-kit")
        << base
        << replaced("version: 1.2", "version: 1.2\nmemory: .specify/memory/constitution.md");
    QTest::newRow("profile from a later section: rfc")
        << base << replaced("Some text that is robust and flexible.", "See BCP 14.");
    QTest::newRow("empty") << base << QString();
    QTest::newRow("from empty") << QString() << base;
}

void TestIncrementalLint::targetedEdits()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    for (const LintConfig &config : {LintConfig(), everyRule()}) {
        auto engine = std::make_shared<const LintEngine>(config);
        IncrementalLinter linter(engine);
        const SpecDocument::Ptr first = SpecDocument::parse(before, QStringLiteral("spec.md"));
        QCOMPARE(comparableFindings(linter.lint(first)), comparableFindings(engine->lint(*first)));
        const SpecDocument::Ptr second = SpecDocument::parse(after, QStringLiteral("spec.md"));
        QCOMPARE(comparableFindings(linter.lint(second)),
                 comparableFindings(engine->lint(*second)));
        // And back again.
        const SpecDocument::Ptr third = SpecDocument::parse(before, QStringLiteral("spec.md"));
        QCOMPARE(comparableFindings(linter.lint(third)), comparableFindings(engine->lint(*third)));
    }
}

void TestIncrementalLint::randomEditsOnFixture()
{
    const QString text = QString::fromUtf8(kFixture);
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u})
        checkRandomEdits(text, QStringLiteral("spec.md"), 60, seed);
}

void TestIncrementalLint::randomEditsOnCorpus()
{
    SPECWRIGHT_REQUIRE_CORPUS(real, "real");
    QStringList files;
    QDirIterator it(real, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY(!files.isEmpty());
    // Every 8th file (the large specs among them), a few dozen edits each.
    quint32 seed = 100;
    for (int i = 0; i < files.size(); i += 8) {
        QFile f(files.at(i));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        if (text.count(u'\n') < 20)
            continue;
        checkRandomEdits(text, files.at(i), 25, ++seed);
    }
}

void TestIncrementalLint::reusesUnchangedSections()
{
    auto engine = std::make_shared<const LintEngine>();
    IncrementalLinter linter(engine);
    const QString base = QString::fromUtf8(kFixture);
    linter.lint(SpecDocument::parse(base, QStringLiteral("spec.md")));
    QCOMPARE(linter.lastStats().reused, 0);
    const int units = linter.lastStats().relinted;
    QVERIFY(units >= 8);
    // One line inserted in the middle: that unit is re-linted, the others move.
    QString edited = base;
    edited.replace(QStringLiteral("The recipient must enter the code."),
                   QStringLiteral("The recipient must enter the code.\nIt must be short."));
    const SpecDocument::Ptr doc = SpecDocument::parse(edited, QStringLiteral("spec.md"));
    QCOMPARE(comparableFindings(linter.lint(doc)), comparableFindings(engine->lint(*doc)));
    QCOMPARE(linter.lastStats().relinted, 1);
    QCOMPARE(linter.lastStats().reused, units - 1);
    // Another file starts afresh.
    const SpecDocument::Ptr other = SpecDocument::parse(edited, QStringLiteral("other.md"));
    QCOMPARE(comparableFindings(linter.lint(other)), comparableFindings(engine->lint(*other)));
    QCOMPARE(linter.lastStats().reused, 0);
}

void TestIncrementalLint::overlappingCalls()
{
    // Two workers lint different versions at once; each result is right for its document.
    auto engine = std::make_shared<const LintEngine>();
    IncrementalLinter linter(engine);
    const QString base = QString::fromUtf8(kFixture);
    QList<SpecDocument::Ptr> docs;
    QRandomGenerator random(7);
    QString current = base;
    for (int i = 0; i < 40; ++i) {
        current = randomEdit(current, random);
        docs.append(SpecDocument::parse(current, QStringLiteral("spec.md")));
    }
    QList<QStringList> results(docs.size());
    auto work = [&](int parity) {
        for (int i = parity; i < docs.size(); i += 2)
            results[i] = comparableFindings(linter.lint(docs.at(i)));
    };
    QThread *a = QThread::create(work, 0);
    QThread *b = QThread::create(work, 1);
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    delete a;
    delete b;
    for (int i = 0; i < docs.size(); ++i)
        QCOMPARE(results.at(i), comparableFindings(engine->lint(*docs.at(i))));
}

void TestIncrementalLint::blocksAndStatementsInSectionOrder()
{
    // LintUnits reads each unit's blocks and statements as one run of indexes.
    QStringList texts{QString::fromUtf8(kFixture)};
    SPECWRIGHT_REQUIRE_CORPUS(corpus, "real");
    QDirIterator it(QFileInfo(corpus).absolutePath(), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        texts.append(QString::fromUtf8(f.readAll()));
    }
    QVERIFY(texts.size() > 100);
    for (const QString &text : std::as_const(texts)) {
        const SpecDocument::Ptr doc = SpecDocument::parse(text);
        int last = -1;
        for (const Block &b : doc->blocks()) {
            QVERIFY(b.section >= last);
            last = b.section;
        }
        last = -1;
        for (const Statement &s : doc->statements()) {
            QVERIFY(s.section >= last);
            last = s.section;
        }
    }
}

QTEST_GUILESS_MAIN(TestIncrementalLint)
#include "tst_incremental_lint.moc"
