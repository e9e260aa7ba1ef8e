#include "generator_config.h"

#include "bounded_file_reader.h"
#include "llm_settings.h"
#include "toml_text_check.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
// Same mode as model/lint/lint_config.cpp: the two must agree (one definition rule).
#define TOML_EXCEPTIONS 0
#include <toml++/toml.hpp>

namespace Specwright {

namespace {

QString str(const toml::node *node)
{
    if (!node)
        return {};
    if (const auto s = node->value<std::string>())
        return QString::fromStdString(*s);
    return {};
}

QVariant toVariant(const toml::node &node)
{
    if (const auto *s = node.as_string())
        return QString::fromStdString(s->get());
    if (const auto *i = node.as_integer())
        return QVariant::fromValue(qlonglong(i->get()));
    if (const auto *f = node.as_floating_point())
        return f->get();
    if (const auto *b = node.as_boolean())
        return b->get();
    if (const auto *a = node.as_array()) {
        QVariantList list;
        for (const toml::node &n : *a)
            list.append(toVariant(n));
        return list;
    }
    if (const auto *t = node.as_table()) {
        QVariantMap map;
        for (const auto &[k, v] : *t)
            map.insert(QString::fromUtf8(k.str().data(), qsizetype(k.str().size())), toVariant(v));
        return map;
    }
    return {}; // dates and times: no generator option uses them
}

} // namespace

GeneratorConfig GeneratorConfig::load(const QString &tomlPath)
{
    QFile f(tomlPath);
    if (!f.exists())
        return {};
    const BoundedFileReader::Result read = BoundedFileReader::read(tomlPath, 1024 * 1024);
    if (!read.ok) {
        GeneratorConfig c;
        c.errors.append(read.error);
        return c;
    }
    return parse(QString::fromUtf8(read.bytes), QFileInfo(tomlPath).absolutePath(), tomlPath);
}

GeneratorConfig GeneratorConfig::parse(const QString &text, const QString &baseDir,
                                       const QString &sourceName)
{
    GeneratorConfig config;
    const QByteArray utf8 = TomlTextCheck::parseInput(text).toUtf8();
    const std::string source = sourceName.toStdString();
    if (int l = 0, col = 0; TomlTextCheck::findBareNonAscii(text, &l, &col)) {
        config.errors.append(tr("%1:%2:%3: a non-ASCII character outside a string or comment")
                                 .arg(sourceName)
                                 .arg(l)
                                 .arg(col));
        return config;
    }
    toml::parse_result parsed =
        toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())), source);
    if (!parsed) {
        const toml::parse_error &e = parsed.error();
        config.errors.append(
            tr("%1:%2:%3: %4")
                .arg(sourceName)
                .arg(e.source().begin.line)
                .arg(e.source().begin.column)
                .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size()))));
        return config;
    }
    const toml::table root = std::move(parsed).table();
    // A value of the wrong type is reported where it stands, not silently ignored.
    auto typeError = [&](const toml::node &node, const QString &message) {
        config.errors.append(tr("%1:%2:%3: %4")
                                 .arg(sourceName)
                                 .arg(node.source().begin.line)
                                 .arg(node.source().begin.column)
                                 .arg(message));
    };
    auto checkedStr = [&](const toml::node *node, const QString &key) {
        if (node && !node->is_string())
            typeError(*node, tr("%1 must be a string").arg(key));
        return str(node);
    };
    if (const QString dir = checkedStr(root.at_path("generate.output_dir").node(),
                                       QStringLiteral("generate.output_dir"));
        !dir.isEmpty()) {
        const QStringList parts = QString(dir).replace(u'\\', u'/').split(u'/');
        if (QDir::isAbsolutePath(dir) || parts.contains(QStringLiteral("..")))
            typeError(*root.at_path("generate.output_dir").node(),
                      tr("generate.output_dir must be a folder inside the workspace"));
        else
            config.outputDir = dir;
    }

    const toml::array *list = root["generator"].as_array();
    if (!list)
        list = root["generators"].as_array();
    for (const char *key : {"generator", "generators"})
        if (const toml::node *node = root.get(key); node && !node->is_array())
            typeError(*node, tr("%1 must be an array of tables: write [[%1]], not [%1]")
                                 .arg(QString::fromLatin1(key)));
    if (!list)
        return config;
    static const QStringList known = {
        QStringLiteral("name"),        QStringLiteral("kind"),   QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("input"),  QStringLiteral("output"),
        QStringLiteral("template"),    QStringLiteral("prompt"), QStringLiteral("options")};
    int index = 0;
    for (const toml::node &node : *list) {
        ++index;
        const toml::table *t = node.as_table();
        if (!t) {
            typeError(node, tr("generator %1 is not a table").arg(index));
            continue;
        }
        GeneratorDefinition d;
        for (const char *key : {"title", "description", "input", "output", "template", "prompt"})
            checkedStr(t->get(key), QString::fromLatin1(key));
        d.name = checkedStr(t->get("name"), QStringLiteral("name"));
        d.kind = checkedStr(t->get("kind"), QStringLiteral("kind"));
        if (d.name.isEmpty() || d.kind.isEmpty()) {
            config.errors.append(
                tr("%1: generator %2 needs a name and a kind").arg(sourceName).arg(index));
            continue;
        }
        d.title = str(t->get("title"));
        if (d.title.isEmpty())
            d.title = d.name;
        d.description = str(t->get("description"));
        const QString input = str(t->get("input"));
        if (input == u"section")
            d.input = GeneratorDefinition::Input::Section;
        else if (!input.isEmpty() && input != u"spec" && input != u"document")
            config.errors.append(tr("%1: generator \"%2\": input must be \"spec\" or \"section\"")
                                     .arg(sourceName, d.name));
        d.outputPattern = str(t->get("output"));
        QString templ = str(t->get("template"));
        if (templ.isEmpty())
            templ = str(t->get("prompt"));
        if (!templ.isEmpty())
            d.templatePath = templ.startsWith(u':') ? templ : QDir(baseDir).absoluteFilePath(templ);
        for (const auto &[key, value] : *t) {
            const QString k = QString::fromUtf8(key.str().data(), qsizetype(key.str().size()));
            // Where prompts and keys go is the user's choice, never the workspace's.
            if (LlmSettings::forbiddenWorkspaceKeys().contains(k)) {
                config.errors.append(
                    tr("%1:%2:%3: generator \"%4\": \"%5\" is not allowed in a workspace; the "
                       "endpoint and key come from the user's settings, the environment or "
                       "flags")
                        .arg(sourceName)
                        .arg(key.source().begin.line)
                        .arg(key.source().begin.column)
                        .arg(d.name, k));
                continue;
            }
            if (k == u"options" && value.is_table())
                d.options.insert(toVariant(value).toMap());
            else if (!known.contains(k))
                d.options.insert(k, toVariant(value));
        }
        for (const QString &k : LlmSettings::forbiddenWorkspaceKeys()) {
            if (d.options.remove(k) > 0)
                config.errors.append(
                    tr("%1: generator \"%2\": options.%3 is not allowed in a workspace")
                        .arg(sourceName, d.name, k));
        }
        config.generators.append(d);
    }
    return config;
}

} // namespace Specwright
