// The one argument parser every specc command uses (CliArguments), run through the real
// process: both value spellings, one-letter aliases, --help per command, and usage errors that
// name the command and exit 2.
#include "test_support.h"

#include <QJsonDocument>
#include <QTest>

class TestSpeccArguments : public QObject
{
    Q_OBJECT
private:
    using Result = TestSupport::ProcessResult;
    static Result specc(const QStringList &args)
    {
        return TestSupport::run(QStringLiteral(SPECC_PATH), args);
    }
    static QString fixture() { return QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md"); }

private Q_SLOTS:
    void everyCommandPrintsItsUsageForHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"outline", "examples", "lint", "diff", "generate", "trace", "eval"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void everyCommandPrintsItsUsageForHelp()
    {
        QFETCH(QString, command);
        for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Result r = specc({command, help});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("specc ") + command), qPrintable(r.out));
            QVERIFY(r.err.isEmpty());
        }
    }

    void unknownOptionsAreUsageErrorsNamingTheCommand_data()
    {
        everyCommandPrintsItsUsageForHelp_data();
    }
    void unknownOptionsAreUsageErrorsNamingTheCommand()
    {
        QFETCH(QString, command);
        const Result r = specc({command, QStringLiteral("--bogus"), fixture()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("specc: ") + command + u':'), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bogus")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingValuesAreUsageErrors()
    {
        const Result r = specc({QStringLiteral("lint"), fixture(), QStringLiteral("--format")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("specc: lint:")), qPrintable(r.err));
    }

    void valuesTakeBothSpellings()
    {
        const Result spaced =
            specc({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--fail-on"), QStringLiteral("info"), fixture()});
        const Result joined = specc({QStringLiteral("lint"), QStringLiteral("--format=json"),
                                     QStringLiteral("--fail-on=info"), fixture()});
        QCOMPARE(spaced.code, joined.code);
        QVERIFY(!QJsonDocument::fromJson(spaced.out.toUtf8()).isNull());
        QCOMPARE(spaced.out, joined.out);
        // Options after the positional arguments count as options too.
        const Result after =
            specc({QStringLiteral("outline"), fixture(), QStringLiteral("--json")});
        QCOMPARE(after.code, 0);
        QVERIFY(after.out.trimmed().startsWith(u'{'));
    }

    void oneLetterAliases()
    {
        const Result list = specc({QStringLiteral("generate"), QStringLiteral("--list")});
        QCOMPARE(list.code, 0);
        const Result bad = specc({QStringLiteral("generate"), QStringLiteral("-g"),
                                  QStringLiteral("no-such-generator"), fixture()});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("no-such-generator")), qPrintable(bad.err));
    }

    void compareTakesTwoRuns()
    {
        const Result one =
            specc({QStringLiteral("eval"), QStringLiteral("--compare"), QStringLiteral("a.jsonl")});
        QCOMPARE(one.code, 2);
        QVERIFY2(one.err.contains(QStringLiteral("--compare")), qPrintable(one.err));
        const Result missing = specc({QStringLiteral("eval"), QStringLiteral("--compare"),
                                      QStringLiteral("no-a.jsonl"), QStringLiteral("no-b.jsonl")});
        QCOMPARE(missing.code, 2); // read error of the first run, not a usage error
        QVERIFY2(missing.err.contains(QStringLiteral("no-a.jsonl")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestSpeccArguments)
#include "tst_specc_arguments.moc"
