#include "outline_command.h"

#include "spec_document.h"
#include "spec_file_command.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Specwright {

namespace {

QJsonObject sectionJson(const SpecDocument &doc, int index)
{
    const Section &s = doc.sections().at(index);
    const QJsonObject attributes = SpecFileCommand::attributesJson(s.attributes);
    QJsonArray children;
    for (int child : s.children)
        children.append(sectionJson(doc, child));
    int good = 0, bad = 0, ok = 0;
    for (int e : s.examples) {
        for (const ExampleTurn &t : doc.examples().at(e).turns) {
            good += t.label == AnswerLabel::Good;
            bad += t.label == AnswerLabel::Bad;
            ok += t.label == AnswerLabel::Ok;
        }
    }
    return QJsonObject{{QStringLiteral("title"), s.title},
                       {QStringLiteral("id"), s.id},
                       {QStringLiteral("explicitId"), s.explicitId},
                       {QStringLiteral("level"), s.level},
                       {QStringLiteral("line"), s.headingLine},
                       {QStringLiteral("endLine"), s.endLine},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("examples"), int(s.examples.size())},
                       {QStringLiteral("labels"), QJsonObject{{QStringLiteral("GOOD"), good},
                                                              {QStringLiteral("BAD"), bad},
                                                              {QStringLiteral("OK"), ok}}},
                       {QStringLiteral("statements"), int(s.statements.size())},
                       {QStringLiteral("children"), children}};
}

} // namespace

QJsonObject OutlineCommand::toJson(const SpecDocument &doc)
{
    QJsonArray sections;
    for (int top : doc.topLevelSections())
        sections.append(sectionJson(doc, top));
    int unresolved = 0;
    for (const Reference &r : doc.references())
        unresolved += r.state == ResolutionState::Unresolved ? 1 : 0;
    QJsonArray problems;
    for (const ParseProblem &p : doc.problems())
        problems.append(
            QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
    QJsonObject root{{QStringLiteral("file"), doc.filePath()},
                     {QStringLiteral("sections"), sections},
                     {QStringLiteral("counts"),
                      QJsonObject{{QStringLiteral("sections"), int(doc.sections().size())},
                                  {QStringLiteral("examples"), int(doc.examples().size())},
                                  {QStringLiteral("statements"), int(doc.statements().size())},
                                  {QStringLiteral("references"), int(doc.references().size())},
                                  {QStringLiteral("unresolvedReferences"), unresolved},
                                  {QStringLiteral("footnotes"), int(doc.footnotes().size())},
                                  {QStringLiteral("citations"), int(doc.citations().size())},
                                  {QStringLiteral("markers"), int(doc.markers().size())}}},
                     {QStringLiteral("problems"), problems}};
    if (const FrontMatter &fm = doc.frontMatter(); fm.endLine > 0)
        root.insert(QStringLiteral("frontMatter"),
                    QJsonObject{{QStringLiteral("startLine"), fm.startLine},
                                {QStringLiteral("endLine"), fm.endLine},
                                {QStringLiteral("title"), fm.title},
                                {QStringLiteral("normative"),
                                 QJsonArray::fromStringList(fm.normativeReferences)},
                                {QStringLiteral("informative"),
                                 QJsonArray::fromStringList(fm.informativeReferences)}});
    return root;
}

void OutlineCommand::printText(const SpecDocument &doc, QTextStream &out)
{
    out << tr("%1: sections %2, examples %3, statements %4, references %5")
               .arg(QFileInfo(doc.filePath()).fileName())
               .arg(doc.sections().size())
               .arg(doc.examples().size())
               .arg(doc.statements().size())
               .arg(doc.references().size())
        << '\n';
    for (const Section &s : doc.sections()) {
        QString line = QString(2 * (s.level - 1), u' ') + QString(s.level, u'#') + u' ' + s.title +
                       QStringLiteral("  {#") + s.id;
        for (const Attribute &a : s.attributes)
            line += u' ' + a.key + u'=' + a.value;
        line += u'}';
        if (!s.examples.isEmpty())
            line += u"  " + tr("[examples: %1]").arg(s.examples.size());
        out << qSetFieldWidth(6) << Qt::right << s.headingLine << qSetFieldWidth(0) << "  " << line
            << '\n';
    }
    for (const ParseProblem &p : doc.problems())
        out << doc.filePath() << ':' << p.line << ": " << tr("note") << ": " << p.message << '\n';
}

int OutlineCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return SpecFileCommand::run(QStringLiteral("outline"), tr("usage: specc outline FILE [--json]"),
                                args, out, err, &toJson, &printText);
}

} // namespace Specwright
