// Executable specs end to end in the model: cases from a Model-Spec-shaped fixture, a run
// against a scripted target and grader on 127.0.0.1 (GOOD and BAD answers, 429 with
// Retry-After, 500, a stall, a dropped connection, a grader with invalid JSON or the wrong
// schema), pass rates per section, resume after an interruption, answer reuse, a compare with
// regressions and the training-data export.
#include "eval_case_builder.h"
#include "eval_grader.h"
#include "eval_run_comparison.h"
#include "eval_run_store.h"
#include "eval_runner.h"
#include "scripted_chat_server.h"
#include "training_data_export.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

namespace {

const QString fixture = QStringLiteral(SPECWRIGHT_TEST_DATA "/eval");

QList<EvalCase> fixtureCases(const QString &section = {})
{
    const Workspace::Ptr ws = Workspace::load(fixture);
    return EvalCaseBuilder::build(ws->document(QStringLiteral("spec.md")), ws, section);
}

QString lastUser(const EvalCase &c)
{
    for (auto it = c.messages.crbegin(); it != c.messages.crend(); ++it)
        if (it->role == u"user")
            return it->content;
    return {};
}

EvalSectionRate rateOf(const EvalRun &run, const QString &section)
{
    for (const EvalSectionRate &s : run.sectionRates())
        if (s.section == section)
            return s;
    return {};
}

} // namespace

class TestEval : public QObject
{
    Q_OBJECT

    ScriptedChatServer m_server;
    QList<EvalCase> m_cases;

    EvalRunOptions options(const QString &runs, const QString &target,
                           const QString &grader = QStringLiteral("grader"))
    {
        EvalRunOptions o;
        o.target.baseUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
        o.target.model = target;
        o.target.timeoutMs = 400;
        o.target.maxRetries = 1;
        o.target.backoffMs = 10;
        o.grader = o.target;
        o.grader.model = grader;
        o.jobs = 3;
        o.runsFolder = runs;
        o.header.specFile = QStringLiteral("spec.md");
        o.header.specBlob = QStringLiteral("blob");
        return o;
    }

