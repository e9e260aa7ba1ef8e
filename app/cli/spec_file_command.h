// The shape shared by the specc commands that read one spec file and print it as text or as
// JSON (--json): outline and examples. Parses the arguments, reads the file and reports an
// unreadable one; the command supplies the two printers.
#pragma once

#include "spec_document.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>
#include <functional>

namespace Specwright {

class SpecFileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpecFileCommand)

public:
    using ToJson = std::function<QJsonObject(const SpecDocument &)>;
    using PrintText = std::function<void(const SpecDocument &, QTextStream &)>;

    static int run(const QString &command, const QString &usage, const QStringList &args,
                   QTextStream &out, QTextStream &err, const ToJson &toJson,
                   const PrintText &printText);
    // {key: value} of heading or example attributes, as both commands print them.
    static QJsonObject attributesJson(const QList<Attribute> &attributes);
};

} // namespace Specwright
