// CodeHighlighter on KSyntaxHighlighting: picks the definition by fence language and writes
// <span style="color:..."> runs with the colours of a light or dark theme.
#pragma once

#include "code_highlighter.h"
#include "spec_html_renderer.h"

#include <QMutex>
#include <memory>

namespace Specwright {

class KSyntaxCodeHighlighter : public CodeHighlighter
{
public:
    explicit KSyntaxCodeHighlighter(SpecHtmlRenderer::Theme theme = SpecHtmlRenderer::Theme::Light);
    ~KSyntaxCodeHighlighter() override;

    QString highlight(const QString &code, const QString &language) override;
    QString themeName() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    QMutex m_mutex; // KSyntaxHighlighting objects are not thread-safe
};

} // namespace Specwright
