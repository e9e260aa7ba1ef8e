#include "ksyntax_code_highlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QColor>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

namespace KSH = KSyntaxHighlighting;

// Collects the formats KSyntaxHighlighting reports for each line into HTML spans.
class HtmlSpanWriter : public KSH::AbstractHighlighter
{
public:
    QString run(const QString &code)
    {
        m_out.clear();
        KSH::State state;
        const QStringList lines = code.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            m_pos = 0;
            state = highlightLine(m_line, state);
            if (m_pos < m_line.size())
                m_out += m_line.mid(m_pos).toHtmlEscaped();
            if (i + 1 < lines.size())
                m_out += u'\n';
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (offset > m_pos)
            m_out += m_line.mid(m_pos, offset - m_pos).toHtmlEscaped();
        const QString text = m_line.mid(offset, length).toHtmlEscaped();
        m_pos = offset + length;
        QString style;
        if (format.hasTextColor(theme()))
            style += u"color:"_s + format.textColor(theme()).name() + u';';
        if (format.isBold(theme()))
            style += u"font-weight:bold;"_s;
        if (format.isItalic(theme()))
            style += u"font-style:italic;"_s;
        if (style.isEmpty())
            m_out += text;
        else
            m_out += u"<span style=\""_s + style + u"\">"_s + text + u"</span>"_s;
    }

private:
    QString m_out;
    QString m_line;
    int m_pos = 0;
};

} // namespace

struct KSyntaxCodeHighlighter::Private
{
    KSH::Repository repository;
    HtmlSpanWriter writer;
    QHash<QString, KSH::Definition> byLanguage;
};

KSyntaxCodeHighlighter::KSyntaxCodeHighlighter(SpecHtmlRenderer::Theme theme)
    : d(std::make_unique<Private>())
{
    // GitHub's themes match the preview stylesheet; the defaults are a fallback.
    const bool dark = theme == SpecHtmlRenderer::Theme::Dark;
    KSH::Theme t = d->repository.theme(dark ? u"GitHub Dark"_s : u"GitHub Light"_s);
    if (!t.isValid())
        t = d->repository.defaultTheme(dark ? KSH::Repository::DarkTheme
                                            : KSH::Repository::LightTheme);
    d->writer.setTheme(t);
}

KSyntaxCodeHighlighter::~KSyntaxCodeHighlighter() = default;

QString KSyntaxCodeHighlighter::themeName() const
{
    return d->writer.theme().name();
}

QString KSyntaxCodeHighlighter::highlight(const QString &code, const QString &language)
{
    QMutexLocker lock(&m_mutex);
    const QString key = language.trimmed().toLower();
    auto it = d->byLanguage.find(key);
    if (it == d->byLanguage.end()) {
        // A fence names a language ("python"), an alias or an extension ("py", "js").
        KSH::Definition def = d->repository.definitionForName(key);
        if (!def.isValid())
            def = d->repository.definitionForFileName(u"code."_s + key);
        if (!def.isValid()) {
            for (const KSH::Definition &candidate : d->repository.definitions()) {
                if (candidate.name().compare(key, Qt::CaseInsensitive) == 0 ||
                    candidate.alternativeNames().contains(key, Qt::CaseInsensitive)) {
                    def = candidate;
                    break;
                }
            }
        }
        it = d->byLanguage.insert(key, def);
    }
    if (!it->isValid())
        return {};
    d->writer.setDefinition(*it);
    return d->writer.run(code);
}

} // namespace Specwright
