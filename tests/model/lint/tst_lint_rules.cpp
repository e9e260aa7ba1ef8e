// Lint rules per family: fires / does not fire, scope (never in code, examples or quotes),
// suppression comments, profiles, and quick fixes that give the expected text.
#include "fix_applier.h"
#include "lint_engine.h"
#include "suppression_map.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestLintRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleCatalogue();
    void brokenReferenceAndNearestIdFix();
    void crossFileReferences();
    void footnotesAndExampleFiles();
    void duplicateIdsAndHeadingJumps();
    void parseProblems();
    void examples();
    void missingExampleFix();
    void ambiguityOnlyInStatements_data();
    void ambiguityOnlyInStatements();
    void proseScopeOption();
    void suppressionComments_data();
    void suppressionComments();
    void suppressionFixSilencesRule();
    void keywordFixes();
    void boilerplateFix();
    void styleFixes();
    void profiles_data();
    void profiles();
    void placeholders();
    void acronyms();
    void termDriftAcrossFiles();
    void fixAllOfRule();
    void modelSpecFixture();
};

namespace {

QList<Diagnostic> lint(const QString &text,
                       std::optional<LintProfile> profile = LintProfile::ModelSpec,
                       const QString &path = QStringLiteral("spec.md"))
{
    // Rules that are off by default are tested here too.
    LintConfig config;
    for (const LintRuleInfo &r : LintEngine::rules()) {
        if (!r.enabledByDefault && r.id != u"spelling/unknown-word") {
            LintConfig::RuleSetting on;
            on.enabled = true;
            config.setRule(r.id, on);
        }
    }
    LintEngine engine(config);
    engine.setProfileOverride(profile);
    return engine.lint(*SpecDocument::parse(text, path));
}

QList<Diagnostic> only(const QList<Diagnostic> &all, const QString &id)
{
    QList<Diagnostic> r;
    for (const Diagnostic &d : all)
        if (d.ruleId == id)
            r.append(d);
    return r;
}

QString applyFirst(const QString &text, const Diagnostic &d)
{
    const Fix *fix = FixApplier::primaryFix(d);
    return fix ? FixApplier::apply(text, fix->edits) : text;
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

void TestLintRules::ruleCatalogue()
{
    const QList<LintRuleInfo> rules = LintEngine::rules();
    QVERIFY(rules.size() >= 30);
    QSet<QString> ids;
    for (const LintRuleInfo &r : rules) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY(r.id.contains(u'/'));
        QCOMPARE(r.family, r.id.section(u'/', 0, 0));
        QVERIFY2(r.doc.size() > 40, qPrintable(r.id));
        QVERIFY(!r.summary.isEmpty());
    }
    for (const char *id :
         {"references/broken", "ids/duplicate", "structure/heading-jump", "examples/missing",
          "ambiguity/vague-term", "keywords/lowercase", "ears/pattern", "placeholders/todo",
          "glossary/term-drift", "style/repeated-word", "requirements/weak-modal"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
}

void TestLintRules::brokenReferenceAndNearestIdFix()
{
    const QString text = QStringLiteral("# A {#alpha}\n\nSee [?](#retry_polcy) and "
                                        "[x](#alpha).\n\n## Retry {#retry_policy}\n\nText.\n");
    const QList<Diagnostic> d = only(lint(text), QStringLiteral("references/broken"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().severity, Severity::Error);
    QCOMPARE(d.first().range.startLine, 3);
    QCOMPARE(d.first().range.startColumn, 5);
    const QString fixed = applyFirst(text, d.first());
    QVERIFY(fixed.contains(QStringLiteral("[?](#retry_policy)")));
    QVERIFY(only(lint(fixed), QStringLiteral("references/broken")).isEmpty());
    // No id near enough: no fix besides the suppression comment.
    const auto far = only(lint(QStringLiteral("# A {#alpha}\n\nSee [?](#zzzzzzzzzz).\n")),
                          QStringLiteral("references/broken"));
    QCOMPARE(far.size(), 1);
    QVERIFY(!FixApplier::primaryFix(far.first()));
}

void TestLintRules::crossFileReferences()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.md")),
          "# A\n\nSee [b](b.md#beta), [c](b.md#betta), [m](missing.md) and [img](pic.png).\n");
    write(dir.filePath(QStringLiteral("b.md")), "# B {#bee}\n\n## Beta {#beta}\n\nText.\n");
    const Workspace::Ptr ws = Workspace::load(dir.path());
    const SpecDocument::Ptr a = ws->document(QStringLiteral("a.md"));
    for (const Workspace *w : {ws.get(), static_cast<const Workspace *>(nullptr)}) {
        const QList<Diagnostic> d =
            only(LintEngine().lint(*a, w), QStringLiteral("references/cross-file"));
        QCOMPARE(d.size(), 2);
        QVERIFY(d.at(0).message.contains(QStringLiteral("betta")));
        QVERIFY(applyFirst(a->text(), d.at(0)).contains(QStringLiteral("[c](b.md#beta)")));
        QVERIFY(d.at(1).message.contains(QStringLiteral("missing.md")));
    }
}

void TestLintRules::footnotesAndExampleFiles()
{
    const QString root = QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec");
    const Workspace::Ptr ws = Workspace::load(root);
    const LintEngine engine;
    const QList<Diagnostic> all = engine.lintWorkspace(*ws);
    const auto tags = only(all, QStringLiteral("references/footnote-without-examples"));
    QCOMPARE(tags.size(), 1);
    QVERIFY(tags.first().message.contains(QStringLiteral("ac2b")));
    const auto unused = only(all, QStringLiteral("references/unused-example-file"));
    QCOMPARE(unused.size(), 1);
    QVERIFY(unused.first().file.endsWith(QStringLiteral("examples/zz99.md")));
    // Without an examples/ folder, footnotes are plain footnotes.
    QVERIFY(only(lint(QStringLiteral("# A\n\nText[^n1].\n\n[^n1]: A note.\n"),
                      LintProfile::ModelSpec, QStringLiteral("/nonexistent/spec.md")),
                 QStringLiteral("references/footnote-without-examples"))
                .isEmpty());
}

void TestLintRules::duplicateIdsAndHeadingJumps()
{
    const QList<Diagnostic> d =
        lint(QStringLiteral("# A {#a}\n\n### Deep {#deep}\n\n## B {#a}\n\n### C\n\n# D\n\n## E\n"));
    const auto dup = only(d, QStringLiteral("ids/duplicate"));
    QCOMPARE(dup.size(), 1);
    QCOMPARE(dup.first().range.startLine, 5);
    const auto jumps = only(d, QStringLiteral("structure/heading-jump"));
    QCOMPARE(jumps.size(), 1);
    QCOMPARE(jumps.first().range.startLine, 3);
}

void TestLintRules::parseProblems()
{
    const auto fence = only(lint(QStringLiteral("# A\n\n```\ncode that never ends\n")),
                            QStringLiteral("parse/unterminated-fence"));
    QCOMPARE(fence.size(), 1);
    QCOMPARE(fence.first().range.startLine, 3);
    const SpecDocument::Ptr bad =
        SpecDocument::fromUtf8(QByteArray("# A\n\nok\n\xff\xfe bad\n"), QStringLiteral("x.md"));
    const auto utf = only(LintEngine().lint(*bad), QStringLiteral("parse/invalid-utf8"));
    QCOMPARE(utf.size(), 1);
    QCOMPARE(utf.first().range.startLine, 4);
    QCOMPARE(utf.first().severity, Severity::Error);
}

void TestLintRules::examples()
{
    const QString text =
        QStringLiteral("# Rules {#rules}\n\nThe assistant must be kind.\n\n**Example**: "
                       "unlabelled\n\n~~~xml\n<user>\nHi\n</user>\n<comparison>\n"
                       "<assistant>\nHello\n</assistant>\n</comparison>\n~~~\n\n**Example**: only "
                       "bad\n\n~~~xml\n<user>\nHi\n</user>\n<comparison>\n"
                       "<assistant> <!-- BAD: rude -->\nGo away\n</assistant>\n<assistant> <!-- "
                       "BAD -->\nNo\n</assistant>\n</comparison>\n~~~\n\n"
                       "**Example**: fine\n\n~~~xml\n<user>\nHi\n</user>\n<assistant> <!-- GOOD "
                       "-->\nHello\n</assistant>\n~~~\n");
    const QList<Diagnostic> d = lint(text);
    const auto unlabelled = only(d, QStringLiteral("examples/unlabelled-answer"));
    QCOMPARE(unlabelled.size(), 1);
    QCOMPARE(unlabelled.first().range.startLine, 12);
    const auto bad = only(d, QStringLiteral("examples/only-bad"));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.first().range.startLine, 18);
    QVERIFY(only(d, QStringLiteral("examples/missing")).isEmpty());
    // Vague words inside examples are not prose.
    QVERIFY(
        only(
            lint(
                text +
                QStringLiteral(
                    "\n**Example**: x\n\n~~~xml\n<user>\nYou must be reasonable.\n</user>\n~~~\n")),
            QStringLiteral("ambiguity/vague-term"))
            .isEmpty());
}

void TestLintRules::missingExampleFix()
{
    // The spec pins intent down with examples elsewhere, so a rule without one stands out.
    const QString tail = QStringLiteral(
        "\n# Greeting {#greeting}\n\n**Example**: hi\n\n~~~xml\n<user>\nHi\n</user>\n~~~\n");
    const QString text = QStringLiteral("# Rules {#rules}\n\nThe assistant must be kind.\n\n## "
                                        "Other {#other}\n\nPlain text.\n") +
                         tail;
    const auto d = only(lint(text), QStringLiteral("examples/missing"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().range.startLine, 1);
    QVERIFY(only(lint(text, LintProfile::Rfc), QStringLiteral("examples/missing"))
                .isEmpty()); // model-spec only
    const QString fixed = applyFirst(text, d.first());
    QVERIFY(fixed.startsWith(
        QStringLiteral("# Rules {#rules}\n\nThe assistant must be kind.\n\n**Example**: ")));
    QVERIFY(fixed.endsWith(QStringLiteral("~~~\n\n## Other {#other}\n\nPlain text.\n") + tail));
    const SpecDocument::Ptr doc = SpecDocument::parse(fixed);
    QCOMPARE(doc->sections().first().examples.size(), 1);
    QVERIFY(only(lint(fixed), QStringLiteral("examples/missing")).isEmpty());
    QVERIFY(doc->problems().isEmpty());
}

void TestLintRules::ambiguityOnlyInStatements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("statement") << QStringLiteral("The tool must keep several logs.") << 1;
    QTest::newRow("code span") << QStringLiteral("The tool must keep `several` logs.") << 0;
    QTest::newRow("link target") << QStringLiteral("The tool must keep [logs](#several).") << 0;
    QTest::newRow("fence") << QStringLiteral("```\nThe tool must keep several logs.\n```") << 0;
    QTest::newRow("quote") << QStringLiteral("> The tool must keep several logs.") << 0;
    QTest::newRow("html comment") << QStringLiteral("The tool must keep logs. <!-- several -->")
                                  << 0;
    QTest::newRow("admonition")
        << QStringLiteral("!!! meta \"Commentary\"\n    The tool must keep several logs.") << 0;
    QTest::newRow("not normative") << QStringLiteral("The tool keeps several logs.") << 0;
    QTest::newRow("list item") << QStringLiteral("- The tool must keep several logs.") << 1;
}

void TestLintRules::ambiguityOnlyInStatements()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(
        only(lint(QStringLiteral("# T\n\n") + text + u'\n'), QStringLiteral("ambiguity/vague-term"))
            .size(),
        count);
}

