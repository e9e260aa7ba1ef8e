// A KTextTemplate file loader for {% include %} and {% extends %} that loads only regular files
// inside its folder (after links): "../secret", an absolute path, a link out of the folder or a
// sibling folder whose name merely starts with the folder's name are all refused.
#pragma once

#include <KTextTemplate/FileSystemTemplateLoader>

namespace Specwright {

class ContainedTemplateLoader : public KTextTemplate::FileSystemTemplateLoader
{
public:
    explicit ContainedTemplateLoader(const QString &folder);

    bool canLoadTemplate(const QString &name) const override;
    KTextTemplate::Template loadByName(const QString &name,
                                       const KTextTemplate::Engine *engine) const override;
    std::pair<QString, QString> getMediaUri(const QString &fileName) const override;

private:
    bool isAllowed(const QString &name) const;

    QString m_folder;
};

} // namespace Specwright
