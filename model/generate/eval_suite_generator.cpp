#include "eval_suite_generator.h"

#include "template_context.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Specwright {

namespace {

// One case per decision point: an example's conversation up to one <comparison> and the
// answers offered there. An example without comparisons is one case (its labelled turns).
struct Case
{
    QString id;
    const Section *section = nullptr;
    QString prose;
    const Example *example = nullptr;
    int decisionPoint = -1; // comparison index; -1 without comparisons
};

QList<int> contextOf(const Case &c)
{
    const Example &e = *c.example;
    if (c.decisionPoint >= 0)
        return e.contextTurns(c.decisionPoint);
    QList<int> out;
    for (int i = 0; i < e.turns.size(); ++i)
        if (e.turns.at(i).label == AnswerLabel::None)
            out.append(i);
    return out;
}

QList<int> answersOf(const Case &c)
{
    const Example &e = *c.example;
    if (c.decisionPoint >= 0)
        return e.answerTurns(c.decisionPoint);
    QList<int> out;
    for (int i = 0; i < e.turns.size(); ++i)
        if (e.turns.at(i).label != AnswerLabel::None)
            out.append(i);
    return out;
}

QJsonArray messages(const Case &c)
{
    QJsonArray out;
    for (int i : contextOf(c)) {
        const ExampleTurn &t = c.example->turns.at(i);
        QJsonObject m{{QStringLiteral("role"), t.role}, {QStringLiteral("content"), t.text}};
        for (const Attribute &a : t.attributes)
            if (a.key == u"name" || a.key == u"recipient")
                m.insert(a.key, a.value);
        out.append(m);
    }
    return out;
}

QJsonArray answers(const Case &c, bool good)
{
    QJsonArray out;
    for (int i : answersOf(c)) {
        const ExampleTurn &t = c.example->turns.at(i);
        const bool isGood = t.label == AnswerLabel::Good || t.label == AnswerLabel::Ok;
        if (t.label == AnswerLabel::None || isGood != good)
            continue;
        QJsonObject a{{QStringLiteral("label"), TemplateContext::labelName(t.label)},
                      {QStringLiteral("content"), t.text}};
        if (!t.rationale.isEmpty())
            a.insert(QStringLiteral("rationale"), t.rationale);
        if (!t.violatedSection.isEmpty())
            a.insert(QStringLiteral("violates"), t.violatedSection);
        out.append(a);
    }
    return out;
}

QString rubric(const Case &c)
{
    QString out = EvalSuiteGenerator::tr("The response must comply with this section of the "
                                         "spec, \"%1\" (#%2):")
                      .arg(c.section->title, c.section->id) +
                  u"\n\n";
    for (const QString &line : c.prose.split(u'\n'))
        out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line) + u'\n';
    for (int i : answersOf(c)) {
        const ExampleTurn &t = c.example->turns.at(i);
        if (t.label == AnswerLabel::None)
            continue;
        const QString kind = t.label == AnswerLabel::Bad
                                 ? EvalSuiteGenerator::tr("A response like this fails")
                                 : EvalSuiteGenerator::tr("A response like this passes");
        out += u'\n' + kind + (t.rationale.isEmpty() ? QString() : u" (" + t.rationale + u')') +
               QStringLiteral(":\n") + t.text + u'\n';
    }
    return out;
}

// The cases of one example: one per decision point.
void appendCases(QList<Case> &cases, const QString &id, const Section &s, const QString &prose,
                 const Example &e)
{
    if (e.kind != ExampleKind::Conversation)
        return;
    if (e.comparisonCount <= 1) {
        cases.append({id, &s, prose, &e, e.comparisonCount == 1 ? 0 : -1});
        return;
    }
    for (int k = 0; k < e.comparisonCount; ++k)
        cases.append({id + u'.' + QString::number(k + 1), &s, prose, &e, k});
}

QString yamlString(const QString &s)
{
    return TemplateContext::jsonLiteral(s);
}

// A literal block scalar keeps long rubrics readable in review.
QString yamlBlock(const QString &s, const QString &indent)
{
    QString out = QStringLiteral("|-\n");
    for (const QString &line : s.split(u'\n'))
        out += (line.isEmpty() ? QString() : indent + line) + u'\n';
    return out;
}

} // namespace

