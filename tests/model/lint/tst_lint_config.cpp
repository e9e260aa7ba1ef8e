// specwright.toml: settings, bad files (diagnostic naming the line, defaults for the rest),
// ignore globs and profile selection.
#include "lint_engine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestLintConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSettings();
    void syntaxErrorNamesLine();
    void badValuesKeepTheRest();
    void unknownRuleIsReported();
    void ruleOffAndSeverity();
    void ruleOptions();
    void ignoredPaths();
    void workspaceConfig();
};

void TestLintConfig::readsSettings()
{
    const LintConfig c = LintConfig::fromText(QStringLiteral(
        "[lint]\nprofile = \"rfc\"\nignore = [\"drafts/**\"]\nglossary = \"glossary.md\"\n"
        "[lint.rules]\n\"style/repeated-word\" = \"off\"\n\"ambiguity/vague-term\" = { severity = "
        "\"error\", allow = [\"several\"] }\n"));
    QVERIFY(c.diagnostics().isEmpty());
    QCOMPARE(c.profile(), LintProfile::Rfc);
    QCOMPARE(c.glossaryFile(), QStringLiteral("glossary.md"));
    QCOMPARE(c.rule(QStringLiteral("style/repeated-word")).enabled, false);
    QCOMPARE(c.rule(QStringLiteral("ambiguity/vague-term")).severity, Severity::Error);
    QCOMPARE(c.rule(QStringLiteral("ambiguity/vague-term"))
                 .options.value(QStringLiteral("allow"))
                 .toStringList(),
             QStringList{QStringLiteral("several")});
}

void TestLintConfig::syntaxErrorNamesLine()
{
    const LintConfig c =
        LintConfig::fromText(QStringLiteral("[lint]\nprofile = \"rfc\"\nrules = {\n"));
    QCOMPARE(c.diagnostics().size(), 1);
    QCOMPARE(c.diagnostics().first().ruleId, QStringLiteral("config/invalid"));
    QVERIFY(c.diagnostics().first().range.startLine >= 3);
    QVERIFY(c.diagnostics().first().message.contains(QStringLiteral("line")));
    QVERIFY(!c.profile()); // defaults
}

void TestLintConfig::badValuesKeepTheRest()
{
    const LintConfig c = LintConfig::fromText(
        QStringLiteral("[lint]\nprofile = \"fancy\"\n[lint.rules]\n\"style/repeated-word\" = "
                       "\"loud\"\n\"ambiguity/and-or\" = \"error\"\n"));
    QCOMPARE(c.diagnostics().size(), 2);
    QCOMPARE(c.diagnostics().at(0).range.startLine, 2);
    QVERIFY(c.diagnostics().at(0).message.contains(QStringLiteral("fancy")));
    QCOMPARE(c.diagnostics().at(1).range.startLine, 4);
    QCOMPARE(c.rule(QStringLiteral("ambiguity/and-or")).severity, Severity::Error);
}

void TestLintConfig::unknownRuleIsReported()
{
    const LintEngine engine(
        LintConfig::fromText(QStringLiteral("[lint.rules]\n\n\"no/such-rule\" = \"off\"\n")));
    QCOMPARE(engine.configDiagnostics().size(), 1);
    QCOMPARE(engine.configDiagnostics().first().range.startLine, 3);
    QVERIFY(engine.configDiagnostics().first().message.contains(QStringLiteral("no/such-rule")));
}

void TestLintConfig::ruleOffAndSeverity()
{
    const auto doc = SpecDocument::parse(
        QStringLiteral("# T\n\nThe tool must be written in the the best way.\n"));
    const LintEngine defaults;
    const QList<Diagnostic> before = defaults.lint(*doc);
    auto find = [](const QList<Diagnostic> &list, const QString &id) -> const Diagnostic * {
        for (const Diagnostic &d : list)
            if (d.ruleId == id)
                return &d;
        return nullptr;
    };
    QVERIFY(find(before, QStringLiteral("style/repeated-word")));
    QCOMPARE(find(before, QStringLiteral("ambiguity/superlative"))->severity, Severity::Warning);
    const LintEngine configured(LintConfig::fromText(QStringLiteral(
        "[lint.rules]\n\"style/repeated-word\" = false\n\"ambiguity/superlative\" = \"error\"\n")));
    const QList<Diagnostic> after = configured.lint(*doc);
    QVERIFY(!find(after, QStringLiteral("style/repeated-word")));
    QCOMPARE(find(after, QStringLiteral("ambiguity/superlative"))->severity, Severity::Error);
}

void TestLintConfig::ruleOptions()
{
    const auto doc =
        SpecDocument::parse(QStringLiteral("# T\n\nThe assistant must mention several options and "
                                           "must answer in one two three four five six words.\n"));
    auto ids = [](const QList<Diagnostic> &list) {
        QStringList r;
        for (const Diagnostic &d : list)
            r.append(d.ruleId);
        return r;
    };
    QVERIFY(ids(LintEngine().lint(*doc)).contains(QStringLiteral("ambiguity/vague-term")));
    QVERIFY(
        !ids(LintEngine().lint(*doc)).contains(QStringLiteral("requirements/overlong-sentence")));
    const LintEngine engine(LintConfig::fromText(
        QStringLiteral("[lint.rules]\n\"ambiguity/vague-term\" = { allow = [\"several\"] }\n"
                       "\"requirements/overlong-sentence\" = { max-words = 10 }\n")));
    QVERIFY(!ids(engine.lint(*doc)).contains(QStringLiteral("ambiguity/vague-term")));
    QVERIFY(ids(engine.lint(*doc)).contains(QStringLiteral("requirements/overlong-sentence")));
}

void TestLintConfig::ignoredPaths()
{
    const LintConfig c = LintConfig::fromText(
        QStringLiteral("[lint]\nignore = [\"drafts/\", \"*.tmp.md\", \"a/**/old.md\"]\n"));
    QVERIFY(c.isIgnored(QStringLiteral("drafts/x.md")));
    QVERIFY(c.isIgnored(QStringLiteral("drafts/deep/x.md")));
    QVERIFY(c.isIgnored(QStringLiteral("x.tmp.md")));
    QVERIFY(!c.isIgnored(QStringLiteral("sub/x.tmp.md")));
    QVERIFY(c.isIgnored(QStringLiteral("a/b/c/old.md")));
    QVERIFY(c.isIgnored(QStringLiteral("a/old.md")));
    QVERIFY(!c.isIgnored(QStringLiteral("spec.md")));
}

void TestLintConfig::workspaceConfig()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("specwright.toml"), "[lint]\nprofile = \"rfc\"\nignore = [\"drafts/\"]\n");
    write(QStringLiteral("spec.md"), "# Spec\n\nThe server must answer.\n");
    write(QStringLiteral("drafts/wip.md"), "# Wip\n\nThe the server MUST answer [?](#nope).\n");
    const LintEngine engine(LintConfig::forWorkspace(dir.path()));
    const Workspace::Ptr ws = Workspace::load(dir.path());
    const QList<Diagnostic> found = engine.lintWorkspace(*ws);
    QStringList ids;
    for (const Diagnostic &d : found) {
        QVERIFY2(!d.file.contains(QStringLiteral("drafts")), qPrintable(d.file));
        ids.append(d.ruleId);
    }
    QVERIFY(ids.contains(QStringLiteral("keywords/lowercase"))); // rfc from the config
}

QTEST_GUILESS_MAIN(TestLintConfig)
#include "tst_lint_config.moc"
