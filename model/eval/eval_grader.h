// The spec-aware grader: renders its prompt (resources/templates/eval/grader.md unless a
// trusted workspace overrides it; placeholders {{ section_id }}, {{ section_title }},
// {{ authority }}, {{ section_text }}, {{ linked_sections }}, {{ conversation }},
// {{ references }}, {{ candidate }}) from the case's spec text, labelled references and the
// candidate answer; asks for a JSON object by response_format json_schema;
// and parses the reply strictly: exactly score (0..1), pass, reason and violated_section.
#pragma once

#include "eval_case.h"

#include <QCoreApplication>
#include <optional>

namespace Specwright {

struct EvalGrade
{
    double score = 0;
    bool pass = false;
    QString reason;
    QString violatedSection; // empty: none
};

class EvalGrader
{
    Q_DECLARE_TR_FUNCTIONS(EvalGrader)

public:
    static QString defaultTemplatePath()
    {
        return QStringLiteral(":/specwright/templates/eval/grader.md");
    }
    // Reads a template file; empty with `error` set when it cannot be read.
    static QString readTemplate(const QString &path, QString *error);
    static QList<LlmMessage> prompt(const EvalCase &c, const QString &candidate,
                                    const QString &templateText, QString *error);
    // The JSON schema of the reply (for response_format).
    static QVariantMap schema();
    static std::optional<EvalGrade> parse(const QString &reply, QString *error);
};

} // namespace Specwright