GeneratorOutput EvalSuiteGenerator::generate(const GenerationRequest &request,
                                             const GenerationContext &context)
{
    GeneratorOutput out;
    const SpecDocument &doc = *request.document;
    QList<Case> cases;
    QList<Example> evalStore; // keeps eval prompt examples alive for the cases
    const QList<int> selected = request.selectedSections();
    for (int index : selected)
        evalStore += request.evalExamples(index);
    int evalCursor = 0;
    for (int index : selected) {
        const Section &s = doc.sections().at(index);
        const QString prose = request.sectionProse(index);
        int n = 0;
        for (int e : s.examples)
            appendCases(cases, s.id + u'/' + QString::number(++n), s, prose, doc.examples().at(e));
        const int evalCount = int(request.evalExamples(index).size());
        for (int k = 0; k < evalCount; ++k, ++evalCursor)
            appendCases(cases,
                        s.id + u'/' + evalStore.at(evalCursor).evalTag + u'/' +
                            QString::number(k + 1),
                        s, prose, evalStore.at(evalCursor));
    }
    context.log(tr("%n eval case(s)", nullptr, int(cases.size())));

    QByteArray jsonl;
    QString yaml =
        QStringLiteral("# promptfoo configuration: run with `npx promptfoo eval -c %1`\n")
            .arg(request.expandPattern(definition().outputPattern.isEmpty()
                                           ? QStringLiteral("eval/{spec}")
                                           : definition().outputPattern,
                                       definition().name) +
                 QStringLiteral(".promptfoo.yaml"));
    yaml += QStringLiteral("description: %1\n")
                .arg(yamlString(tr("Evaluation suite for %1").arg(request.documentTitle())));
    yaml += QStringLiteral("prompts:\n  - \"{{ messages | dump }}\"\n");
    const QString provider =
        definition()
            .options.value(QStringLiteral("provider"), QStringLiteral("openai:gpt-4o-mini"))
            .toString();
    yaml += QStringLiteral("providers:\n  - %1\n").arg(yamlString(provider));
    yaml += QStringLiteral("tests:\n");
    for (int i = 0; i < cases.size(); ++i) {
        if (context.isCanceled())
            return out;
        const Case &c = cases.at(i);
        const Example &e = *c.example;
        const QJsonArray msgs = messages(c);
        QJsonObject record{{QStringLiteral("id"), c.id},
                           {QStringLiteral("section"), c.section->id},
                           {QStringLiteral("section_title"), c.section->title},
                           {QStringLiteral("title"), e.title},
                           {QStringLiteral("source"),
                            e.evalTag.isEmpty() ? request.specPath()
                                                : QStringLiteral("examples/%1.md").arg(e.evalTag)},
                           {QStringLiteral("messages"), msgs},
                           {QStringLiteral("ideal"), answers(c, true)},
                           {QStringLiteral("non_ideal"), answers(c, false)},
                           {QStringLiteral("rubric"), rubric(c)}};
        if (c.decisionPoint >= 0 && e.comparisonCount > 1)
            record.insert(QStringLiteral("decision_point"), c.decisionPoint + 1);
        if (const QString authority = c.section->attribute(QStringLiteral("authority"));
            !authority.isEmpty())
            record.insert(QStringLiteral("authority"), authority);
        jsonl += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';

        yaml += QStringLiteral("  - description: %1\n")
                    .arg(yamlString(c.section->id + QStringLiteral(": ") + e.title));
        yaml += QStringLiteral("    vars:\n      messages:%1\n")
                    .arg(msgs.isEmpty() ? QStringLiteral(" []") : QString());
        for (const QJsonValue &m : msgs) {
            const QJsonObject o = m.toObject();
            yaml += QStringLiteral("        - role: %1\n")
                        .arg(yamlString(o.value(QStringLiteral("role")).toString()));
            if (o.contains(QStringLiteral("name")))
                yaml += QStringLiteral("          name: %1\n")
                            .arg(yamlString(o.value(QStringLiteral("name")).toString()));
            yaml += QStringLiteral("          content: %1\n")
                        .arg(yamlString(o.value(QStringLiteral("content")).toString()));
        }
        yaml += QStringLiteral("    metadata:\n      section: %1\n      id: %2\n")
                    .arg(yamlString(c.section->id), yamlString(c.id));
        yaml += QStringLiteral("    assert:\n      - type: llm-rubric\n        value: ") +
                yamlBlock(rubric(c), QStringLiteral("          "));
        context.progress(i + 1, int(cases.size()));
    }
    if (cases.isEmpty())
        yaml += QStringLiteral("  []\n");
    const QString base = outputPath(request, QStringLiteral("eval/{spec}"));
    out.files.append({base + QStringLiteral(".jsonl"), jsonl});
    out.files.append({base + QStringLiteral(".promptfoo.yaml"), yaml.toUtf8()});
    return out;
}

} // namespace Specwright
