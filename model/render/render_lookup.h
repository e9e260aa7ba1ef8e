// What the passes of one document render look up again and again, indexed once (a search per
// eval tag made big specs quadratic): the eval prompt file of each footnote tag. Also the digest
// the keys of SectionHtmlCache start from.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Specwright {

class SpecDocument;
class Workspace;
struct FootnoteTag;

class RenderLookup
{
public:
    explicit RenderLookup(const SpecDocument &document);

    // The examples/<tag>.md of a footnote tag, empty when there is none (the last of the
    // document's footnotes with a file wins).
    QString examplesFile(const QString &tag) const { return m_examplesFileByTag.value(tag); }
    // The first footnote with an examples file for each tag, keyed by the tag as written in
    // the HTML (escaped): definitions get a link to their eval prompts.
    const FootnoteTag *promptLinkTag(QStringView escapedTag) const;
    bool hasPromptLinkTags() const { return !m_promptLinkTags.isEmpty(); }

    // A digest of everything besides a group's own source that its HTML depends on: the
    // options, the file, the workspace, section titles and ids, footnotes and link definitions.
    static QByteArray contextKey(const SpecDocument &document, const QByteArray &utf8,
                                 const SpecDocument *titles, const Workspace *workspace,
                                 const QByteArray &optionsKey);

private:
    QHash<QString, QString> m_examplesFileByTag;
    QHash<QString, const FootnoteTag *> m_promptLinkTags;
};

} // namespace Specwright
