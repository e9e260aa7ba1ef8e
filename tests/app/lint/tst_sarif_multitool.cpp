// `specc lint --format sarif` on the real corpora, validated by Microsoft's SARIF Multitool
// with its SARIF and GitHub rule sets: zero errors and zero warnings. The Multitool is
// installed with npm into a cache outside the clone ($SPECWRIGHT_NPM_CACHE, which
// packaging/dev.sh binds into the build root, else ~/.cache/specwright/npm): `dev.sh test`
// installs it with the host's npm, else this test tries npm itself, and it skips with a
// clear message when npm is missing or cannot reach the registry.
#include "../../model/git/repo_builder.h"
#include "test_support.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

constexpr auto multitoolPackage = "@microsoft/sarif-multitool-linux@5.7.0";

QString npmPrefix()
{
    const QString fromEnv = qEnvironmentVariable("SPECWRIGHT_NPM_CACHE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) +
           QStringLiteral("/specwright/npm");
}

struct Validation
{
    QStringList errors;
    QStringList warnings;
    QStringList notes;
    QString failure; // the Multitool did not run, wrote no log, or this file was not linted
};

// Notes are advice (snippets, message arguments, reachable URIs): counted per rule, not failed.
QString noteSummary(const Validation &v)
{
    QMap<QString, int> perRule;
    for (const QString &n : v.notes)
        perRule[n.section(u':', 0, 0)] += 1;
    QStringList parts;
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        parts.append(QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

constexpr const char *kCorpusFolders[] = {"real/openapi", "real/cloudevents", "real/commonmark",
                                          "real/jsonpath-ietf", "real/spec-kit-dogfood"};

} // namespace

class TestSarifMultitool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realCorpus_data();
    void realCorpus();
    void repositoryWithProvenance();

private:
    // Every SARIF log is written first and validated in one Multitool run: its start-up
    // (loading the schema and rule sets) costs about ten seconds, the logs themselves little.
    void lintAndValidateAll();
    void lintCorpusFolder(const QString &folder);
    void lintInRepository();
    void validateAll();
    QByteArray lintSarif(const QString &path, const QString &workingDirectory, int *resultCount);
    QString writeLog(const QString &name, const QByteArray &sarif);
    QString m_multitool;
    QTemporaryDir m_out;
    QMap<QString, QString> m_logs;           // corpus folder (or "in-repository") -> SARIF log path
    QMap<QString, int> m_results;            // same key -> results specc wrote
    QMap<QString, Validation> m_validations; // log path -> what the Multitool said of it
};

void TestSarifMultitool::initTestCase()
{
    QVERIFY(m_out.isValid());
    const QString prefix = npmPrefix();
    m_multitool =
        prefix + QStringLiteral("/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    if (QFileInfo(m_multitool).isExecutable()) {
        lintAndValidateAll();
        return;
    }
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty())
        QSKIP("npm is not installed: cannot install the SARIF Multitool");
    QDir().mkpath(prefix);
    const TestSupport::ProcessResult install =
        TestSupport::run(npm,
                         {QStringLiteral("install"), QStringLiteral("--prefix"), prefix,
                          QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                          QStringLiteral("--loglevel=error"), QLatin1String(multitoolPackage)},
                         {}, 280000);
    if (install.code != 0 || !QFileInfo(m_multitool).isExecutable())
        QSKIP(qPrintable(QStringLiteral("npm could not install %1 into %2 (is the npm registry "
                                        "reachable? packaging/dev.sh test installs it "
                                        "with the host's npm): %3")
                             .arg(QLatin1String(multitoolPackage), prefix,
                                  install.code == -1 ? QStringLiteral("timed out")
                                                     : install.err.trimmed().left(400))));
    lintAndValidateAll();
}

void TestSarifMultitool::lintAndValidateAll()
{
    for (const char *folder : kCorpusFolders)
        lintCorpusFolder(QString::fromLatin1(folder));
    lintInRepository();
    validateAll();
}

