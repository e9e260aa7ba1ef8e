// Errors as values, as everywhere in model/ (toml++ would throw otherwise).
#define TOML_EXCEPTIONS 0
#include "spec_title.h"

#include "bounded_file_reader.h"
#include "spec_document.h"
#include "toml_text_check.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <toml++/toml.hpp>

namespace Specwright {

QString SpecTitle::of(const SpecDocument &document, const Workspace *workspace)
{
    if (const QString front = document.frontMatter().title.trimmed(); !front.isEmpty())
        return front;
    if (workspace && !document.filePath().isEmpty()) {
        const QString configuredTitle =
            configured(workspace->rootPath(), workspace->relativePath(document.filePath()));
        if (!configuredTitle.isEmpty())
            return configuredTitle;
    }
    if (const QString heading = documentHeading(document); !heading.isEmpty())
        return heading;
    return QFileInfo(document.filePath()).fileName();
}

QString SpecTitle::documentHeading(const SpecDocument &document)
{
    const QList<Section> &sections = document.sections();
    if (sections.isEmpty() || sections.first().level != 1)
        return {};
    for (qsizetype i = 1; i < sections.size(); ++i)
        if (sections.at(i).level == 1)
            return {};
    return sections.first().title.trimmed();
}

QString SpecTitle::configured(const QString &root, const QString &relativePath)
{
    if (root.isEmpty())
        return {};
    // A workspace someone else wrote: a bounded read, and a text toml++ is known to choke on
    // is simply not read (specc lint reports it).
    const BoundedFileReader::Result read = BoundedFileReader::read(
        QDir(root).filePath(QStringLiteral("specwright.toml")), 1024 * 1024);
    if (!read.ok)
        return {};
    const QString text = QString::fromUtf8(read.bytes);
    if (int line = 0, column = 0; TomlTextCheck::findBareNonAscii(text, &line, &column))
        return {};
    const QByteArray utf8 = TomlTextCheck::parseInput(text).toUtf8();
    toml::parse_result parsed =
        toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!parsed)
        return {};
    const toml::table &table = parsed.table();
    const std::string key = relativePath.toStdString();
    if (const auto perFile = table["titles"][key].value<std::string>())
        return QString::fromStdString(*perFile).trimmed();
    if (const auto title = table["title"].value<std::string>())
        return QString::fromStdString(*title).trimmed();
    return {};
}

} // namespace Specwright