void TestLintRules::proseScopeOption()
{
    const auto doc = SpecDocument::parse(QStringLiteral("# T\n\nThe tool keeps several logs.\n"));
    const LintEngine engine(LintConfig::fromText(
        QStringLiteral("[lint.rules]\n\"ambiguity/vague-term\" = { scope = \"prose\" }\n")));
    QCOMPARE(only(engine.lint(*doc), QStringLiteral("ambiguity/vague-term")).size(), 1);
}

void TestLintRules::suppressionComments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    const QString s = QStringLiteral("The tool must keep several logs.\n");
    QTest::newRow("none") << s + s << 2;
    QTest::newRow("next line")
        << QStringLiteral("<!-- specwright-disable-next-line ambiguity/vague-term -->\n") + s +
               u'\n' + s
        << 1;
    QTest::newRow("same line")
        << s.trimmed() +
               QStringLiteral(" <!-- specwright-disable-line ambiguity/vague-term -->\n\n") + s
        << 1;
    QTest::newRow("region")
        << QStringLiteral("<!-- specwright-disable ambiguity/vague-term -->\n\n") + s +
               QStringLiteral("\n<!-- specwright-enable ambiguity/vague-term -->\n\n") + s
        << 1;
    QTest::newRow("family") << QStringLiteral("<!-- specwright-disable ambiguity -->\n\n") + s +
                                   u'\n' + s
                            << 0;
    QTest::newRow("other rule") << QStringLiteral(
                                       "<!-- specwright-disable style/repeated-word -->\n\n") +
                                       s + u'\n' + s
                                << 2;
    QTest::newRow("all") << QStringLiteral("<!-- specwright-disable -->\n\n") + s +
                                QStringLiteral("\n<!-- specwright-enable -->\n\n") + s
                         << 1;
    QTest::newRow("vale") << QStringLiteral("<!-- vale off -->\n\n") + s +
                                 QStringLiteral("\n<!-- vale on -->\n\n") + s
                          << 1;
    QTest::newRow("markdownlint") << QStringLiteral("<!-- markdownlint-disable -->\n\n") + s +
                                         u'\n' + s
                                  << 0;
    QTest::newRow("in code") << QStringLiteral("```\n<!-- specwright-disable -->\n```\n\n") + s
                             << 1;
}

