#include "training_data_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Specwright {

namespace {

QJsonArray messages(const QList<LlmMessage> &list)
{
    QJsonArray out;
    for (const LlmMessage &m : list)
        out.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    return out;
}

QJsonObject assistant(const QString &text)
{
    return {{QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), text}};
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QByteArray TrainingDataExport::chatJsonl(const QList<EvalCase> &cases, const EvalRun *run)
{
    QByteArray out;
    for (const EvalCase &c : cases) {
        for (const EvalReference &r : c.references) {
            if (r.label != AnswerLabel::Good && r.label != AnswerLabel::Ok)
                continue;
            QJsonArray m = messages(c.messages);
            m.append(assistant(r.text));
            out += line({{QStringLiteral("messages"), m},
                         {QStringLiteral("section"), c.sectionId},
                         {QStringLiteral("case_id"), c.id},
                         {QStringLiteral("source"), QStringLiteral("spec")},
                         {QStringLiteral("label"), answerLabelName(r.label)}});
        }
        const EvalRecord *graded = run ? run->record(c.id) : nullptr;
        if (graded && graded->pass && !graded->hasError() && !graded->answer.isEmpty()) {
            QJsonArray m = messages(c.messages);
            m.append(assistant(graded->answer));
            out += line({{QStringLiteral("messages"), m},
                         {QStringLiteral("section"), c.sectionId},
                         {QStringLiteral("case_id"), c.id},
                         {QStringLiteral("source"), QStringLiteral("run")},
                         {QStringLiteral("model"), graded->targetModel},
                         {QStringLiteral("score"), graded->score}});
        }
    }
    return out;
}

QByteArray TrainingDataExport::preferencePairs(const QList<EvalCase> &cases)
{
    QByteArray out;
    for (const EvalCase &c : cases) {
        for (const EvalReference &good : c.references) {
            if (good.label != AnswerLabel::Good)
                continue;
            for (const EvalReference &bad : c.references) {
                if (bad.label != AnswerLabel::Bad)
                    continue;
                out += line({{QStringLiteral("prompt"), messages(c.messages)},
                             {QStringLiteral("chosen"), QJsonArray{assistant(good.text)}},
                             {QStringLiteral("rejected"), QJsonArray{assistant(bad.text)}},
                             {QStringLiteral("section"), c.sectionId},
                             {QStringLiteral("case_id"), c.id}});
            }
        }
    }
    return out;
}

} // namespace Specwright
