// `specc examples FILE [--json]`: every example of a spec with its section, turns (role and
// attributes), decision points and labelled answers (label, rationale, violated section).
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace Specwright {
class SpecDocument;

class ExamplesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExamplesCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QJsonObject toJson(const SpecDocument &document);
    static void printText(const SpecDocument &document, QTextStream &out);
};

} // namespace Specwright