void TestLintRules::suppressionComments()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(
        only(lint(QStringLiteral("# T\n\n") + text), QStringLiteral("ambiguity/vague-term")).size(),
        count);
}

void TestLintRules::suppressionFixSilencesRule()
{
    for (const QString &text :
         {QStringLiteral("# T\n\nThe tool must keep\nseveral logs.\n\nMore.\n"),
          QStringLiteral("# T\n\n### Skip\n")}) {
        const QList<Diagnostic> d = lint(text);
        QVERIFY(!d.isEmpty());
        const Diagnostic &first = d.first();
        const Fix &suppress = first.fixes.last();
        QVERIFY(suppress.edits.first().newText.contains(QStringLiteral("specwright-disable")));
        const QString fixed = FixApplier::apply(text, suppress.edits);
        QVERIFY(only(lint(fixed), first.ruleId).isEmpty());
        // The paragraph is not split by the comment.
        QCOMPARE(SpecDocument::parse(fixed)->statements().size(),
                 SpecDocument::parse(text)->statements().size());
    }
}

void TestLintRules::keywordFixes()
{
    const QString text = QStringLiteral(
        "# T\n\nThe client must retry. The server MUSTN'T close. It MUST not wait.\n");
    const QList<Diagnostic> d = lint(text, LintProfile::Rfc);
    const auto lower = only(d, QStringLiteral("keywords/lowercase"));
    QCOMPARE(lower.size(), 1);
    QCOMPARE(applyFirst(text, lower.first()),
             QStringLiteral(
                 "# T\n\nThe client MUST retry. The server MUSTN'T close. It MUST not wait.\n"));
    const auto unknown = only(d, QStringLiteral("keywords/unknown-form"));
    QCOMPARE(unknown.size(), 2);
    QString fixed = text;
    fixed = FixApplier::apply(fixed, FixApplier::fixAll(d, QStringLiteral("keywords/unknown-form"),
                                                        QStringLiteral("spec.md")));
    QCOMPARE(fixed,
             QStringLiteral(
                 "# T\n\nThe client must retry. The server MUST NOT close. It MUST NOT wait.\n"));
    // Lower case is fine outside the rfc profile.
    QVERIFY(
        only(lint(text, LintProfile::ModelSpec), QStringLiteral("keywords/lowercase")).isEmpty());
}

