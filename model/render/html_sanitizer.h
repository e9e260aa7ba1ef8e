// Cleans HTML that holds a spec author's raw HTML before it leaves the program (preview, HTML
// docs, `specc diff --format html`): an allow-list of elements and attributes in the spirit of
// GitHub's README sanitising. Event handlers (onerror, onmouseover...), <script>, <style>,
// <iframe>, forms, comments and javascript:/data: URLs are removed; the content of unknown
// elements is kept as text. The renderer's own markup (classes, source anchors, highlighted
// code spans) is on the list, so sanitising it again changes nothing.
#pragma once

#include <QString>

namespace Specwright {

class HtmlSanitizer
{
public:
    static QString sanitize(QStringView html);
    // True when an href/src value is safe: relative, #fragment, http(s):, mailto: (href only).
    static bool isSafeUrl(QStringView value, bool forImage);
};

} // namespace Specwright
