#include "eval_grader.h"

#include "llm_generator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Specwright {

QString EvalGrader::readTemplate(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the grader prompt %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.read(1 << 20));
}

QList<LlmMessage> EvalGrader::prompt(const EvalCase &c, const QString &candidate,
                                     const QString &templateText, QString *error)
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("section_id"), c.sectionId);
    v.insert(QStringLiteral("section_title"), c.sectionTitle);
    v.insert(QStringLiteral("authority"),
             c.authority.isEmpty() ? QString() : QStringLiteral(", authority: ") + c.authority);
    v.insert(QStringLiteral("section_text"), c.sectionText.trimmed());
    QString linked;
    for (const LinkedSection &s : c.linkedSections)
        linked += QStringLiteral("Linked section \"%1\" (#%2):\n\n%3\n\n")
                      .arg(s.title, s.id, s.text.trimmed());
    v.insert(QStringLiteral("linked_sections"), linked);
    QStringList conversation;
    for (const LlmMessage &m : c.messages)
        conversation.append(u'[' + m.role + QStringLiteral("]\n") + m.content.trimmed());
    v.insert(QStringLiteral("conversation"), conversation.join(QStringLiteral("\n\n")));
    QStringList references;
    for (const EvalReference &r : c.references) {
        QString head = answerLabelName(r.label);
        if (!r.violatedSection.isEmpty())
            head += QStringLiteral(" violates #") + r.violatedSection;
        if (!r.rationale.isEmpty())
            head += QStringLiteral(": ") + r.rationale;
        references.append(u'[' + head + QStringLiteral("]\n") + r.text.trimmed());
    }
    v.insert(QStringLiteral("references"), references.isEmpty()
                                               ? tr("(none: judge against the specification alone)")
                                               : references.join(QStringLiteral("\n\n")));
    v.insert(QStringLiteral("candidate"), candidate.trimmed());
    // One pass over the template: a value holding "{{ x }}" (an answer, say) stays as it is.
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([a-z_]+)\s*\}\})"));
    QString text;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(templateText); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (!v.contains(name)) {
            *error = tr("the grader prompt names an unknown placeholder {{ %1 }}; known: %2")
                         .arg(name, QStringList(v.keys()).join(QStringLiteral(", ")));
            return {};
        }
        text += QStringView(templateText).mid(at, m.capturedStart() - at) + v.value(name);
        at = m.capturedEnd();
    }
    text += QStringView(templateText).mid(at);
    return LlmGenerator::messages(text);
}

QVariantMap EvalGrader::schema()
{
    // No minimum/maximum: strict structured output on some servers rejects them; parse() checks.
    const QVariantMap number{{QStringLiteral("type"), QStringLiteral("number")}};
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QVariantMap{
                 {QStringLiteral("score"), number},
                 {QStringLiteral("pass"),
                  QVariantMap{{QStringLiteral("type"), QStringLiteral("boolean")}}},
                 {QStringLiteral("reason"),
                  QVariantMap{{QStringLiteral("type"), QStringLiteral("string")}}},
                 {QStringLiteral("violated_section"),
                  QVariantMap{{QStringLiteral("type"),
                               QVariantList{QStringLiteral("string"), QStringLiteral("null")}}}}}},
            {QStringLiteral("required"),
             QVariantList{QStringLiteral("score"), QStringLiteral("pass"), QStringLiteral("reason"),
                          QStringLiteral("violated_section")}},
            {QStringLiteral("additionalProperties"), false}};
}

std::optional<EvalGrade> EvalGrader::parse(const QString &reply, QString *error)
{
    QString text = reply.trimmed();
    // Servers without response_format often wrap the object in one code fence.
    static const QRegularExpression fence(QStringLiteral(R"(^```[a-zA-Z]*\n(.*)\n```$)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = fence.match(text); m.hasMatch())
        text = m.captured(1).trimmed();
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<EvalGrade>();
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("the grader's reply is not JSON (%1 at offset %2): %3")
                        .arg(parseError.errorString())
                        .arg(parseError.offset)
                        .arg(reply.left(120).simplified()));
    if (!doc.isObject())
        return fail(
            tr("the grader's reply is not a JSON object: %1").arg(reply.left(120).simplified()));
    const QJsonObject o = doc.object();
    static const QStringList keys = {QStringLiteral("score"), QStringLiteral("pass"),
                                     QStringLiteral("reason"), QStringLiteral("violated_section")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()))
            return fail(tr("the grader's reply has an unexpected key \"%1\"").arg(it.key()));
    for (const QString &k : keys)
        if (!o.contains(k))
            return fail(tr("the grader's reply lacks \"%1\"").arg(k));
    const QJsonValue score = o.value(QStringLiteral("score"));
    if (!score.isDouble() || score.toDouble() < 0 || score.toDouble() > 1)
        return fail(tr("the grader's \"score\" must be a number from 0 to 1"));
    if (!o.value(QStringLiteral("pass")).isBool())
        return fail(tr("the grader's \"pass\" must be true or false"));
    if (!o.value(QStringLiteral("reason")).isString())
        return fail(tr("the grader's \"reason\" must be a string"));
    const QJsonValue violated = o.value(QStringLiteral("violated_section"));
    if (!violated.isString() && !violated.isNull())
        return fail(tr("the grader's \"violated_section\" must be a string or null"));
    EvalGrade g;
    g.score = score.toDouble();
    g.pass = o.value(QStringLiteral("pass")).toBool();
    g.reason = o.value(QStringLiteral("reason")).toString();
    g.violatedSection = violated.toString();
    return g;
}

} // namespace Specwright