void TestLintRules::boilerplateFix()
{
    const QString text = QStringLiteral("# Protocol\n\nThe server MUST answer.\n");
    const auto d =
        only(lint(text, LintProfile::Rfc), QStringLiteral("keywords/missing-boilerplate"));
    QCOMPARE(d.size(), 1);
    const QString fixed = applyFirst(text, d.first());
    QVERIFY(fixed.startsWith(QStringLiteral("# Protocol\n\nThe key words \"MUST\"")));
    QVERIFY(fixed.endsWith(QStringLiteral("as shown here.\n\nThe server MUST answer.\n")));
    QVERIFY(only(lint(fixed, LintProfile::Rfc), QStringLiteral("keywords/missing-boilerplate"))
                .isEmpty());
}

void TestLintRules::styleFixes()
{
    const QString text =
        QStringLiteral("# T\n\nIn order to help, the the tool must log `x` x and had had it.\n");
    const QList<Diagnostic> d = lint(text);
    const auto inf = only(d, QStringLiteral("style/superfluous-infinitive"));
    QCOMPARE(inf.size(), 1);
    QCOMPARE(applyFirst(text, inf.first()),
             QStringLiteral("# T\n\nTo help, the the tool must log `x` x and had had it.\n"));
    const auto rep = only(d, QStringLiteral("style/repeated-word"));
    QCOMPARE(rep.size(), 1);
    QCOMPARE(applyFirst(text, rep.first()),
             QStringLiteral("# T\n\nIn order to help, the tool must log `x` x and had had it.\n"));
}

