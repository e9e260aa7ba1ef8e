// `specc eval` as CI runs it, against a scripted chat-completions server on 127.0.0.1 in this
// process: trust is required, text / json / junit output, the pass-rate threshold and the
// baseline, --compare naming the regressed sections, a workspace that names a server or a key
// sends nothing there, and no key lands on disk.
#include "eval_case_builder.h"
#include "eval_run.h"
#include "file_tree.h"
#include "scripted_chat_server.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <csignal>

using namespace Specwright;

namespace {

using TestSupport::copyTree;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestSpeccEval : public QObject
{
    Q_OBJECT

    ScriptedChatServer m_server;
    ScriptedChatServer m_evil;
    QTemporaryDir m_config; // XDG_CONFIG_HOME: never the user's own settings
    QTemporaryDir m_ws;

    void prepare(QProcess &p)
    {
        p.setWorkingDirectory(m_ws.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("SPECWRIGHT_LLM_API_KEY"), QStringLiteral("sk-cli-secret-42"));
        env.insert(QStringLiteral("DEPLOY_TOKEN"), QStringLiteral("deploy-token-77"));
        env.remove(QStringLiteral("SPECWRIGHT_LLM_BASE_URL"));
        p.setProcessEnvironment(env);
    }

    // Runs specc while this thread's event loop serves the scripted servers.
    Run specc(const QStringList &args)
    {
        QProcess p;
        prepare(p);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SPECC_PATH), args);
        if (!finished.wait(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString endpoint(const ScriptedChatServer &s) const
    {
        return QStringLiteral("http://127.0.0.1:%1/v1").arg(s.serverPort());
    }

    QStringList common(const QString &target)
    {
        return {QStringLiteral("eval"),       QStringLiteral("--trust"),
                QStringLiteral("--endpoint"), endpoint(m_server),
                QStringLiteral("--target"),   target,
                QStringLiteral("--grader"),   QStringLiteral("grader"),
                QStringLiteral("--timeout"),  QStringLiteral("500"),
                QStringLiteral("--section"),  QStringLiteral("no_sycophancy")};
    }

    QString latestRun() const
    {
        QStringList files = QDir(m_ws.filePath(QStringLiteral(".specwright/runs")))
                                .entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
        return files.isEmpty() ? QString()
                               : m_ws.filePath(QStringLiteral(".specwright/runs/") + files.last());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        QVERIFY(m_evil.listen(QHostAddress::LocalHost));
        copyTree(QStringLiteral(SPECWRIGHT_TEST_DATA "/eval"), m_ws.path());
        const Workspace::Ptr ws = Workspace::load(m_ws.path());
        for (const EvalCase &c :
             EvalCaseBuilder::build(ws->document(QStringLiteral("spec.md")), ws)) {
            const QString user = c.messages.last().content;
            for (const EvalReference &r : c.references) {
                if (r.label == AnswerLabel::Good && !m_server.goodAnswers.contains(user))
                    m_server.goodAnswers.insert(user, r.text);
                if (r.label == AnswerLabel::Bad && !m_server.badAnswers.contains(user))
                    m_server.badAnswers.insert(user, r.text);
            }
        }
    }

    void untrustedWorkspaceRunsNothing()
    {
        QStringList args = common(QStringLiteral("target-good"));
        args.removeAll(QStringLiteral("--trust"));
        const Run r = specc(args << QStringLiteral("spec.md"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("not trusted")), qPrintable(r.err));
        QCOMPARE(m_server.requests, 0);
    }

    void textRunWithPassRates()
    {
        const Run r = specc(common(QStringLiteral("target-good")) << QStringLiteral("spec.md"));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("no_sycophancy")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("4/4  100.0%")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("4 cases: 4 passed, 0 failed, 0 errors")));
        QVERIFY(r.out.contains(QLatin1String("cases/s")));
        QVERIFY(!latestRun().isEmpty());
        QCOMPARE(m_evil.requests, 0);
    }

