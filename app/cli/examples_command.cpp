#include "examples_command.h"

#include "spec_document.h"
#include "spec_file_command.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Specwright {

namespace {

QJsonObject attributesJson(const QList<Attribute> &attributes)
{
    return SpecFileCommand::attributesJson(attributes);
}

QString blockKindName(ExampleBlock::Kind kind)
{
    return kind == ExampleBlock::Kind::Settings ? QStringLiteral("settings")
                                                : QStringLiteral("untrusted");
}

QJsonObject answerJson(const ExampleTurn &t, int index)
{
    QJsonObject a{{QStringLiteral("turn"), index},
                  {QStringLiteral("line"), t.startLine},
                  {QStringLiteral("label"), answerLabelName(t.label)},
                  {QStringLiteral("rationale"), t.rationale}};
    if (!t.violatedSection.isEmpty())
        a.insert(QStringLiteral("violates"), t.violatedSection);
    return a;
}

QJsonObject exampleJson(const SpecDocument &doc, const Example &ex)
{
    const Section *s = ex.section >= 0 ? &doc.sections().at(ex.section) : nullptr;
    QJsonObject o{{QStringLiteral("section"), s ? s->id : QString()},
                  {QStringLiteral("sectionTitle"), s ? s->title : QString()},
                  {QStringLiteral("title"), ex.title},
                  {QStringLiteral("line"), ex.range.startLine},
                  {QStringLiteral("endLine"), ex.range.endLine}};
    if (ex.kind == ExampleKind::InputOutput) {
        o.insert(QStringLiteral("kind"), QStringLiteral("input-output"));
        o.insert(QStringLiteral("input"), ex.input);
        o.insert(QStringLiteral("expectedOutput"), ex.expectedOutput);
        return o;
    }
    o.insert(QStringLiteral("kind"), QStringLiteral("conversation"));
    QJsonArray turns;
    for (int i = 0; i < ex.turns.size(); ++i) {
        const ExampleTurn &t = ex.turns.at(i);
        QJsonObject turn{{QStringLiteral("role"), t.role},
                         {QStringLiteral("line"), t.startLine},
                         {QStringLiteral("attributes"), attributesJson(t.attributes)},
                         {QStringLiteral("comparison"), t.comparisonIndex}};
        if (t.label != AnswerLabel::None)
            turn.insert(QStringLiteral("label"), answerLabelName(t.label));
        if (t.elidedBefore)
            turn.insert(QStringLiteral("elidedBefore"), true);
        QJsonArray blocks;
        for (const ExampleBlock &b : t.blocks)
            blocks.append(
                QJsonObject{{QStringLiteral("kind"), blockKindName(b.kind)},
                            {QStringLiteral("line"), b.startLine},
                            {QStringLiteral("attributes"), attributesJson(b.attributes)}});
        if (!blocks.isEmpty())
            turn.insert(QStringLiteral("blocks"), blocks);
        turns.append(turn);
    }
    o.insert(QStringLiteral("turns"), turns);
    QJsonArray blocks;
    for (const ExampleBlock &b : ex.blocks)
        blocks.append(QJsonObject{{QStringLiteral("kind"), blockKindName(b.kind)},
                                  {QStringLiteral("line"), b.startLine},
                                  {QStringLiteral("beforeTurn"), b.beforeTurn},
                                  {QStringLiteral("attributes"), attributesJson(b.attributes)}});
    if (!blocks.isEmpty())
        o.insert(QStringLiteral("blocks"), blocks);
    QJsonArray points;
    for (int k = 0; k < ex.comparisonCount; ++k) {
        QJsonArray context, answers;
        for (int i : ex.contextTurns(k))
            context.append(i);
        for (int i : ex.answerTurns(k))
            answers.append(answerJson(ex.turns.at(i), i));
        points.append(QJsonObject{{QStringLiteral("context"), context},
                                  {QStringLiteral("answers"), answers},
                                  {QStringLiteral("preferred"), ex.preferredAnswer(k)}});
    }
    o.insert(QStringLiteral("decisionPoints"), points);
    QJsonArray answers;
    for (int i = 0; i < ex.turns.size(); ++i)
        if (ex.turns.at(i).label != AnswerLabel::None)
            answers.append(answerJson(ex.turns.at(i), i));
    o.insert(QStringLiteral("answers"), answers);
    if (!ex.problems.isEmpty())
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(ex.problems));
    return o;
}

} // namespace

QJsonObject ExamplesCommand::toJson(const SpecDocument &doc)
{
    QJsonArray examples;
    int good = 0, bad = 0, ok = 0;
    for (const Example &ex : doc.examples()) {
        examples.append(exampleJson(doc, ex));
        for (const ExampleTurn &t : ex.turns) {
            good += t.label == AnswerLabel::Good;
            bad += t.label == AnswerLabel::Bad;
            ok += t.label == AnswerLabel::Ok;
        }
    }
    return QJsonObject{{QStringLiteral("file"), doc.filePath()},
                       {QStringLiteral("examples"), examples},
                       {QStringLiteral("counts"),
                        QJsonObject{{QStringLiteral("examples"), int(doc.examples().size())},
                                    {QStringLiteral("GOOD"), good},
                                    {QStringLiteral("BAD"), bad},
                                    {QStringLiteral("OK"), ok}}}};
}

void ExamplesCommand::printText(const SpecDocument &doc, QTextStream &out)
{
    for (const Example &ex : doc.examples()) {
        const QString section = ex.section >= 0 ? doc.sections().at(ex.section).id : QString();
        out << doc.filePath() << ':' << ex.range.startLine << ": #" << section << "  " << ex.title
            << '\n';
        for (int i = 0; i < ex.turns.size(); ++i) {
            const ExampleTurn &t = ex.turns.at(i);
            for (const ExampleBlock &b : ex.blocks)
                if (b.beforeTurn == i)
                    out << "    <" << blockKindName(b.kind) << ">\n";
            if (t.elidedBefore)
                out << "    [...]\n";
            QString line = QStringLiteral("    ");
            if (t.inComparison)
                line += tr("[decision %1] ").arg(t.comparisonIndex + 1);
            line += t.role;
            for (const Attribute &a : t.attributes)
                line += u' ' + a.key + u'=' + a.value;
            if (t.label != AnswerLabel::None) {
                line += u"  " + answerLabelName(t.label);
                if (!t.violatedSection.isEmpty())
                    line += u" #" + t.violatedSection;
                if (!t.rationale.isEmpty())
                    line += u": " + t.rationale;
            }
            for (const ExampleBlock &b : t.blocks)
                line += u"  <" + blockKindName(b.kind) + u'>';
            out << line << '\n';
        }
    }
    out << tr("%n example(s)", nullptr, int(doc.examples().size())) << '\n';
}

int ExamplesCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return SpecFileCommand::run(QStringLiteral("examples"),
                                tr("usage: specc examples FILE [--json]"), args, out, err, &toJson,
                                &printText);
}

} // namespace Specwright
