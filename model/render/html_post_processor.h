// The last step of a rendering pass, on cmark's HTML: source line anchors and heading ids from
// data-sourcepos, and the GitHub constructs QTextBrowser has no element for written with ones
// it has (strikethrough as <s>, task lists without bullets, <details> as a disclosure box),
// footnote anchors and eval prompt links.
#pragma once

#include "render_context.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Specwright {

class HtmlPostProcessor
{
    Q_DECLARE_TR_FUNCTIONS(SpecHtmlRenderer)

public:
    HtmlPostProcessor(const RenderContext &context, const QHash<int, QString> &headingIds);

    QString process(const QString &html) const;

private:
    QString addSourceAnchors(const QString &html) const;
    static void rewriteTaskLists(QString &html);
    static void rewriteDetails(QString &html);
    void addEvalPromptLinks(QString &html) const;

    const RenderContext &m_context;
    const QHash<int, QString> &m_headingIds;
};

} // namespace Specwright
