// One section group of a rendered document (the blocks from a heading to the next, or the
// footnote definitions): its HTML and the digest SectionHtmlCache knows it by, so a view that
// keeps a laid-out page per section rebuilds only the pages whose key changed.
#pragma once

#include <QByteArray>
#include <QString>

namespace Specwright {

struct RenderedSection
{
    QByteArray key; // equal keys, equal HTML (within one file, workspace and options)
    QString html;
    int firstLine = 0;
};

} // namespace Specwright
