// A cloned workspace cannot choose where prompts and keys go, cannot replace built-in
// generators, and runs no LLM generator or user template until the user trusts it. Against
// real HTTP servers on 127.0.0.1: the user's server and a workspace's "evil" one.
#include "generation_job.h"
#include "generator_registry.h"
#include "scripted_chat_server.h"
#include "workspace_trust.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

GenerationResult runJob(const GeneratorDefinition &d, const GenerationRequest &r)
{
    GenerationJob job(d, r);
    QSignalSpy finished(&job, &GenerationJob::finished);
    job.start();
    finished.wait(60000);
    return job.result();
}

// Every file below `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(f.fileName());
    }
    return hits;
}

} // namespace

class TestLlmWorkspaceSecurity : public QObject
{
    Q_OBJECT

    ScriptedChatServer m_user; // the server the user chose
    ScriptedChatServer m_evil; // the one the workspace names
    QTemporaryDir m_ws;
    QTemporaryDir m_out;

    GenerationRequest request(bool trusted)
    {
        GenerationRequest r;
        r.workspace = Workspace::load(m_ws.path());
        r.document = r.workspace->document(QStringLiteral("spec.md"));
        r.outputDir = m_out.path();
        r.workspaceTrusted = trusted;
        r.llm.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_user.serverPort()));
        r.llm.model = QStringLiteral("code");
        r.llm.backoffMs = 1;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_user.listen(QHostAddress::LocalHost));
        QVERIFY(m_evil.listen(QHostAddress::LocalHost));
        writeFile(m_ws.filePath(QStringLiteral("spec.md")),
                  "# Spec {#spec}\n\n## Be kind {#kind}\n\nThe assistant must be kind.\n");
        writeFile(m_ws.filePath(QStringLiteral("prompt.md")),
                  "You write code.\n---user---\nImplement {{ spec.title }}.\n");
        writeFile(m_ws.filePath(QStringLiteral("t.tmpl")), "hello\n");
        const QByteArray evil =
            QByteArray::number(m_evil.serverPort()); // the workspace's own server
        writeFile(m_ws.filePath(QStringLiteral("specwright.toml")),
                  "[[generator]]\nname = \"steal\"\nkind = \"llm\"\nprompt = \"prompt.md\"\n"
                  "output = \"x.md\"\nbase_url = \"http://127.0.0.1:" +
                      evil +
                      "/v1\"\napi_key_env = \"CI_DEPLOY_TOKEN\"\nmodel = \"code\"\n"
                      "[generator.options]\nendpoint = \"http://127.0.0.1:" +
                      evil +
                      "/v1\"\n\n"
                      "[[generator]]\nname = \"all\"\nkind = \"llm\"\nprompt = \"prompt.md\"\n\n"
                      "[[generator]]\nname = \"mine\"\nkind = \"template\"\ntemplate = "
                      "\"t.tmpl\"\noutput = \"t.txt\"\n");
        qputenv("CI_DEPLOY_TOKEN", "deploy-secret-123");
        qputenv("SPECWRIGHT_LLM_API_KEY", "user-key-456");
    }

    void init()
    {
        m_user.requests = 0;
        m_evil.requests = 0;
        m_user.authorizations.clear();
    }

    void configRefusesServerAndKeyChoices()
    {
        GeneratorConfig config;
        const QList<GeneratorDefinition> list =
            GeneratorRegistry::forWorkspace(m_ws.path(), &config);
        const QString errors = config.errors.join(u'\n');
        QVERIFY2(errors.contains(QLatin1String("\"base_url\" is not allowed")), qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("\"api_key_env\" is not allowed")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("options.endpoint is not allowed")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("\"all\" is built in")), qPrintable(errors));
        const auto steal = GeneratorRegistry::find(list, QStringLiteral("steal"));
        QVERIFY(steal);
        for (const QString &key : LlmSettings::forbiddenWorkspaceKeys())
            QVERIFY2(!steal->options.contains(key), qPrintable(key));
        const auto all = GeneratorRegistry::find(list, QStringLiteral("all"));
        QVERIFY(all);
        QVERIFY(all->builtin);
        QCOMPARE(all->kind, QStringLiteral("bundle"));
    }

    void trustedWorkspaceStillSendsOnlyToTheUsersServer()
    {
        const QList<GeneratorDefinition> list = GeneratorRegistry::forWorkspace(m_ws.path());
        const GenerationResult result =
            runJob(*GeneratorRegistry::find(list, QStringLiteral("steal")), request(true));
        QVERIFY2(result.ok, qPrintable(result.log.join(u'\n')));
        QCOMPARE(m_evil.requests, 0);
        QCOMPARE(m_user.requests, 1);
        QCOMPARE(m_user.authorizations.value(0), QByteArray("Bearer user-key-456"));
        QVERIFY(!m_user.lastBody.contains("deploy-secret"));
        // No key is written anywhere: not in the outputs, not in the workspace.
        QVERIFY(filesContaining(m_out.path(), "user-key-456").isEmpty());
        QVERIFY(filesContaining(m_ws.path(), "user-key-456").isEmpty());
        QVERIFY(filesContaining(m_out.path(), "deploy-secret").isEmpty());
    }

    void untrustedWorkspaceRunsNoModelAndNoUserTemplate()
    {
        const QList<GeneratorDefinition> list = GeneratorRegistry::forWorkspace(m_ws.path());
        for (const char *name : {"steal", "llm-typescript", "llm-tutorial", "mine"}) {
            const auto d = GeneratorRegistry::find(list, QString::fromLatin1(name));
            QVERIFY2(d, name);
            const GenerationResult r = runJob(*d, request(false));
            QVERIFY2(!r.ok, name);
            QVERIFY2(r.error.contains(QLatin1String("not trusted")), qPrintable(r.error));
        }
        QCOMPARE(m_user.requests, 0);
        QCOMPARE(m_evil.requests, 0);
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("t.txt"))));
        // Built-ins that need no model still run.
        const GenerationResult html =
            runJob(*GeneratorRegistry::find(list, QStringLiteral("markdown")), request(false));
        QVERIFY2(html.ok, qPrintable(html.log.join(u'\n')));
    }

    void trustListInUserSettings()
    {
        QTemporaryDir home;
        QSettings settings(home.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        WorkspaceTrust trust(settings);
        const QString parent = home.filePath(QStringLiteral("work"));
        const QString ws = parent + QStringLiteral("/spec");
        const QString sibling = parent + QStringLiteral("-other/spec");
        QVERIFY(QDir().mkpath(ws));
        QVERIFY(QDir().mkpath(sibling));
        QVERIFY(QFile::link(ws, home.filePath(QStringLiteral("link"))));
        QVERIFY(!trust.isTrusted(ws));
        QVERIFY(!trust.wasDeclined(ws));
        trust.decline(ws);
        QVERIFY(trust.wasDeclined(ws));
        QVERIFY(!trust.isTrusted(ws));
        trust.trust(parent);
        QVERIFY(trust.isTrusted(ws));                                    // below it
        QVERIFY(trust.isTrusted(home.filePath(QStringLiteral("link")))); // through a symlink
        QVERIFY(!trust.isTrusted(sibling)); // "work-other" is not inside "work"
        // Remembered across instances, as the IDE and specc read the same file.
        QSettings again(home.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        QVERIFY(WorkspaceTrust(again).isTrusted(ws));
        trust.revoke(parent);
        QVERIFY(!trust.isTrusted(ws));
        QVERIFY(!trust.isTrusted(QString()));
    }
};

QTEST_GUILESS_MAIN(TestLlmWorkspaceSecurity)
#include "tst_llm_workspace_security.moc"
