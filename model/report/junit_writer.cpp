#include "junit_writer.h"

#include <QXmlStreamWriter>

namespace Specwright {

namespace {

// XML 1.0 cannot carry most control characters, not even as references.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed =
            u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u != 0xFFFE && u != 0xFFFF);
        out += allowed ? c : QChar(0xFFFD);
    }
    return out;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 3);
}

} // namespace

QByteArray JunitWriter::write(const JunitReport &report)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    double total = 0;
    for (const JunitSuite &s : report.suites) {
        tests += int(s.cases.size());
        failures += s.failureCount();
        skipped += s.skippedCount();
        for (const JunitCase &c : s.cases)
            total += c.seconds;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(report.name));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(total));
    for (const JunitSuite &s : report.suites) {
        double suiteTime = 0;
        for (const JunitCase &c : s.cases)
            suiteTime += c.seconds;
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(s.name));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(s.cases.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(s.failureCount()));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(s.skippedCount()));
        xml.writeAttribute(QStringLiteral("time"), seconds(suiteTime));
        for (const JunitCase &c : s.cases) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), xmlSafe(c.className));
            xml.writeAttribute(QStringLiteral("name"), xmlSafe(c.name));
            if (!c.file.isEmpty())
                xml.writeAttribute(QStringLiteral("file"), xmlSafe(c.file));
            if (c.line > 0)
                xml.writeAttribute(QStringLiteral("line"), QString::number(c.line));
            xml.writeAttribute(QStringLiteral("time"), seconds(c.seconds));
            if (c.failure) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("type"), xmlSafe(c.failure->type));
                xml.writeAttribute(QStringLiteral("message"), xmlSafe(c.failure->message));
                xml.writeCharacters(xmlSafe(c.failure->text));
                xml.writeEndElement();
            }
            if (c.skipped) {
                xml.writeStartElement(QStringLiteral("skipped"));
                xml.writeAttribute(QStringLiteral("message"), xmlSafe(*c.skipped));
                xml.writeEndElement();
            }
            if (!c.systemOut.isEmpty())
                xml.writeTextElement(QStringLiteral("system-out"), xmlSafe(c.systemOut));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Specwright
