// `specwright --help` and `--version` answer on a machine without any display.
#include "test_support.h"

#include <QProcessEnvironment>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

    static TestSupport::ProcessResult runWithoutDisplay(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SPECWRIGHT_BINARY_DIR "/app/specwright"), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void versionNeedsNoDisplay()
    {
        const auto r = runWithoutDisplay({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral(SPECWRIGHT_VERSION)), qPrintable(r.out + r.err));
    }

    void helpNeedsNoDisplay()
    {
        const auto r = runWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--version")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("path")));
    }

    void unknownOptionIsAnError()
    {
        const auto r = runWithoutDisplay({QStringLiteral("--no-such-option")});
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QStringLiteral("no-such-option")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
