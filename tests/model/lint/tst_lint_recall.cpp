// The problems real specs have and the old rules missed, each in a fixture of our own writing,
// plus the scope rules that keep the language rules quiet where they do not belong.
#include "fix_applier.h"
#include "lint_engine.h"
#include "spelling_rule.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestLintRecall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubledWordAcrossAWord();
    void loneUpperCaseKeyword();
    void oneConceptSeveralWays();
    void termDriftKeepsQuotesAndAcceptsAdjectives();
    void undefinedCapitalisedName();
    void lookAlikeCharacters();
    void doubleSpaces();
    void malformedLabel();
    void contradiction();
    void kiroEars();
    void definitionBulletsAreNotRequirements();
    void noExamplesMissingOnOverview();
    void assistantTurnsOutsideComparisonAreContext();
    void ambiguityScope();
    void idiomsAreNotVague();
    void spelling();
    void rulesListSaysWhichProfile();
};

namespace {

QList<Diagnostic> lint(const QString &text, std::optional<LintProfile> profile = std::nullopt,
                       const QStringList &enable = {},
                       const QString &path = QStringLiteral("spec.md"))
{
    LintConfig config;
    for (const QString &id : enable) {
        LintConfig::RuleSetting on;
        on.enabled = true;
        config.setRule(id, on);
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

QString fixed(const QString &text, const Diagnostic &d)
{
    const Fix *f = FixApplier::primaryFix(d);
    return f ? FixApplier::apply(text, f->edits) : text;
}

} // namespace

void TestLintRecall::doubledWordAcrossAWord()
{
    const QString text = QStringLiteral("# T\n\nThe flag should be only be used in tests.\n\nA "
                                        "list must\nmust not be empty.\n");
    const auto d = only(lint(text), QStringLiteral("style/repeated-word"));
    QCOMPARE(d.size(), 2);
    QCOMPARE(fixed(text, d.at(0)),
             QStringLiteral("# T\n\nThe flag should be only used in tests.\n\nA list must\nmust "
                            "not be empty.\n"));
    QCOMPARE(d.at(1).range.startLine, 5); // across the line break
    // Grammatical doubles stay quiet.
    QVERIFY(only(lint(QStringLiteral("# T\n\nThe way this is done is up to you. The AND and OR "
                                     "operators must be lazy.\n")),
                 QStringLiteral("style/repeated-word"))
                .isEmpty());
}

void TestLintRecall::loneUpperCaseKeyword()
{
    QString text = QStringLiteral("# Rules\n\n");
    for (int i = 0; i < 6; ++i)
        text += QStringLiteral("The assistant must do thing %1.\n\n").arg(i);
    text += QStringLiteral("The assistant MUST refuse weapons help.\n\nIt says \"MUST\" here.\n");
    const auto d =
        only(lint(text, LintProfile::ModelSpec), QStringLiteral("keywords/lone-uppercase"));
    QCOMPARE(d.size(), 1);
    QVERIFY(fixed(text, d.first()).contains(QStringLiteral("The assistant must refuse weapons")));
    QVERIFY(
        only(lint(text, LintProfile::Rfc), QStringLiteral("keywords/lone-uppercase")).isEmpty());
}

void TestLintRecall::oneConceptSeveralWays()
{
    const QString text = QStringLiteral(
        "# T\n\nEnd users see prices. End users pay. The end-user(s) must be told.\n\nThe "
        "end-user licence is short.\n");
    const auto d = only(lint(text), QStringLiteral("glossary/term-drift"));
    QCOMPARE(d.size(), 1); // "end-user licence" is an adjective and fine
    QCOMPARE(d.first().range.startLine, 3);
    QVERIFY(
        d.first().message.contains(QStringLiteral("\"end-user\" is also written \"end user\"")) ||
        d.first().message.contains(QStringLiteral("end-user")));
}

void TestLintRecall::termDriftKeepsQuotesAndAcceptsAdjectives()
{
    // The issue's broken rewrite: `the "guideline" level` must never become `"guideline-level`.
    const QString text = QStringLiteral(
        "# T\n\nRules at the \"guideline\" level may be overridden. A guideline-level rule is "
        "soft. The guideline-level is the lowest.\n\nA third party may call. Third-party code "
        "runs.\n");
    const auto d = only(lint(text), QStringLiteral("glossary/term-drift"));
    for (const Diagnostic &x : d) {
        QVERIFY2(!x.message.contains(u'"' + QStringLiteral("guideline\" level")),
                 qPrintable(x.message));
        QCOMPARE(fixed(text, x).count(u'"'), text.count(u'"'));
    }
    for (const Diagnostic &x : d)
        QVERIFY2(!x.message.contains(QStringLiteral("third")), qPrintable(x.message));
}

void TestLintRecall::undefinedCapitalisedName()
{
    const QString text = QStringLiteral(
        "# T\n\nThe model uses Safe Completions for risky asks. Refusals and Safe Completions "
        "differ.\n\n## Helpfulness\n\nWe like Helpfulness here and Helpfulness there.\n");
    const QString id = QStringLiteral("glossary/undefined-name");
    QVERIFY(only(lint(text), id).isEmpty()); // off by default
    const auto d = only(lint(text, std::nullopt, {id}), id);
    QCOMPARE(d.size(), 1);
    QVERIFY(d.first().message.contains(QStringLiteral("Safe Completions")));
}

void TestLintRecall::lookAlikeCharacters()
{
    const QString text = QStringLiteral("# Don't panic\n\n## Can't stop\n\n## Won\u2019t go\n\nA "
                                        "non\u2011breaking hyphen.\n");
    const auto d = only(lint(text), QStringLiteral("style/look-alike-character"));
    QCOMPARE(d.size(), 2);
    QString all = text;
    for (auto it = d.crbegin(); it != d.crend(); ++it)
        all = fixed(all, *it);
    QCOMPARE(all, QStringLiteral("# Don't panic\n\n## Can't stop\n\n## Won't go\n\nA "
                                 "non-breaking hyphen.\n"));
}

void TestLintRecall::doubleSpaces()
{
    const QString text = QStringLiteral("# T\n\nThe tool  must log. It ends here.  Next one.\n");
    const auto d = only(lint(text), QStringLiteral("style/double-space"));
    QCOMPARE(d.size(), 1); // two spaces after a full stop are a convention
    QCOMPARE(fixed(text, d.first()),
             QStringLiteral("# T\n\nThe tool must log. It ends here.  Next one.\n"));
}

void TestLintRecall::malformedLabel()
{
    const QString text = QStringLiteral(
        "# T\n\nThe assistant must be kind.\n\n**Example**: x\n\n~~~xml\n<user>\nHi\n</user>\n"
        "<comparison>\n<assistant> <!-- GOOD; friendly and short -->\nHello\n</assistant>\n"
        "<assistant> <!-- bad - rude -->\nGo away\n</assistant>\n</comparison>\n~~~\n");
    const QList<Diagnostic> all = lint(text);
    const auto d = only(all, QStringLiteral("examples/malformed-label"));
    QCOMPARE(d.size(), 2);
    QVERIFY(fixed(text, d.at(0)).contains(QStringLiteral("<!-- GOOD: friendly and short -->")));
    QVERIFY(fixed(text, d.at(1)).contains(QStringLiteral("<!-- BAD: rude -->")));
    // Reported as malformed, not as unlabelled.
    QVERIFY(only(all, QStringLiteral("examples/unlabelled-answer")).isEmpty());
}

void TestLintRecall::contradiction()
{
    const QString text = QStringLiteral(
        "# Privacy\n\nThe assistant must share the user's location with partners.\n\n# Safety\n\n"
        "The assistant must not share the user's location with partners.\n");
    const auto d = only(lint(text), QStringLiteral("consistency/contradiction"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().severity, Severity::Info);
    QCOMPARE(d.first().range.startLine, 7);
    QVERIFY(d.first().message.contains(QStringLiteral("Privacy")));
    QVERIFY(d.first().message.contains(QStringLiteral("line 3")));
}

void TestLintRecall::kiroEars()
{
    const QString text = QStringLiteral(
        "# Requirements\n\n### Acceptance Criteria\n\n1. WHEN a user saves THEN the system SHALL "
        "store the draft\n2. IF the disk is full THEN the system SHALL show an error\n3. WHILE "
        "offline the system SHALL queue changes\n4. The system SHALL log every save\n");
    QVERIFY(only(lint(text, LintProfile::Ears), QStringLiteral("ears/pattern")).isEmpty());
    QCOMPARE(only(lint(QStringLiteral("# R\n\n1. WHEN a user saves THEN store it, the system "
                                      "SHALL and SHALL again\n"),
                       LintProfile::Ears),
                  QStringLiteral("ears/pattern"))
                 .size(),
             1);
}

void TestLintRecall::definitionBulletsAreNotRequirements()
{
    const QString text = QStringLiteral(
        "# Spec\n\n## Glossary\n\n- **Draft**: a text that may change and should be saved.\n\n"
        "## Entities\n\n- **Bundle**: A package that can hold presets and may be shared.\n");
    const QList<Diagnostic> d = lint(text, LintProfile::Ears);
    QVERIFY(only(d, QStringLiteral("ears/pattern")).isEmpty());
    QVERIFY(only(d, QStringLiteral("requirements/weak-modal")).isEmpty());
}

void TestLintRecall::noExamplesMissingOnOverview()
{
    const QString text = QStringLiteral(
        "# Overview\n\nThe assistant must be useful.\n\n# Tone\n\nThe assistant must be kind.\n\n"
        "**Example**: x\n\n~~~xml\n<user>\nHi\n</user>\n~~~\n\n# Refusals\n\nThe assistant must "
        "explain a refusal.\n");
    const auto d = only(lint(text, LintProfile::ModelSpec), QStringLiteral("examples/missing"));
    QCOMPARE(d.size(), 1);
    QVERIFY(d.first().message.contains(QStringLiteral("Refusals")));
}

void TestLintRecall::assistantTurnsOutsideComparisonAreContext()
{
    const QString text = QStringLiteral(
        "# T\n\n**Example**: x\n\n~~~xml\n<user>\nHi\n</user>\n<assistant>\nHello, how can I "
        "help?\n</assistant>\n<user>\nA joke\n</user>\n<comparison>\n<assistant>\nNo\n"
        "</assistant>\n</comparison>\n~~~\n");
    const auto d = only(lint(text), QStringLiteral("examples/unlabelled-answer"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().range.startLine, 16);
}

void TestLintRecall::ambiguityScope()
{
    const QString id = QStringLiteral("ambiguity/vague-term");
    // Quotes, link texts, headings, descriptive sentences and asides are out of scope.
    const QString text = QStringLiteral(
        "# An appropriate title\n\nThe user says \"do it in a reasonable way\" and the assistant "
        "must answer.\n\nThe assistant must follow [as appropriate](#as-appropriate) here.\n\n"
        "Users may sometimes send several files.\n\nThe assistant must log (with adequate "
        "detail) the call.\n\n# As appropriate {#as-appropriate}\n\nText.\n");
    QVERIFY(only(lint(text), id).isEmpty());
    QCOMPARE(
        only(lint(QStringLiteral("# T\n\nThe assistant must keep sufficient logs.\n")), id).size(),
        1);
    // specwright.toml widens the scope per rule.
    const LintConfig config = LintConfig::fromText(QStringLiteral(
        "[lint.rules.\"ambiguity/vague-term\"]\nscope = \"prose\"\ninclude = [\"quotes\"]\n"));
    QVERIFY(config.diagnostics().isEmpty());
    const QList<Diagnostic> wide =
        LintEngine(config).lint(*SpecDocument::parse(text, QStringLiteral("spec.md")));
    // "reasonable" in the quote, "several" in descriptive prose, "adequate" in the aside.
    QCOMPARE(only(wide, id).size(), 3);
}

void TestLintRecall::idiomsAreNotVague()
{
    const QString text = QStringLiteral(
        "# T\n\nThe assistant should assume best intentions and use its best judgment, most "
        "importantly as a general best practice.\n");
    const QList<Diagnostic> d = lint(text, std::nullopt, {QStringLiteral("ambiguity/superlative")});
    QVERIFY(only(d, QStringLiteral("ambiguity/superlative")).isEmpty());
    QVERIFY(only(d, QStringLiteral("ambiguity/vague-term")).isEmpty());
}

void TestLintRecall::spelling()
{
    const QString id = QStringLiteral("spelling/unknown-word");
    if (!SpellingRule::hasDictionary(QStringLiteral("en_US")))
        QSKIP("no en_US hunspell dictionary installed (hunspell-en-us)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile toml(dir.filePath(QStringLiteral("specwright.toml")));
    QVERIFY(toml.open(QIODevice::WriteOnly));
    toml.write("[spelling]\nwords = [\"frobnicate\"]\n[lint.rules]\n\"spelling/unknown-word\" = "
               "\"on\"\n");
    toml.close();
    LintConfig config = LintConfig::forWorkspace(dir.path());
    QVERIFY(config.diagnostics().isEmpty());
    const QString text = QStringLiteral(
        "# T\n\nThe tool must frobnicate the recieved `reciept_id` at https://ex.ample/wrongg "
        "and log_it for Kubernetes.\n");
    auto run = [&text](const LintConfig &c) {
        return only(LintEngine(c).lint(*SpecDocument::parse(text, QStringLiteral("spec.md"))),
                    QStringLiteral("spelling/unknown-word"));
    };
    QList<Diagnostic> d = run(config);
    QCOMPARE(d.size(), 1);
    QVERIFY(d.first().message.contains(QStringLiteral("recieved")));
    bool suggests = false, adds = false;
    for (const Fix &f : d.first().fixes) {
        suggests |= !f.edits.isEmpty() && f.edits.first().newText == u"received";
        adds |= f.dictionaryWord == u"recieved";
    }
    QVERIFY(suggests);
    QVERIFY(adds);
    QVERIFY(!FixApplier::hasOneFix(d.first())); // a choice, so Fix All leaves it alone
    // "Add to dictionary" writes the workspace words file; the next lint accepts the word.
    QVERIFY(config.addSpellingWord(QStringLiteral("recieved")));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("specwright-words.txt"))));
    QVERIFY(run(LintConfig::forWorkspace(dir.path())).isEmpty());
    Q_UNUSED(id);
}

void TestLintRecall::rulesListSaysWhichProfile()
{
    for (const LintRuleInfo &r : LintEngine::rules())
        QVERIFY2(!r.summary.isEmpty() && !r.doc.isEmpty(), qPrintable(r.id));
    QVERIFY(LintEngine::rule(QStringLiteral("spelling/unknown-word")));
    QVERIFY(!LintEngine::rule(QStringLiteral("spelling/unknown-word"))->enabledByDefault());
    QVERIFY(LintEngine::rule(QStringLiteral("glossary/term-drift"))->enabledByDefault());
}

QTEST_GUILESS_MAIN(TestLintRecall)
#include "tst_lint_recall.moc"
