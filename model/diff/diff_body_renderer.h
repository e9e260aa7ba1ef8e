// Renders the body of one section of a diff the way the preview renders it (paragraphs,
// lists, tables, links with target titles, footnote tags, examples as conversations), with
// inserted and deleted words marked in place and a modified example shown as a conversation
// with word marks inside its turns. Uses SpecHtmlRenderer and ExampleHtmlWriter.
#pragma once

#include "diff_types.h"
#include "spec_html_renderer.h"

#include <QCoreApplication>

namespace Specwright {

class DiffBodyRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DiffBodyRenderer)

public:
    DiffBodyRenderer(const SpecHtmlRenderer &renderer, const DiffResult &result);

    // The body of an entry: its new text with marks (modified), its new text (added,
    // unchanged) or its old text (removed). Empty when the result holds no documents.
    QString body(const SectionChange &change) const;
    // The Markdown of a modified prose block with changed words in <u>/<s> tags.
    static QString markedMarkdown(const QList<DiffSegment> &segments, const QString &newText);

private:
    struct Patch
    {
        int firstLine = 0; // lines of the new text it replaces; firstLine > lastLine: insertion
        int lastLine = -1;
        QString markdown;
    };
    QString plainBody(const SpecDocument &doc, int section) const;
    QString renderLines(const SpecDocument &doc, int firstLine, int lastLine,
                        const QList<Patch> &patches, QStringList *placeholders) const;
    QString renderFragment(const QString &markdown, const SpecDocument &titles) const;
    QString markedExample(const Example &oldExample, const Example &newExample) const;
    QString placeholder(QStringList &placeholders, const QString &html) const;

    const SpecHtmlRenderer &m_renderer;
    const DiffResult &m_result;
};

} // namespace Specwright