void TestLintRules::profiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("profile");
    QTest::newRow("rfc") << QStringLiteral(
                                "# P\n\nThe server MUST answer. The client SHOULD wait.\n")
                         << int(LintProfile::Rfc);
    QTest::newRow("rfc boilerplate")
        << QStringLiteral("# P\n\nKey words per BCP 14.\n\nThe server must answer.\n")
        << int(LintProfile::Rfc);
    QTest::newRow("spec-kit") << QStringLiteral("# F\n\n- **FR-001**: System MUST log in users.\n")
                              << int(LintProfile::SpecKit);
    QTest::newRow("ears") << QStringLiteral(
                                 "# E\n\nWHEN the user saves, THE editor SHALL write the file.\n")
                          << int(LintProfile::Ears);
    QTest::newRow("model-spec") << QStringLiteral(
                                       "# M {#m authority=root}\n\nThe assistant must be kind.\n")
                                << int(LintProfile::ModelSpec);
}

void TestLintRules::profiles()
{
    QFETCH(QString, text);
    QFETCH(int, profile);
    QCOMPARE(int(LintEngine::detectProfile(*SpecDocument::parse(text))), profile);
    // The profile from specwright.toml wins over detection.
    const LintEngine engine(LintConfig::fromText(QStringLiteral("[lint]\nprofile = \"ears\"\n")));
    QCOMPARE(engine.profileFor(*SpecDocument::parse(text)), LintProfile::Ears);
}

void TestLintRules::placeholders()
{
    const QList<Diagnostic> d =
        lint(QStringLiteral("# [FEATURE NAME]\n\nTODO write this. Ask `TODO` later.\n\n"
                            "- **FR-1**: System MUST [NEEDS CLARIFICATION: which?].\n"),
             LintProfile::SpecKit);
    QCOMPARE(only(d, QStringLiteral("placeholders/todo")).size(), 1);
    QCOMPARE(only(d, QStringLiteral("placeholders/template")).size(), 1);
    QCOMPARE(only(d, QStringLiteral("placeholders/needs-clarification")).size(), 1);
}