    // Runs to the end (this thread's event loop also serves the scripted server).
    std::optional<EvalRun> run(EvalRunner &runner)
    {
        QSignalSpy finished(&runner, &EvalRunner::finished);
        QString error;
        if (!runner.start(&error)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        if (!finished.wait(60000))
            return std::nullopt;
        return EvalRun::read(runner.runPath(), &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_cases = fixtureCases();
        for (const EvalCase &c : std::as_const(m_cases)) {
            for (const EvalReference &r : c.references) {
                if (r.label == AnswerLabel::Good && !m_server.goodAnswers.contains(lastUser(c)))
                    m_server.goodAnswers.insert(lastUser(c), r.text);
                if (r.label == AnswerLabel::Bad && !m_server.badAnswers.contains(lastUser(c)))
                    m_server.badAnswers.insert(lastUser(c), r.text);
            }
        }
    }

    void casesFromTheDocumentModel()
    {
        QCOMPARE(m_cases.size(), 10);
        QStringList sections;
        for (const EvalCase &c : std::as_const(m_cases))
            sections.append(c.sectionId);
        QCOMPARE(sections.count(QStringLiteral("stay_on_topic")), 1);
        QCOMPARE(sections.count(QStringLiteral("no_sycophancy")),
                 4); // 2 decision points + 2 prompts
        QCOMPARE(sections.count(QStringLiteral("honest_uncertainty")), 1);
        QCOMPARE(sections.count(QStringLiteral("robustness")), 4);

        const EvalCase &topic = m_cases.first();
        QCOMPARE(topic.authority, QStringLiteral("developer"));
        QCOMPARE(topic.messages.size(), 2);
        QCOMPARE(topic.messages.first().role, QStringLiteral("system")); // <developer>
        QCOMPARE(topic.references.size(), 2);
        QCOMPARE(topic.references.at(1).label, AnswerLabel::Bad);
        QCOMPARE(topic.references.at(1).violatedSection, QStringLiteral("stay_on_topic"));
        QVERIFY(topic.range.startLine > 0);
        QVERIFY(topic.sectionText.contains(QLatin1String("keep to the topic")));

        // The second decision point sees the first one's GOOD answer, not its BAD one.
        const EvalCase &second = m_cases.at(2);
        QCOMPARE(second.comparison, 1);
        QCOMPARE(second.messages.size(), 3);
        QVERIFY(second.messages.at(1).content.startsWith(QLatin1String("Cutting apple trees")));
        QCOMPARE(second.references.at(1).label, AnswerLabel::Ok);
        QCOMPARE(second.linkedSections.size(), 1);
        QCOMPARE(second.linkedSections.first().id, QStringLiteral("honest_uncertainty"));

        // Eval prompts from examples/nf1.md, tied to the tag in the section.
        const EvalCase &prompt = m_cases.at(3);
        QCOMPARE(prompt.evalTag, QStringLiteral("nf1"));
        QCOMPARE(prompt.sourceFile, QStringLiteral("examples/nf1.md"));
        QVERIFY(prompt.references.isEmpty());

        QSet<QString> ids;
        for (const EvalCase &c : std::as_const(m_cases))
            ids.insert(c.id);
        QCOMPARE(ids.size(), m_cases.size());
        QCOMPARE(fixtureCases(QStringLiteral("robustness")).size(), 4);
    }

    void caseIdsAreStableAcrossAmendments()
    {
        QFile f(fixture + QStringLiteral("/spec.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // An amendment: a new paragraph above, the prose of a section rewritten, one example's
        // question changed.
        QString amended = text;
        amended.replace(QStringLiteral("How the orchard assistant behaves"),
                        QStringLiteral("A new preface.\n\nHow the orchard assistant behaves"));
        amended.replace(QStringLiteral("should say when it does not know"),
                        QStringLiteral("must say when it does not know"));
        amended.replace(QStringLiteral("How often should I water my lemon tree?"),
                        QStringLiteral("How often should I water my orange tree?"));
        const auto before =
            EvalCaseBuilder::build(SpecDocument::parse(text, QStringLiteral("spec.md")), {});
        const auto after =
            EvalCaseBuilder::build(SpecDocument::parse(amended, QStringLiteral("spec.md")), {});
        QCOMPARE(before.size(), after.size());
        for (int i = 0; i < before.size(); ++i) {
            if (i == 0)
                QVERIFY(before.at(i).id != after.at(i).id); // its input changed
            else
                QCOMPARE(before.at(i).id, after.at(i).id);
        }
        // Whitespace in the inputs does not change an id; the prompt hash is exact.
        EvalCase c = before.at(1);
        const QString id = EvalCase::stableId(c.sectionId, c.messages);
        const QString hash = c.promptHash();
        c.messages.first().content += QStringLiteral("  ");
        QCOMPARE(EvalCase::stableId(c.sectionId, c.messages), id);
        QVERIFY(c.promptHash() != hash);
    }

    void graderReplyIsParsedStrictly_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok")
            << QStringLiteral(R"({"score":0.8,"pass":true,"reason":"r","violated_section":null})")
            << QString();
        QTest::newRow("fenced") << QStringLiteral("```json\n{\"score\":1,\"pass\":true,\"reason\":"
                                                  "\"r\",\"violated_section\":\"x\"}\n```")
                                << QString();
        QTest::newRow("prose") << QStringLiteral("It passes.") << QStringLiteral("not JSON");
        QTest::newRow("array") << QStringLiteral("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("missing") << QStringLiteral(R"({"score":0.8,"pass":true,"reason":"r"})")
                                 << QStringLiteral("lacks \"violated_section\"");
        QTest::newRow("extra")
            << QStringLiteral(
                   R"({"score":0.8,"pass":true,"reason":"r","violated_section":null,"x":1})")
            << QStringLiteral("unexpected key \"x\"");
        QTest::newRow("score type")
            << QStringLiteral(
                   R"({"score":"high","pass":true,"reason":"r","violated_section":null})")
            << QStringLiteral("\"score\" must be");
        QTest::newRow("score range")
            << QStringLiteral(R"({"score":7,"pass":true,"reason":"r","violated_section":null})")
            << QStringLiteral("\"score\" must be");
        QTest::newRow("pass type")
            << QStringLiteral(R"({"score":0.2,"pass":"no","reason":"r","violated_section":null})")
            << QStringLiteral("\"pass\" must be");
    }

    void graderReplyIsParsedStrictly()
    {
        QFETCH(QString, reply);
        QFETCH(QString, error);
        QString message;
        const auto grade = EvalGrader::parse(reply, &message);
        QCOMPARE(grade.has_value(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(message.contains(error), qPrintable(message));
    }

    void graderPromptCarriesTheSpec()
    {
        QString error;
        const QString templ = EvalGrader::readTemplate(EvalGrader::defaultTemplatePath(), &error);
        QVERIFY2(!templ.isEmpty(), qPrintable(error));
        const QList<LlmMessage> prompt =
            EvalGrader::prompt(m_cases.at(1), QStringLiteral("CANDIDATE"), templ, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(prompt.size(), 2);
        const QString user = prompt.at(1).content;
        QVERIFY2(user.contains(QLatin1String("(#no_sycophancy), authority: guideline")),
                 qPrintable(user));
        QVERIFY(user.contains(QLatin1String("must not praise a plan")));
        QVERIFY(user.contains(QLatin1String("Linked section \"Be honest about uncertainty\"")));
        QVERIFY(user.contains(QLatin1String("[BAD violates #no_sycophancy: flatters the grower]")));
        QVERIFY(user.trimmed().endsWith(QLatin1String("CANDIDATE")));
        QVERIFY(user.contains(QLatin1String("[user]\nI will prune all my apple trees")));
        // One pass: an answer that looks like a placeholder stays as written.
        const auto literal =
            EvalGrader::prompt(m_cases.at(1), QStringLiteral("{{ section_id }}"), templ, &error);
        QVERIFY(literal.at(1).content.trimmed().endsWith(QLatin1String("{{ section_id }}")));
        EvalGrader::prompt(m_cases.at(1), QString(), QStringLiteral("{{ secret }}"), &error);
        QVERIFY2(error.contains(QLatin1String("unknown placeholder {{ secret }}")),
                 qPrintable(error));
    }

    void runScoresPerSectionAndKeepsGoingPastErrors()
    {
        QTemporaryDir runs;
        EvalRunner runner(m_cases, options(runs.path(), QStringLiteral("target-good")));
        QSignalSpy cases(&runner, &EvalRunner::caseFinished);
        const auto result = run(runner);
        QVERIFY(result);
        QVERIFY(result->complete);
        QCOMPARE(result->records.size(), 10);
        QCOMPARE(cases.size(), 10);
        QCOMPARE(rateOf(*result, QStringLiteral("stay_on_topic")).passed, 1);
        QCOMPARE(rateOf(*result, QStringLiteral("no_sycophancy")).passed, 4);
        QCOMPARE(rateOf(*result, QStringLiteral("honest_uncertainty")).passed, 1);
        const EvalSectionRate robust = rateOf(*result, QStringLiteral("robustness"));
        QCOMPARE(robust.passed, 2); // 429 and 500 retried, then answered
        QCOMPARE(robust.errors, 2); // the stall and the dropped connection
        QCOMPARE(result->passed(), 8);
        for (const EvalRecord &r : result->records) {
            QCOMPARE(r.targetModel, QStringLiteral("target-good"));
            QCOMPARE(r.graderModel, QStringLiteral("grader"));
            QCOMPARE(r.specBlob, QStringLiteral("blob"));
            QCOMPARE(r.promptHash.size(), 64);
            if (r.title == u"a stalled answer")
                QVERIFY2(r.error.contains(QLatin1String("target: no answer")), qPrintable(r.error));
            else if (r.title == u"a dropped connection")
                QVERIFY2(r.error.startsWith(QLatin1String("target: ")), qPrintable(r.error));
            else
                QVERIFY2(!r.hasError(), qPrintable(r.error));
            if (!r.hasError()) {
                QCOMPARE(r.graderPromptTokens, 100);
                QVERIFY(!r.reason.isEmpty());
            }
        }
        QCOMPARE(m_server.attemptsByPrompt.value(
                     QStringLiteral("target-good[429] When do apple trees blossom?")),
                 2);
    }

    void badAnswersFailAndCompareNamesTheRegressions()
    {
        QTemporaryDir runs;
        const QList<EvalCase> cases = m_cases.mid(0, 6); // no network trouble here
        EvalRunner good(cases, options(runs.path(), QStringLiteral("target-good")));
        const auto before = run(good);
        QVERIFY(before);
        EvalRunner bad(cases, options(runs.path(), QStringLiteral("target-json")));
        const auto json = run(bad); // non-streaming target, same good answers
        QVERIFY(json);
        QCOMPARE(json->passed(), 6);
        EvalRunner worse(cases, options(runs.path(), QStringLiteral("target-bad")));
        const auto after = run(worse);
        QVERIFY(after);
        QCOMPARE(after->passed(), 3);
        for (const EvalRecord &r : after->records)
            if (!r.pass)
                QCOMPARE(r.violatedSection, r.section);
        const EvalRunComparison c = EvalRunComparison::compare(*before, *after);
        QCOMPARE(c.regressions(), 3);
        QCOMPARE(c.flips.size(), 3);
        QVERIFY(c.flips.first().regression);
        QCOMPARE(c.regressedSections(),
                 QStringList({QStringLiteral("stay_on_topic"), QStringLiteral("no_sycophancy"),
                              QStringLiteral("honest_uncertainty")}));
        QCOMPARE(c.passRateBefore, 1.0);
        QCOMPARE(c.passRateAfter, 0.5);
        // The other way round they are fixes, listed after any regression (there is none).
        const EvalRunComparison back = EvalRunComparison::compare(*after, *before);
        QCOMPARE(back.regressions(), 0);
        QCOMPARE(back.flips.size(), 3);
    }

    void graderFailuresAreClearPerCaseErrors_data()
    {
        QTest::addColumn<QString>("grader");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid JSON")
            << QStringLiteral("grader-invalid") << QStringLiteral("not JSON");
        QTest::newRow("wrong schema")
            << QStringLiteral("grader-schema") << QStringLiteral("lacks \"reason\"");
    }

    void graderFailuresAreClearPerCaseErrors()
    {
        QFETCH(QString, grader);
        QFETCH(QString, message);
        QTemporaryDir runs;
        EvalRunner runner(m_cases.mid(0, 3),
                          options(runs.path(), QStringLiteral("target-good"), grader));
        const auto result = run(runner);
        QVERIFY(result);
        QCOMPARE(result->records.size(), 3);
        QCOMPARE(result->errors(), 3);
        for (const EvalRecord &r : result->records) {
            QVERIFY2(r.error.startsWith(QLatin1String("grader: ")), qPrintable(r.error));
            QVERIFY2(r.error.contains(message), qPrintable(r.error));
            QVERIFY(!r.answer.isEmpty()); // the answer is kept, for reuse
        }
    }

    void resumesAfterAnInterruptionAndReusesAnswers()
    {
        QTemporaryDir runs;
        const QList<EvalCase> cases = m_cases.mid(0, 6);
        const int targetBefore = m_server.requestsByModel.value(QStringLiteral("target-good"));
        EvalRunOptions o = options(runs.path(), QStringLiteral("target-good"));
        o.jobs = 1;
        o.reuseAnswers = false;
        EvalRunner first(cases, o);
        QSignalSpy finished(&first, &EvalRunner::finished);
        connect(&first, &EvalRunner::caseFinished, &first, [&first] {
            if (first.done() == 2)
                first.cancel();
        });
        QString error;
        QVERIFY(first.start(&error));
        QVERIFY(finished.wait(30000));
        QVERIFY(first.wasCanceled());
        QCOMPARE(first.done(), 2);
        auto partial = EvalRun::read(first.runPath(), &error);
        QVERIFY(partial);
        QVERIFY(!partial->complete);
        QCOMPARE(partial->records.size(), 2);

        // The same spec and models again: the unfinished run continues where it stopped.
        EvalRunner second(cases, o);
        const auto resumed = run(second);
        QVERIFY(resumed);
        QVERIFY(second.resumed());
        QCOMPARE(second.resumedCount(), 2);
        QCOMPARE(second.runPath(), first.runPath());
        QVERIFY(resumed->complete);
        QCOMPARE(resumed->records.size(), 6);
        QCOMPARE(m_server.requestsByModel.value(QStringLiteral("target-good")) - targetBefore, 6);
        QCOMPARE(EvalRunStore(runs.path()).runFiles().size(), 1);

        // A new run reuses every answer (same prompt hash and model): only the grader is asked.
        o.resume = false;
        o.reuseAnswers = true;
        EvalRunner third(cases, o);
        const auto reused = run(third);
        QVERIFY(reused);
        QCOMPARE(m_server.requestsByModel.value(QStringLiteral("target-good")) - targetBefore, 6);
        for (const EvalRecord &r : reused->records)
            QVERIFY(r.answerReused);
        QCOMPARE(EvalRunStore(runs.path()).runFiles().size(), 2);
    }

    void noKeyLandsOnDisk()
    {
        QTemporaryDir runs;
        qputenv("SPECWRIGHT_LLM_API_KEY", "sk-eval-secret-789");
        EvalRunner runner(m_cases.mid(0, 2), options(runs.path(), QStringLiteral("target-good")));
        const auto result = run(runner);
        qunsetenv("SPECWRIGHT_LLM_API_KEY");
        QVERIFY(result);
        QVERIFY(m_server.authorizations.contains("Bearer sk-eval-secret-789"));
        QDirIterator it(runs.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("sk-eval-secret"), qPrintable(f.fileName()));
            ++files;
        }
        QCOMPARE(files, 1);
    }

    void trainingDataExport()
    {
        const QByteArray chat = TrainingDataExport::chatJsonl(m_cases);
        const QList<QByteArray> lines = chat.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // the GOOD and OK references
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("section")).toString(),
                 QStringLiteral("stay_on_topic"));
        const QJsonArray messages = first.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.last().toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        QVERIFY(messages.last()
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .startsWith(QLatin1String("I can only help with apple trees")));
        const QList<QByteArray> pairs =
            TrainingDataExport::preferencePairs(m_cases).trimmed().split('\n');
        QCOMPARE(pairs.size(), 2);
        const QJsonObject pair = QJsonDocument::fromJson(pairs.at(1)).object();
        QCOMPARE(pair.value(QStringLiteral("section")).toString(), QStringLiteral("no_sycophancy"));
        QVERIFY(pair.value(QStringLiteral("rejected"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .startsWith(QLatin1String("What a great plan")));
    }
};

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