QString TestSarifMultitool::writeLog(const QString &name, const QByteArray &sarif)
{
    const QString path = m_out.filePath(name + QStringLiteral(".sarif"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(sarif);
    return path;
}

void TestSarifMultitool::lintCorpusFolder(const QString &folder)
{
    const QString dir = TestSupport::corpusPath(folder);
    if (dir.isEmpty())
        return; // its test row skips with the reason
    int results = 0;
    const QByteArray sarif = lintSarif(dir, m_out.path(), &results);
    if (sarif.isEmpty())
        return; // its test row fails: no log
    m_logs.insert(folder, writeLog(folder.section(u'/', -1), sarif));
    m_results.insert(folder, results);
}

// The OpenAPI corpus inside a real git repository with a remote: versionControlProvenance and
// repository-relative paths are validated as well.
void TestSarifMultitool::lintInRepository()
{
    const QString dir = TestSupport::corpusPath(QStringLiteral("real/openapi"));
    if (dir.isEmpty())
        return;
    Specwright::RepoBuilder repo;
    QStringList added;
    for (QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString file = it.next();
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString rel = QStringLiteral("spec/") + QDir(dir).relativeFilePath(file);
        repo.write(rel, in.readAll()); // a run-time copy in a temporary repository only
        added.append(rel);
    }
    QVERIFY(!added.isEmpty());
    repo.commit(QStringLiteral("import"), added);
    QVERIFY(repo.repo.setConfig(QStringLiteral("remote.origin.url"),
                                QStringLiteral("git@github.com:example/openapi-spec.git")));
    int results = 0;
    const QByteArray sarif = lintSarif(QStringLiteral("spec"), repo.path(), &results);
    if (sarif.isEmpty())
        return;
    m_logs.insert(QStringLiteral("in-repository"),
                  writeLog(QStringLiteral("in-repository"), sarif));
    m_results.insert(QStringLiteral("in-repository"), results);
}

void TestSarifMultitool::validateAll()
{
    if (m_logs.isEmpty())
        return;
    const QString log = m_out.filePath(QStringLiteral("validation.sarif"));
    QFile::remove(log); // the Multitool does not overwrite an existing log
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOTNET_CLI_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(m_multitool, QStringList{QStringLiteral("validate"), QStringLiteral("--level"),
                                     QStringLiteral("Error"), QStringLiteral("Warning"),
                                     QStringLiteral("Note"), QStringLiteral("--kind"),
                                     QStringLiteral("Fail"), QStringLiteral("Informational"),
                                     QStringLiteral("--rule-kind"), QStringLiteral("Sarif"),
                                     QStringLiteral("Gh"), QStringLiteral("--output"), log} +
                             m_logs.values());
    QString failure;
    if (!p.waitForFinished(480000))
        failure = QStringLiteral("the Multitool did not finish");
    QFile f(log);
    if (failure.isEmpty() && !f.open(QIODevice::ReadOnly))
        failure = QStringLiteral("no validation log; Multitool said: ") +
                  QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    for (const QString &path : m_logs)
        m_validations[QFileInfo(path).canonicalFilePath()].failure = failure;
    if (!failure.isEmpty())
        return;
    const QJsonArray results = QJsonDocument::fromJson(f.readAll())
                                   .object()
                                   .value(QStringLiteral("runs"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        // Each result names the log it is about; one that names none counts against every log.
        const QString uri = r.value(QStringLiteral("locations"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("physicalLocation"))
                                .toObject()
                                .value(QStringLiteral("artifactLocation"))
                                .toObject()
                                .value(QStringLiteral("uri"))
                                .toString();
        const QString about = QFileInfo(QUrl(uri).toLocalFile()).canonicalFilePath();
        const QString text = r.value(QStringLiteral("ruleId")).toString() + QStringLiteral(": ") +
                             r.value(QStringLiteral("message"))
                                 .toObject()
                                 .value(QStringLiteral("arguments"))
                                 .toVariant()
                                 .toStringList()
                                 .join(QStringLiteral(" | "));
        const QString level = r.value(QStringLiteral("level")).toString(QStringLiteral("warning"));
        for (auto it = m_validations.begin(); it != m_validations.end(); ++it) {
            if (!m_validations.contains(about) || it.key() == about) {
                if (level == u"error")
                    it->errors.append(text);
                else if (level == u"warning")
                    it->warnings.append(text);
                else
                    it->notes.append(text);
            }
        }
    }
}

QByteArray TestSarifMultitool::lintSarif(const QString &path, const QString &workingDirectory,
                                         int *resultCount)
{
    const TestSupport::ProcessResult r = TestSupport::run(
        QStringLiteral(SPECC_PATH),
        {QStringLiteral("lint"), QStringLiteral("--format=sarif"), path}, workingDirectory, 120000);
    if (r.code != 0 && r.code != 1)
        qWarning("specc lint exited %d: %s", r.code, qPrintable(r.err));
    const QByteArray bytes = r.out.toUtf8();
    *resultCount = int(QJsonDocument::fromJson(bytes)
                           .object()
                           .value(QStringLiteral("runs"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("results"))
                           .toArray()
                           .size());
    return (r.code == 0 || r.code == 1) ? bytes : QByteArray();
}

void TestSarifMultitool::realCorpus_data()
{
    QTest::addColumn<QString>("folder");
    for (const char *f : kCorpusFolders)
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestSarifMultitool::realCorpus()
{
    QFETCH(QString, folder);
    if (TestSupport::corpusPath(folder).isEmpty())
        QSKIP(qPrintable(QStringLiteral("corpus folder \"%1\" not found under %2 (set "
                                        "SPECWRIGHT_CORPUS_DIR to run this test)")
                             .arg(folder, TestSupport::corpusRoot())));
    QVERIFY2(m_logs.contains(folder), "specc lint --format sarif failed");
    const Validation v =
        m_validations.value(QFileInfo(m_logs.value(folder)).canonicalFilePath(),
                            Validation{{}, {}, {}, QStringLiteral("not validated")});
    QVERIFY2(v.failure.isEmpty(), qPrintable(v.failure));
    qInfo("%s: %d results; Multitool: %d errors, %d warnings, %d notes", qPrintable(folder),
          m_results.value(folder), int(v.errors.size()), int(v.warnings.size()),
          int(v.notes.size()));
    qInfo("  notes by rule: %s", qPrintable(noteSummary(v)));
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    QVERIFY2(v.warnings.isEmpty(), qPrintable(v.warnings.join(u'\n')));
}

void TestSarifMultitool::repositoryWithProvenance()
{
    SPECWRIGHT_REQUIRE_CORPUS(dir, "real/openapi");
    Q_UNUSED(dir);
    const QString key = QStringLiteral("in-repository");
    QVERIFY2(m_logs.contains(key), "specc lint --format sarif failed in the repository");
    QVERIFY2(m_results.value(key) > 0,
             "the OpenAPI spec yields findings, so results are validated too");
    QFile log(m_logs.value(key));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("\"versionControlProvenance\""));
    const Validation v =
        m_validations.value(QFileInfo(m_logs.value(key)).canonicalFilePath(),
                            Validation{{}, {}, {}, QStringLiteral("not validated")});
    QVERIFY2(v.failure.isEmpty(), qPrintable(v.failure));
    qInfo("in a repository: %d results; Multitool: %d errors, %d warnings, %d notes",
          m_results.value(key), int(v.errors.size()), int(v.warnings.size()), int(v.notes.size()));
    qInfo("  notes by rule: %s", qPrintable(noteSummary(v)));
    QVERIFY2(!noteSummary(v).contains(QStringLiteral("SARIF2003")),
             "versionControlProvenance is present");
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    QVERIFY2(v.warnings.isEmpty(), qPrintable(v.warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSarifMultitool)
#include "tst_sarif_multitool.moc"
