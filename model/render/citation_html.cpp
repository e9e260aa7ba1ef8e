#include "citation_html.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Specwright {

bool CitationHtml::mayHold(const QByteArray &text)
{
    return text.contains("[[") || text.contains("{{") || text.contains("{:");
}

QString CitationHtml::rewrite(const QString &text, const SpecDocument &document)
{
    static const QRegularExpression re(
        uR"(\[\[([!?]?)([^\[\]|\s][^\[\]|]*)(?:\|([^\[\]]*))?\]\]|\{\{(\{?)([^{}\n]+)\}\}\}?|\{:\s*#([\w.:-]+)[^}\n]*\})"_s);
    QString html;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        html += text.mid(last, m.capturedStart(0) - last).toHtmlEscaped();
        last = m.capturedEnd(0);
        if (m.capturedLength(2) > 0) { // ReSpec
            const QString key = m.captured(2).trimmed();
            const QString shown = m.capturedLength(3) > 0 ? m.captured(3).trimmed() : key;
            html += u"<cite class=\"citation\" title=\""_s + key.toHtmlEscaped() + u"\">["_s +
                    shown.toHtmlEscaped() + u"]</cite>"_s;
        } else if (m.capturedLength(6) > 0) { // {: #anchor ...}
            html += u"<a name=\""_s + m.captured(6).toHtmlEscaped() + u"\"></a>"_s;
        } else if (m.capturedLength(4) > 0) { // {{{Author Name}}}
            html += m.captured(5).trimmed().toHtmlEscaped();
        } else { // kramdown-rfc
            QString inner = m.captured(5).trimmed();
            if (inner.startsWith(u'<') || inner.startsWith(u'^'))
                inner = inner.mid(1).trimmed();
            const int section = document.sectionIndexById(inner);
            if (section >= 0) {
                html += u"<a href=\"#"_s + inner.toHtmlEscaped() + u"\">"_s +
                        document.sections().at(section).title.toHtmlEscaped() + u"</a>"_s;
            } else {
                html += u"<cite class=\"citation\" title=\""_s + inner.toHtmlEscaped() + u"\">["_s +
                        inner.toHtmlEscaped() + u"]</cite>"_s;
            }
        }
    }
    if (last == 0)
        return {};
    return html + text.mid(last).toHtmlEscaped();
}

} // namespace Specwright
