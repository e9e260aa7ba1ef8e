// Helpers shared by the test suites: typing real key events and running a program.
#pragma once

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

} // namespace TestSupport
