#include "contained_template_loader.h"

#include "bounded_file_reader.h"
#include "output_path_guard.h"

#include <QDir>

namespace Specwright {

ContainedTemplateLoader::ContainedTemplateLoader(const QString &folder)
    : m_folder(folder)
{
    setTemplateDirs({folder});
}

bool ContainedTemplateLoader::isAllowed(const QString &name) const
{
    if (name.isEmpty() || QDir::isAbsolutePath(name))
        return false;
    const QString path = QDir(m_folder).filePath(name);
    return OutputPathGuard::isInside(path, m_folder) && BoundedFileReader::refusal(path).isEmpty();
}

bool ContainedTemplateLoader::canLoadTemplate(const QString &name) const
{
    return isAllowed(name) && FileSystemTemplateLoader::canLoadTemplate(name);
}

KTextTemplate::Template
ContainedTemplateLoader::loadByName(const QString &name, const KTextTemplate::Engine *engine) const
{
    if (!isAllowed(name))
        return {};
    return FileSystemTemplateLoader::loadByName(name, engine);
}

std::pair<QString, QString> ContainedTemplateLoader::getMediaUri(const QString &fileName) const
{
    if (!isAllowed(fileName))
        return {};
    return FileSystemTemplateLoader::getMediaUri(fileName);
}

} // namespace Specwright
