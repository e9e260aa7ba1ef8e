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
    QString failure; // the Multitool did not run or wrote no log
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
    Validation validate(const QString &sarifPath);
    QByteArray lintSarif(const QString &path, const QString &workingDirectory, int *resultCount);
    QString m_multitool;
    QTemporaryDir m_out;
};

void TestSarifMultitool::initTestCase()
{
    QVERIFY(m_out.isValid());
    const QString prefix = npmPrefix();
    m_multitool =
        prefix + QStringLiteral("/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    if (QFileInfo(m_multitool).isExecutable())
        return;
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
}

Validation TestSarifMultitool::validate(const QString &sarifPath)
{
    Validation v;
    const QString log = sarifPath + QStringLiteral(".validation.sarif");
    QFile::remove(log); // the Multitool does not overwrite an existing log
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOTNET_CLI_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(m_multitool,
            {QStringLiteral("validate"), QStringLiteral("--level"), QStringLiteral("Error"),
             QStringLiteral("Warning"), QStringLiteral("Note"), QStringLiteral("--kind"),
             QStringLiteral("Fail"), QStringLiteral("Informational"), QStringLiteral("--rule-kind"),
             QStringLiteral("Sarif"), QStringLiteral("Gh"), QStringLiteral("--output"), log,
             sarifPath});
    if (!p.waitForFinished(240000)) {
        v.failure = QStringLiteral("the Multitool did not finish");
        return v;
    }
    QFile f(log);
    if (!f.open(QIODevice::ReadOnly)) {
        v.failure = QStringLiteral("no validation log; Multitool said: ") +
                    QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return v;
    }
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
        const QString text = r.value(QStringLiteral("ruleId")).toString() + QStringLiteral(": ") +
                             r.value(QStringLiteral("message"))
                                 .toObject()
                                 .value(QStringLiteral("arguments"))
                                 .toVariant()
                                 .toStringList()
                                 .join(QStringLiteral(" | "));
        const QString level = r.value(QStringLiteral("level")).toString(QStringLiteral("warning"));
        if (level == u"error")
            v.errors.append(text);
        else if (level == u"warning")
            v.warnings.append(text);
        else
            v.notes.append(text);
    }
    return v;
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
    for (const char *f : {"real/openapi", "real/cloudevents", "real/commonmark",
                          "real/jsonpath-ietf", "real/spec-kit-dogfood"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestSarifMultitool::realCorpus()
{
    QFETCH(QString, folder);
    const QString dir = TestSupport::corpusPath(folder);
    if (dir.isEmpty())
        QSKIP(qPrintable(QStringLiteral("corpus folder \"%1\" not found under %2 (set "
                                        "SPECWRIGHT_CORPUS_DIR to run this test)")
                             .arg(folder, TestSupport::corpusRoot())));
    int results = 0;
    const QByteArray sarif = lintSarif(dir, m_out.path(), &results);
    QVERIFY2(!sarif.isEmpty(), "specc lint --format sarif failed");
    const QString path = m_out.filePath(folder.section(u'/', -1) + QStringLiteral(".sarif"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sarif);
    f.close();
    const Validation v = validate(path);
    QVERIFY2(v.failure.isEmpty(), qPrintable(v.failure));
    qInfo("%s: %d results; Multitool: %d errors, %d warnings, %d notes", qPrintable(folder),
          results, int(v.errors.size()), int(v.warnings.size()), int(v.notes.size()));
    qInfo("  notes by rule: %s", qPrintable(noteSummary(v)));
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    QVERIFY2(v.warnings.isEmpty(), qPrintable(v.warnings.join(u'\n')));
}

// The same corpus spec inside a real git repository with a remote: versionControlProvenance
// and repository-relative paths are validated as well.
void TestSarifMultitool::repositoryWithProvenance()
{
    SPECWRIGHT_REQUIRE_CORPUS(dir, "real/openapi");
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
    QVERIFY2(results > 0, "the OpenAPI spec yields findings, so results are validated too");
    QVERIFY(sarif.contains("\"versionControlProvenance\""));
    const QString path = m_out.filePath(QStringLiteral("in-repository.sarif"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sarif);
    f.close();
    const Validation v = validate(path);
    QVERIFY2(v.failure.isEmpty(), qPrintable(v.failure));
    qInfo("in a repository: %d results; Multitool: %d errors, %d warnings, %d notes", results,
          int(v.errors.size()), int(v.warnings.size()), int(v.notes.size()));
    qInfo("  notes by rule: %s", qPrintable(noteSummary(v)));
    QVERIFY2(!noteSummary(v).contains(QStringLiteral("SARIF2003")),
             "versionControlProvenance is present");
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    QVERIFY2(v.warnings.isEmpty(), qPrintable(v.warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSarifMultitool)
#include "tst_sarif_multitool.moc"
