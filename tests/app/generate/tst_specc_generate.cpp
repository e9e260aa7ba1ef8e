// `specc generate` as a user runs it: lists generators, writes every output of "all" (PDF
// included, with no display), prints what it wrote, refuses hand-edited files without --force.
#include "file_tree.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using TestSupport::copyTree;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run specc(const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // specc picks offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // Never the user's own settings (trusted folders, endpoints) in a test.
    static QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.remove(QStringLiteral("SPECWRIGHT_LLM_BASE_URL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SPECC_PATH), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSpeccGenerate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list()
    {
        QTemporaryDir ws;
        const Run r = specc({QStringLiteral("generate"), QStringLiteral("--list")}, ws.path());
        QCOMPARE(r.code, 0);
        for (const char *name :
             {"all", "html", "pdf", "gtest", "pytest", "eval", "markdown", "llm-typescript"})
            QVERIFY2(r.out.contains(QLatin1String(name)), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("[IDE only]")));

        const Run pdf = specc({QStringLiteral("generate"), QStringLiteral("-g"),
                               QStringLiteral("pdf"), QStringLiteral("spec.md")},
                              ws.path());
        QCOMPARE(pdf.code, 2);
        QVERIFY2(pdf.err.contains(QLatin1String("IDE")), qPrintable(pdf.err));
    }

    void linksTheModelOnly()
    {
        // The CLI runs where there is no GUI stack: no QtGui, widgets or highlighting libraries.
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"),
                      {QStringLiteral("-d"), QStringLiteral(SPECC_PATH)});
        if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
            QSKIP("readelf is not available");
        const QString needed = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY2(needed.contains(QLatin1String("libQt6Core")), qPrintable(needed));
        for (const char *lib : {"libQt6Gui", "libQt6Widgets", "libQt6PrintSupport", "libQt6Svg",
                                "libKF6SyntaxHighlighting"})
            QVERIFY2(!needed.contains(QLatin1String(lib)), lib);
    }

    void generateAll()
    {
        QTemporaryDir ws;
        copyTree(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"), ws.path());
        QFile toml(ws.filePath(QStringLiteral("specwright.toml")));
        QVERIFY(toml.open(QIODevice::WriteOnly));
        toml.write("[generate]\noutput_dir = \"out\"\n");
        toml.close();
        Run r = specc({QStringLiteral("generate"), QStringLiteral("spec.md")}, ws.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // specc links the model only: the PDF is the IDE's (tst_generate_window).
        QVERIFY2(!r.out.contains(QLatin1String("spec.pdf")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("skipped pdf")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("wrote out/docs/spec.html")));
        QVERIFY(r.out.contains(QLatin1String("wrote out/tests/spec_examples_test.cpp")));
        QVERIFY(r.out.contains(QLatin1String("wrote out/eval/spec.promptfoo.yaml")));
        QCOMPARE(r.out.count(QLatin1String("wrote ")), 6);

        // Again: nothing changed.
        r = specc({QStringLiteral("generate"), QStringLiteral("spec.md")}, ws.path());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1String("unchanged ")), 6);
        QVERIFY(r.out.contains(QLatin1String("unchanged out/docs/spec.html")));

        // A hand edit is refused, then overwritten with --force.
        QFile py(ws.filePath(QStringLiteral("out/tests/test_spec_examples.py")));
        QVERIFY(py.open(QIODevice::Append));
        py.write("# mine\n");
        py.close();
        r = specc({QStringLiteral("generate"), QStringLiteral("-g"), QStringLiteral("pytest"),
                   QStringLiteral("spec.md")},
                  ws.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
        r = specc({QStringLiteral("generate"), QStringLiteral("-g"), QStringLiteral("pytest"),
                   QStringLiteral("--force"), QStringLiteral("spec.md")},
                  ws.path());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("wrote out/tests/test_spec_examples.py")));
    }

    void sectionAndOutDir()
    {
        QTemporaryDir ws;
        copyTree(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"), ws.path());
        const Run r = specc({QStringLiteral("generate"), QStringLiteral("--generator"),
                             QStringLiteral("markdown"), QStringLiteral("--section"),
                             QStringLiteral("be_accurate"), QStringLiteral("--out"),
                             QStringLiteral("pub"), QStringLiteral("spec.md")},
                            ws.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(ws.filePath(QStringLiteral("pub/publish/spec.md")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("## Be accurate"));
        QVERIFY(!text.contains("Untagged section"));
    }

    void errors()
    {
        QTemporaryDir ws;
        copyTree(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"), ws.path());
        QCOMPARE(specc({QStringLiteral("generate")}, ws.path()).code, 2);
        QCOMPARE(specc({QStringLiteral("generate"), QStringLiteral("nope.md")}, ws.path()).code, 2);
        Run r = specc({QStringLiteral("generate"), QStringLiteral("-g"), QStringLiteral("nope"),
                       QStringLiteral("spec.md")},
                      ws.path());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--list")));
        r = specc({QStringLiteral("generate"), QStringLiteral("-s"), QStringLiteral("no_such"),
                   QStringLiteral("spec.md")},
                  ws.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("no_such")), qPrintable(r.err));
        // An LLM generator in a workspace not trusted: refused, non-zero, nothing sent.
        r = specc({QStringLiteral("generate"), QStringLiteral("-g"), QStringLiteral("llm-tutorial"),
                   QStringLiteral("spec.md")},
                  ws.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("not trusted")), qPrintable(r.err));
        // Trusted, against a closed port: a clear error, non-zero, nothing written.
        r = specc({QStringLiteral("generate"), QStringLiteral("--trust"), QStringLiteral("-g"),
                   QStringLiteral("llm-tutorial"), QStringLiteral("--endpoint"),
                   QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("spec.md")},
                  ws.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("model")) || r.err.contains(QLatin1String("connect")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSpeccGenerate)
#include "tst_specc_generate.moc"
