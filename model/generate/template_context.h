// The variables a template sees: the spec, its sections and examples, with names and string
// literals ready for the target language (so templates need no custom filters):
//
//   spec.{path,name,title,blob,time,generator,version}
//   sections[]: id, title, level, text, quoted (the text as "> " lines), authority,
//               attributes{}, statements[] {text, keyword}, examples[] (as below)
//   examples[]: title, section_id, section_title, index, turns[], prompt[], expectations[],
//               gtest_suite, gtest_name, py_name, cpp_title, py_title
//     turn: role, name, text, label (GOOD/BAD/OK or ""), rationale, violated, cpp, py, json
//   eval_examples[]: the eval prompt examples (examples/<tag>.md) of the selected sections
//   section: the selected section (input = "section"), else the first one
#pragma once

#include "generation_request.h"

#include <QVariantHash>

namespace Specwright {

class TemplateContext
{
public:
    static QVariantHash build(const GenerationRequest &request, const QString &generatorName,
                              const QString &generatorVersion);

    // A C/C++ string literal (UTF-8 passes through; one "..." piece per line).
    static QString cppLiteral(const QString &text, const QString &indent = QStringLiteral("    "));
    // A Python (and JSON, and YAML) double-quoted string literal.
    static QString jsonLiteral(const QString &text);
    // chain_of_command -> ChainOfCommand; "asks for a substitute" -> AsksForASubstitute.
    static QString camelIdentifier(const QString &text, const QString &fallback);
    static QString snakeIdentifier(const QString &text, const QString &fallback);
    static QString labelName(AnswerLabel label);
};

} // namespace Specwright