void TestLintRules::acronyms()
{
    QCOMPARE(only(lint(QStringLiteral("# T\n\nThe WAF blocks it. The WAF logs it.\n")),
                  QStringLiteral("glossary/undefined-acronym"))
                 .size(),
             1);
    QVERIFY(only(lint(QStringLiteral(
                     "# T\n\nA web application firewall (WAF) blocks it. The WAF logs it.\n")),
                 QStringLiteral("glossary/undefined-acronym"))
                .isEmpty());
    QVERIFY(only(lint(QStringLiteral(
                     "# T\n\nThe HTTP API returns JSON. See `ABC` and DO NOT PANIC.\n")),
                 QStringLiteral("glossary/undefined-acronym"))
                .isEmpty());
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("glossary.md")),
          "# Glossary\n\n**WAF**: web application firewall.\n");
    write(dir.filePath(QStringLiteral("spec.md")), "# T\n\nThe WAF blocks it.\n");
    write(dir.filePath(QStringLiteral("specwright.toml")), "[lint]\nglossary = \"glossary.md\"\n");
    const Workspace::Ptr ws = Workspace::load(dir.path());
    const LintEngine engine(LintConfig::forWorkspace(dir.path()));
    QVERIFY(only(engine.lint(*ws->document(QStringLiteral("spec.md")), ws.get()),
                 QStringLiteral("glossary/undefined-acronym"))
                .isEmpty());
}

void TestLintRules::termDriftAcrossFiles()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.md")),
          "# A\n\nSend an e-mail. Every e-mail has a subject.\n");
    write(dir.filePath(QStringLiteral("b.md")), "# B\n\nThe email goes out. Email is slow.\n");
    const Workspace::Ptr ws = Workspace::load(dir.path());
    const SpecDocument::Ptr b = ws->document(QStringLiteral("b.md"));
    // Alone, b.md is consistent.
    QVERIFY(only(LintEngine().lint(*b), QStringLiteral("glossary/term-drift")).isEmpty());
    // Across the workspace: e-mail (2) beats email (2) on the tie-break; b.md drifts.
    const auto d = only(LintEngine().lint(*b, ws.get()), QStringLiteral("glossary/term-drift"));
    QCOMPARE(d.size(), 2);
    QCOMPARE(
        FixApplier::apply(
            b->text(), FixApplier::fixAll(d, QStringLiteral("glossary/term-drift"), b->filePath())),
        QStringLiteral("# B\n\nThe e-mail goes out. E-mail is slow.\n"));
    QVERIFY(only(LintEngine().lint(*ws->document(QStringLiteral("a.md")), ws.get()),
                 QStringLiteral("glossary/term-drift"))
                .isEmpty());
}

void TestLintRules::fixAllOfRule()
{
    const QString text = QStringLiteral("# T\n\nIn order to a, in order to b.\n\nIn order to c.\n");
    const QList<Diagnostic> d = lint(text);
    const QList<TextEdit> edits = FixApplier::fixAll(
        d, QStringLiteral("style/superfluous-infinitive"), QStringLiteral("spec.md"));
    QCOMPARE(edits.size(), 3);
    QCOMPARE(FixApplier::apply(text, edits), QStringLiteral("# T\n\nTo a, to b.\n\nTo c.\n"));
    // Overlapping edits: the later one is dropped, nothing is garbled.
    QCOMPARE(FixApplier::apply(QStringLiteral("abcdef"),
                               {{1, 4, QStringLiteral("X")}, {2, 5, QStringLiteral("Y")}}),
             QStringLiteral("aXef"));
}

void TestLintRules::modelSpecFixture()
{
    const SpecDocument::Ptr doc =
        SpecDocument::load(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md"));
    const QList<Diagnostic> d = LintEngine().lint(*doc);
    QCOMPARE(LintEngine::detectProfile(*doc), LintProfile::ModelSpec);
    QCOMPARE(only(d, QStringLiteral("references/broken")).size(), 1);
    // Commentary blocks and examples hold "should", but they are not statements.
    for (const Diagnostic &x : d) {
        QVERIFY2(x.range.isValid(), qPrintable(x.ruleId));
        QVERIFY2(x.range.startLine < 8 || x.range.startLine > 9,
                 qPrintable(x.ruleId + u' ' + x.message));
    }
}

QTEST_GUILESS_MAIN(TestLintRules)
#include "tst_lint_rules.moc"
