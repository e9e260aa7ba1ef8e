// Helpers shared by the test suites: typing real key events and running a program.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace TestSupport {

#ifdef QT_WIDGETS_LIB
// Real key events per character (QTest::keyClicks asserts on some ASCII such as '\n' and '_').
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
#endif

struct ProcessResult
{
    int code = -1; // -1: did not finish in time
    QString out;
    QString err;
};

inline ProcessResult run(const QString &program, const QStringList &args,
                         const QString &workingDirectory = {}, int timeoutMs = 60000)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The folder of third-party corpora (../shared/corpus beside the clone, or
// $SPECWRIGHT_CORPUS_DIR). Tests read them at run time and never commit copies.
inline QString corpusRoot()
{
    const QString fromEnv = qEnvironmentVariable("SPECWRIGHT_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(SPECWRIGHT_CORPUS) : fromEnv);
}

// A corpus sub-folder such as "real/openapi" or "spec-kit"; empty when it is absent.
inline QString corpusPath(const QString &relative)
{
    const QString path = QDir(corpusRoot()).filePath(relative);
    return QFileInfo(path).isDir() ? path : QString();
}

} // namespace TestSupport

// Skips the current test with a clear message when a corpus folder is absent, so a clone
// outside this environment still passes. Sets `var` to the folder's path otherwise.
#define SPECWRIGHT_REQUIRE_CORPUS(var, relative)                                                   \
    const QString var = TestSupport::corpusPath(QStringLiteral(relative));                         \
    if (var.isEmpty())                                                                             \
        QSKIP(qPrintable(QStringLiteral("corpus folder \"%1\" not found under %2 (set "            \
                                        "SPECWRIGHT_CORPUS_DIR to run this test)")                 \
                             .arg(QStringLiteral(relative), TestSupport::corpusRoot())));
