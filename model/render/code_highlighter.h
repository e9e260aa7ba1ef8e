// The hook through which the HTML renderer colours fenced code. model/ may not use QtGui, so
// the KSyntaxHighlighting implementation lives in widgets/preview and is injected.
#pragma once

#include <QString>

namespace Specwright {

class CodeHighlighter
{
public:
    virtual ~CodeHighlighter() = default;
    // Returns the code as HTML (escaped text, <span style=...> runs, '\n' line breaks, no
    // surrounding <pre>), or an empty string when the language is unknown; the renderer then
    // escapes the code itself. Called from the renderer's thread, which may be a worker:
    // implementations must be safe to call from several threads.
    virtual QString highlight(const QString &code, const QString &language) = 0;
};

} // namespace Specwright
