#include "eval_junit_writer.h"

#include <QXmlStreamWriter>

namespace Specwright {

namespace {

// XML 1.0 has no place for most control characters a model may emit: drop them.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            if (c.unicode() != 0xFFFE && c.unicode() != 0xFFFF)
                out.append(c);
    return out;
}

} // namespace

QByteArray EvalJunitWriter::write(const EvalRun &run, double elapsedSeconds)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("specc eval ") + run.header.specFile);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(run.records.size()));
    xml.writeAttribute(QStringLiteral("failures"),
                       QString::number(run.records.size() - run.passed() - run.errors()));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(run.errors()));
    xml.writeAttribute(QStringLiteral("time"), QString::number(elapsedSeconds, 'f', 3));
    for (const EvalSectionRate &s : run.sectionRates()) {
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), s.section);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(s.total()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(s.failed));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(s.errors));
        for (const EvalRecord &r : run.records) {
            if (r.section != s.section)
                continue;
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), r.section);
            xml.writeAttribute(
                QStringLiteral("name"),
                r.title.isEmpty() ? r.caseId : r.title + QStringLiteral(" [") + r.caseId + u']');
            xml.writeAttribute(QStringLiteral("file"), r.specFile);
            xml.writeAttribute(QStringLiteral("line"), QString::number(r.line));
            xml.writeAttribute(
                QStringLiteral("time"),
                QString::number((r.targetLatencyMs + r.graderLatencyMs) / 1000.0, 'f', 3));
            if (r.hasError()) {
                xml.writeStartElement(QStringLiteral("error"));
                xml.writeAttribute(QStringLiteral("message"), xmlSafe(r.error));
                xml.writeEndElement();
            } else if (!r.pass) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(
                    QStringLiteral("message"),
                    QStringLiteral("score %1: %2").arg(r.score, 0, 'f', 2).arg(xmlSafe(r.reason)));
                xml.writeCharacters(xmlSafe(r.answer));
                xml.writeEndElement();
            }
            xml.writeTextElement(QStringLiteral("system-out"), xmlSafe(r.answer));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Specwright
