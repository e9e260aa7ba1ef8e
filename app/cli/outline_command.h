// `specc outline FILE [--json]`: the section tree with ids, attributes and example counts.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace Specwright {
class SpecDocument;

class OutlineCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutlineCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QJsonObject toJson(const SpecDocument &document);
    static void printText(const SpecDocument &document, QTextStream &out);
};

} // namespace Specwright
