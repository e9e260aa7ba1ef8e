// The title of a spec for generated outputs (HTML and PDF titles, test skeleton headers, eval
// suites): front matter `title`, else specwright.toml (`[titles] "path.md" = "..."`, then a
// top-level `title = "..."`), else the first heading when it is level 1 and the only level-1
// heading (a document title, not the first of many chapters such as "Overview"), else the
// file name.
#pragma once

#include <QString>

namespace Specwright {

class SpecDocument;
class Workspace;

class SpecTitle
{
public:
    static QString of(const SpecDocument &document, const Workspace *workspace = nullptr);
    // The title specwright.toml in `root` gives the spec at `relativePath`, empty when none.
    static QString configured(const QString &root, const QString &relativePath);
    // The first heading when it is the document's title, else empty.
    static QString documentHeading(const SpecDocument &document);
};

} // namespace Specwright
