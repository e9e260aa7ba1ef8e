#include "trace_config.h"

#include <QDir>
#include <QFile>

#define TOML_EXCEPTIONS 0
#include <string_view>
#include <toml++/toml.hpp>

namespace Specwright {

TraceConfig TraceConfig::forWorkspace(const QString &rootPath)
{
    QFile file(QDir(rootPath).filePath(QStringLiteral("specwright.toml")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromText(QString::fromUtf8(file.readAll()));
}

TraceConfig TraceConfig::fromText(const QString &text)
{
    TraceConfig config;
    const QByteArray utf8 = text.toUtf8();
    toml::parse_result parsed =
        toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!parsed)
        return config; // the lint config reports syntax errors of the same file
    const toml::array *patterns = parsed.table().at_path("trace.patterns").as_array();
    if (!patterns)
        return config;
    for (const toml::node &item : *patterns) {
        const auto value = item.value<std::string>();
        const int line = int(item.source().begin.line);
        if (!value) {
            config.m_problems.append(
                tr("specwright.toml line %1: a [trace] pattern must be a string").arg(line));
            continue;
        }
        const QString pattern = QString::fromStdString(*value);
        QRegularExpression re(QStringLiteral("\\b(?:%1)\\b").arg(pattern));
        if (!re.isValid() || pattern.isEmpty()) {
            config.m_problems.append(tr("specwright.toml line %1: the [trace] pattern \"%2\" is "
                                        "not a valid regular expression (%3); it is ignored")
                                         .arg(line)
                                         .arg(pattern, re.errorString()));
            continue;
        }
        re.optimize();
        config.m_patterns.append(re);
        config.m_patternTexts.append(pattern);
    }
    return config;
}

} // namespace Specwright