    void jsonFormatAndThreshold()
    {
        const QString baseline = latestRun();
        QStringList args = common(QStringLiteral("target-bad"));
        args << QStringLiteral("--format") << QStringLiteral("json")
             << QStringLiteral("--min-pass-rate") << QStringLiteral("0.9")
             << QStringLiteral("spec.md");
        const Run r = specc(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("below 90.0%")), qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray cases = doc.value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 4);
        int passed = 0;
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value(QStringLiteral("pass")).isBool());
            QVERIFY(c.value(QStringLiteral("score")).isDouble());
            QVERIFY(c.contains(QStringLiteral("reason")));
            passed += c.value(QStringLiteral("pass")).toBool();
        }
        QCOMPARE(passed, 3);
        QCOMPARE(doc.value(QStringLiteral("pass_rate")).toDouble(), 0.75);

        // --compare names the regressed section, regressions first; exit 1.
        const Run c =
            specc({QStringLiteral("eval"), QStringLiteral("--compare"), baseline, latestRun()});
        QCOMPARE(c.code, 1);
        QVERIFY2(c.out.contains(QLatin1String("REGRESSION")), qPrintable(c.out));
        QVERIFY(c.out.contains(QLatin1String("regressed sections: no_sycophancy")));
        QVERIFY(c.out.contains(QLatin1String("pass rate: 100.0% -> 75.0%")));
        // And as a baseline of a new run.
        QStringList again = common(QStringLiteral("target-bad"));
        again << QStringLiteral("--baseline") << baseline << QStringLiteral("spec.md");
        const Run b = specc(again);
        QCOMPARE(b.code, 1);
        QVERIFY2(b.err.contains(QLatin1String("regression")), qPrintable(b.err));
    }

    void junitIsValidXml()
    {
        QStringList args = common(QStringLiteral("target-bad"));
        args.replace(args.indexOf(QStringLiteral("no_sycophancy")), QStringLiteral("orchard_spec"));
        args << QStringLiteral("--format") << QStringLiteral("junit") << QStringLiteral("--new")
             << QStringLiteral("spec.md");
        const Run r = specc(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QXmlStreamReader xml(r.out);
        int suites = 0, testcases = 0, failures = 0, errors = 0;
        QString firstSuite;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"testsuite" && ++suites == 1)
                firstSuite = xml.attributes().value(u"name").toString();
            testcases += xml.name() == u"testcase";
            failures += xml.name() == u"failure";
            errors += xml.name() == u"error";
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 4);
        QCOMPARE(firstSuite, QStringLiteral("stay_on_topic"));
        QCOMPARE(testcases, 10);
        QCOMPARE(failures, 3);
        QCOMPARE(errors, 2); // the stall and the dropped connection
    }

    void workspaceCannotChooseTheServerOrKey()
    {
        QFile toml(m_ws.filePath(QStringLiteral("specwright.toml")));
        QVERIFY(toml.open(QIODevice::Append));
        toml.write("endpoint = \"" + endpoint(m_evil).toUtf8() +
                   "\"\napi_key_env = \"DEPLOY_TOKEN\"\n");
        toml.close();
        QStringList args = common(QStringLiteral("target-good"));
        const Run r = specc(args << QStringLiteral("spec.md"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("eval.endpoint is not allowed")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("eval.api_key_env is not allowed")));
        QCOMPARE(m_evil.requests, 0);
        QVERIFY(!m_server.authorizations.contains("Bearer deploy-token-77"));
        QVERIFY(m_server.authorizations.contains("Bearer sk-cli-secret-42"));
    }

    void noKeyOnDisk()
    {
        for (const QString &dir : {m_ws.path(), m_config.path()}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains("sk-cli-secret"), qPrintable(f.fileName()));
                QVERIFY2(!bytes.contains("deploy-token"), qPrintable(f.fileName()));
            }
        }
    }

    // Ctrl+C while a case is in flight: specc stops, keeps the graded cases, leaves the run
    // unfinished, and the same command resumes it.
    void interruptKeepsTheRunResumable()
    {
        QStringList args = common(QStringLiteral("target-good"));
        args.replace(args.indexOf(QStringLiteral("no_sycophancy")), QStringLiteral("robustness"));
        args.replace(args.indexOf(QStringLiteral("500")), QStringLiteral("60000")); // --timeout
        args << QStringLiteral("--jobs") << QStringLiteral("1") << QStringLiteral("--new")
             << QStringLiteral("spec.md");
        const qsizetype stalledBefore = m_server.open.size();
        QProcess p;
        prepare(p);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SPECC_PATH), args);
        QVERIFY(p.waitForStarted());
        // The 429 and 500 cases pass after their retries, then the stall holds the third.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.open.size() > stalledBefore, 30000);
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("interrupted")), qPrintable(err));
        QString error;
        const auto run = EvalRun::read(latestRun(), &error);
        QVERIFY2(run, qPrintable(error));
        QVERIFY(!run->complete);
        QCOMPARE(run->records.size(), 2);

        args.replace(args.indexOf(QStringLiteral("60000")), QStringLiteral("300"));
        args.removeAll(QStringLiteral("--new"));
        const Run again = specc(args);
        QVERIFY2(again.err.contains(QLatin1String("2 of 4 cases already done")),
                 qPrintable(again.err));
        const auto resumed = EvalRun::read(latestRun(), &error);
        QVERIFY(resumed);
        QCOMPARE(resumed->path, run->path);
        QVERIFY(resumed->complete);
        QCOMPARE(resumed->records.size(), 4);
    }

    // Cases per second against this scripted server with --jobs 1 and --jobs 8: printed for
    // the issue's note, never asserted (timings belong to no unit test).
    void throughputFigures()
    {
        QString spec = QStringLiteral("# Throughput {#throughput}\n\n");
        for (int i = 0; i < 32; ++i)
            spec += QStringLiteral("## Case %1 {#case_%1}\n\nThe assistant must answer "
                                   "question %1.\n\n**Example**: question %1\n\n~~~xml\n"
                                   "<user>\nQuestion number %1?\n</user>\n<comparison>\n"
                                   "<assistant> <!-- GOOD -->\nAnswer %1.\n</assistant>\n"
                                   "<assistant> <!-- BAD -->\nNo idea.\n</assistant>\n"
                                   "</comparison>\n~~~\n\n")
                        .arg(i);
        QFile f(m_ws.filePath(QStringLiteral("throughput.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(spec.toUtf8());
        f.close();
        for (const int delay : {0, 50}) {
            m_server.answerDelayMs = delay;
            for (const char *jobs : {"1", "8"}) {
                const Run r = specc({QStringLiteral("eval"), QStringLiteral("--trust"),
                                     QStringLiteral("--endpoint"), endpoint(m_server),
                                     QStringLiteral("--target"), QStringLiteral("target-good"),
                                     QStringLiteral("--grader"), QStringLiteral("grader"),
                                     QStringLiteral("--jobs"), QString::fromLatin1(jobs),
                                     QStringLiteral("--new"), QStringLiteral("--fresh"),
                                     QStringLiteral("throughput.md")});
                QVERIFY2(r.code == 0, qPrintable(r.err));
                static const QRegularExpression figure(QStringLiteral(R"(32 cases: .*)"));
                const QString line = figure.match(r.out).captured(0);
                QVERIFY2(!line.isEmpty(), qPrintable(r.out));
                qInfo("target latency %d ms: %s", delay, qPrintable(line));
                if (delay == 0 && QByteArray(jobs) == "8")
                    qInfo("sample output of specc eval --jobs 8:\n%s",
                          qPrintable(r.out.section(u'\n', 0, 3) + QStringLiteral("\n  [...]\n") +
                                     r.out.section(u'\n', -8)));
            }
        }
        m_server.answerDelayMs = 0;
    }

    void exportTrainingData()
    {
        const Run r =
            specc({QStringLiteral("eval"), QStringLiteral("--export-pairs"),
                   m_ws.filePath(QStringLiteral("pairs.jsonl")), QStringLiteral("spec.md")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(m_ws.filePath(QStringLiteral("pairs.jsonl")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 2);
    }
};

QTEST_GUILESS_MAIN(TestSpeccEval)
#include "tst_specc_eval.moc"
