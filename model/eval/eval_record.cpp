#include "eval_record.h"

namespace Specwright {

namespace {
const QString kType = QStringLiteral("type");
}

QJsonObject EvalRecord::toJson() const
{
    QJsonObject o{
        {kType, QStringLiteral("case")},
        {QStringLiteral("case_id"), caseId},
        {QStringLiteral("title"), title},
        {QStringLiteral("section"), section},
        {QStringLiteral("section_title"), sectionTitle},
        {QStringLiteral("authority"), authority},
        {QStringLiteral("spec_file"), specFile},
        {QStringLiteral("line"), line},
        {QStringLiteral("index"), index},
        {QStringLiteral("spec_blob"), specBlob},
        {QStringLiteral("spec_commit"), specCommit},
        {QStringLiteral("target_model"), targetModel},
        {QStringLiteral("grader_model"), graderModel},
        {QStringLiteral("prompt_hash"), promptHash},
        {QStringLiteral("answer"), answer},
        {QStringLiteral("score"), score},
        {QStringLiteral("pass"), pass},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("violated_section"),
         violatedSection.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(violatedSection)},
        {QStringLiteral("answer_reused"), answerReused},
        {QStringLiteral("tokens"),
         QJsonObject{{QStringLiteral("target_prompt"), targetPromptTokens},
                     {QStringLiteral("target_completion"), targetCompletionTokens},
                     {QStringLiteral("grader_prompt"), graderPromptTokens},
                     {QStringLiteral("grader_completion"), graderCompletionTokens}}},
        {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("target"), targetLatencyMs},
                                                   {QStringLiteral("grader"), graderLatencyMs}}},
        {QStringLiteral("time"), time}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

EvalRecord EvalRecord::fromJson(const QJsonObject &o)
{
    EvalRecord r;
    r.caseId = o.value(QStringLiteral("case_id")).toString();
    r.title = o.value(QStringLiteral("title")).toString();
    r.section = o.value(QStringLiteral("section")).toString();
    r.sectionTitle = o.value(QStringLiteral("section_title")).toString();
    r.authority = o.value(QStringLiteral("authority")).toString();
    r.specFile = o.value(QStringLiteral("spec_file")).toString();
    r.line = o.value(QStringLiteral("line")).toInt();
    r.index = o.value(QStringLiteral("index")).toInt(-1);
    r.specBlob = o.value(QStringLiteral("spec_blob")).toString();
    r.specCommit = o.value(QStringLiteral("spec_commit")).toString();
    r.targetModel = o.value(QStringLiteral("target_model")).toString();
    r.graderModel = o.value(QStringLiteral("grader_model")).toString();
    r.promptHash = o.value(QStringLiteral("prompt_hash")).toString();
    r.answer = o.value(QStringLiteral("answer")).toString();
    r.score = o.value(QStringLiteral("score")).toDouble();
    r.pass = o.value(QStringLiteral("pass")).toBool();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.violatedSection = o.value(QStringLiteral("violated_section")).toString();
    r.error = o.value(QStringLiteral("error")).toString();
    r.answerReused = o.value(QStringLiteral("answer_reused")).toBool();
    const QJsonObject tokens = o.value(QStringLiteral("tokens")).toObject();
    r.targetPromptTokens = tokens.value(QStringLiteral("target_prompt")).toInt(-1);
    r.targetCompletionTokens = tokens.value(QStringLiteral("target_completion")).toInt(-1);
    r.graderPromptTokens = tokens.value(QStringLiteral("grader_prompt")).toInt(-1);
    r.graderCompletionTokens = tokens.value(QStringLiteral("grader_completion")).toInt(-1);
    const QJsonObject latency = o.value(QStringLiteral("latency_ms")).toObject();
    r.targetLatencyMs = latency.value(QStringLiteral("target")).toInteger();
    r.graderLatencyMs = latency.value(QStringLiteral("grader")).toInteger();
    r.time = o.value(QStringLiteral("time")).toString();
    return r;
}

QJsonObject EvalRunHeader::toJson() const
{
    return {{kType, QStringLiteral("run")},
            {QStringLiteral("run_id"), runId},
            {QStringLiteral("spec_file"), specFile},
            {QStringLiteral("spec_blob"), specBlob},
            {QStringLiteral("spec_commit"), specCommit},
            {QStringLiteral("target_model"), targetModel},
            {QStringLiteral("grader_model"), graderModel},
            {QStringLiteral("target_endpoint"), targetEndpoint},
            {QStringLiteral("section"), section},
            {QStringLiteral("started"), started}};
}

EvalRunHeader EvalRunHeader::fromJson(const QJsonObject &o)
{
    EvalRunHeader h;
    h.runId = o.value(QStringLiteral("run_id")).toString();
    h.specFile = o.value(QStringLiteral("spec_file")).toString();
    h.specBlob = o.value(QStringLiteral("spec_blob")).toString();
    h.specCommit = o.value(QStringLiteral("spec_commit")).toString();
    h.targetModel = o.value(QStringLiteral("target_model")).toString();
    h.graderModel = o.value(QStringLiteral("grader_model")).toString();
    h.targetEndpoint = o.value(QStringLiteral("target_endpoint")).toString();
    h.section = o.value(QStringLiteral("section")).toString();
    h.started = o.value(QStringLiteral("started")).toString();
    return h;
}

} // namespace Specwright
