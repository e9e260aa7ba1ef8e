#include "math_html.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Specwright {

namespace {

const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> map = {
        {u"alpha"_s, u"α"_s},     {u"beta"_s, u"β"_s},       {u"gamma"_s, u"γ"_s},
        {u"delta"_s, u"δ"_s},     {u"epsilon"_s, u"ε"_s},    {u"varepsilon"_s, u"ε"_s},
        {u"zeta"_s, u"ζ"_s},      {u"eta"_s, u"η"_s},        {u"theta"_s, u"θ"_s},
        {u"iota"_s, u"ι"_s},      {u"kappa"_s, u"κ"_s},      {u"lambda"_s, u"λ"_s},
        {u"mu"_s, u"μ"_s},        {u"nu"_s, u"ν"_s},         {u"xi"_s, u"ξ"_s},
        {u"pi"_s, u"π"_s},        {u"rho"_s, u"ρ"_s},        {u"sigma"_s, u"σ"_s},
        {u"tau"_s, u"τ"_s},       {u"phi"_s, u"φ"_s},        {u"varphi"_s, u"φ"_s},
        {u"chi"_s, u"χ"_s},       {u"psi"_s, u"ψ"_s},        {u"omega"_s, u"ω"_s},
        {u"Gamma"_s, u"Γ"_s},     {u"Delta"_s, u"Δ"_s},      {u"Theta"_s, u"Θ"_s},
        {u"Lambda"_s, u"Λ"_s},    {u"Pi"_s, u"Π"_s},         {u"Sigma"_s, u"Σ"_s},
        {u"Phi"_s, u"Φ"_s},       {u"Psi"_s, u"Ψ"_s},        {u"Omega"_s, u"Ω"_s},
        {u"cdot"_s, u"·"_s},      {u"times"_s, u"×"_s},      {u"div"_s, u"÷"_s},
        {u"pm"_s, u"±"_s},        {u"mp"_s, u"∓"_s},         {u"le"_s, u"≤"_s},
        {u"leq"_s, u"≤"_s},       {u"ge"_s, u"≥"_s},         {u"geq"_s, u"≥"_s},
        {u"ne"_s, u"≠"_s},        {u"neq"_s, u"≠"_s},        {u"approx"_s, u"≈"_s},
        {u"equiv"_s, u"≡"_s},     {u"sim"_s, u"∼"_s},        {u"propto"_s, u"∝"_s},
        {u"infty"_s, u"∞"_s},     {u"sum"_s, u"∑"_s},        {u"prod"_s, u"∏"_s},
        {u"int"_s, u"∫"_s},       {u"partial"_s, u"∂"_s},    {u"nabla"_s, u"∇"_s},
        {u"sqrt"_s, u"√"_s},      {u"to"_s, u"→"_s},         {u"rightarrow"_s, u"→"_s},
        {u"leftarrow"_s, u"←"_s}, {u"Rightarrow"_s, u"⇒"_s}, {u"Leftarrow"_s, u"⇐"_s},
        {u"iff"_s, u"⇔"_s},       {u"implies"_s, u"⇒"_s},    {u"mapsto"_s, u"↦"_s},
        {u"in"_s, u"∈"_s},        {u"notin"_s, u"∉"_s},      {u"subset"_s, u"⊂"_s},
        {u"subseteq"_s, u"⊆"_s},  {u"supset"_s, u"⊃"_s},     {u"cup"_s, u"∪"_s},
        {u"cap"_s, u"∩"_s},       {u"emptyset"_s, u"∅"_s},   {u"forall"_s, u"∀"_s},
        {u"exists"_s, u"∃"_s},    {u"neg"_s, u"¬"_s},        {u"land"_s, u"∧"_s},
        {u"wedge"_s, u"∧"_s},     {u"lor"_s, u"∨"_s},        {u"vee"_s, u"∨"_s},
        {u"ldots"_s, u"…"_s},     {u"cdots"_s, u"⋯"_s},      {u"dots"_s, u"…"_s},
        {u"circ"_s, u"∘"_s},      {u"ell"_s, u"ℓ"_s},        {u"langle"_s, u"⟨"_s},
        {u"rangle"_s, u"⟩"_s},    {u"lfloor"_s, u"⌊"_s},     {u"rfloor"_s, u"⌋"_s},
        {u"lceil"_s, u"⌈"_s},     {u"rceil"_s, u"⌉"_s},      {u"quad"_s, u"  "_s},
        {u"qquad"_s, u"    "_s},  {u"mid"_s, u"∣"_s},        {u"log"_s, u"log"_s},
        {u"ln"_s, u"ln"_s},       {u"exp"_s, u"exp"_s},      {u"sin"_s, u"sin"_s},
        {u"cos"_s, u"cos"_s},     {u"max"_s, u"max"_s},      {u"min"_s, u"min"_s},
        {u"lim"_s, u"lim"_s},     {u"{"_s, u"{"_s},          {u"}"_s, u"}"_s},
        {u"$"_s, u"$"_s},         {u"%"_s, u"%"_s},          {u"_"_s, u"_"_s},
        {u","_s, u" "_s},         {u";"_s, u" "_s},          {u" "_s, u" "_s},
        {u"\\"_s, u"\n"_s}};
    return map;
}

const QHash<QString, QString> &doubleStruck()
{
    static const QHash<QString, QString> map = {
        {u"R"_s, u"ℝ"_s}, {u"N"_s, u"ℕ"_s}, {u"Z"_s, u"ℤ"_s}, {u"Q"_s, u"ℚ"_s}, {u"C"_s, u"ℂ"_s}};
    return map;
}

// Reads TeX from `pos`: one group {...}, one command or one character, as HTML.
class TexReader
{
public:
    explicit TexReader(QStringView tex)
        : m_tex(tex)
    {
    }

    QString all()
    {
        QString out;
        while (m_pos < m_tex.size())
            out += item();
        return out;
    }

private:
    QString group()
    {
        // After '{': up to the matching '}'.
        QString out;
        while (m_pos < m_tex.size() && m_tex.at(m_pos) != u'}')
            out += item();
        if (m_pos < m_tex.size())
            ++m_pos;
        return out;
    }

    QString argument()
    {
        while (m_pos < m_tex.size() && m_tex.at(m_pos) == u' ')
            ++m_pos;
        if (m_pos >= m_tex.size())
            return {};
        if (m_tex.at(m_pos) == u'{') {
            ++m_pos;
            return group();
        }
        return item();
    }

    QString item()
    {
        if (++m_depth > 64) { // hostile nesting: the rest as text
            const QString rest = m_tex.mid(m_pos).toString().toHtmlEscaped();
            m_pos = m_tex.size();
            --m_depth;
            return rest;
        }
        QString out;
        const QChar c = m_tex.at(m_pos++);
        if (c == u'{') {
            out = group();
        } else if (c == u'^') {
            out = u"<sup>"_s + argument() + u"</sup>"_s;
        } else if (c == u'_') {
            out = u"<sub>"_s + argument() + u"</sub>"_s;
        } else if (c == u'\\') {
            out = command();
        } else if (c == u'\n') {
            out = u' ';
        } else {
            out = QString(c).toHtmlEscaped();
        }
        --m_depth;
        return out;
    }

    QString command()
    {
        qsizetype end = m_pos;
        while (end < m_tex.size() && m_tex.at(end).isLetter())
            ++end;
        if (end == m_pos && end < m_tex.size())
            ++end; // \{ \\ \, ...
        const QString name = m_tex.mid(m_pos, end - m_pos).toString();
        m_pos = end;
        if (name == u"frac" || name == u"dfrac" || name == u"tfrac") {
            const QString a = argument();
            const QString b = argument();
            return bracketed(a) + u"/"_s + bracketed(b);
        }
        if (name == u"sqrt")
            return u"√"_s + bracketed(argument());
        if (name == u"mathbb") {
            const QString arg = argument();
            return doubleStruck().value(arg, arg);
        }
        if (name == u"text" || name == u"mathrm" || name == u"operatorname" || name == u"mathit" ||
            name == u"mathbf" || name == u"textbf" || name == u"mathsf" || name == u"mathtt" ||
            name == u"mathcal")
            return argument();
        if (name == u"left" || name == u"right" || name == u"big" || name == u"Big" ||
            name == u"displaystyle")
            return {};
        if (name == u"\\")
            return u"<br/>"_s;
        const auto it = symbols().constFind(name);
        if (it != symbols().cend())
            return it->toHtmlEscaped();
        return QString(u'\\' + name).toHtmlEscaped();
    }

    static QString bracketed(const QString &html)
    {
        // One symbol needs no parentheses: a/b, but (a+1)/b.
        if (html.size() <= 1 || !html.contains(QRegularExpression(uR"([+\-−·× ])"_s)))
            return html;
        return u'(' + html + u')';
    }

    QStringView m_tex;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

bool isClosingDollar(QStringView text, qsizetype i)
{
    if (text.at(i) != u'$' || text.at(i - 1).isSpace())
        return false;
    // "$HOME/$USER" is not math: the closing $ is not followed by a letter or digit.
    return i + 1 >= text.size() || !text.at(i + 1).isLetterOrNumber();
}

} // namespace

QList<MathHtml::Span> MathHtml::inlineSpans(QStringView text)
{
    QList<Span> spans;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'$') {
            ++i;
            continue;
        }
        const bool display = i + 1 < text.size() && text.at(i + 1) == u'$';
        const qsizetype open = i + (display ? 2 : 1);
        if (open >= text.size() || text.at(open).isSpace() || text.at(open) == u'$') {
            i = open;
            continue;
        }
        qsizetype close = -1;
        for (qsizetype j = open + 1; j < text.size(); ++j) {
            if (display ? (text.at(j) == u'$' && j + 1 < text.size() && text.at(j + 1) == u'$' &&
                           !text.at(j - 1).isSpace())
                        : isClosingDollar(text, j)) {
                close = j;
                break;
            }
        }
        if (close < 0) {
            i = open;
            continue;
        }
        const qsizetype end = close + (display ? 2 : 1);
        spans.append({i, end - i, text.mid(open, close - open).toString(), display});
        i = end;
    }
    return spans;
}

QString MathHtml::displayMath(QStringView paragraphSource)
{
    const QStringView s = paragraphSource.trimmed();
    if (s.size() < 5 || !s.startsWith(u"$$") || !s.endsWith(u"$$"))
        return {};
    const QStringView tex = s.mid(2, s.size() - 4).trimmed();
    if (tex.isEmpty() || tex.contains(u"$$"))
        return {};
    return tex.toString();
}

QString MathHtml::texToHtml(QStringView tex)
{
    return TexReader(tex).all();
}

QString MathHtml::inlineHtml(const QString &tex)
{
    return u"<span class=\"math\" title=\""_s + tex.toHtmlEscaped() + u"\">"_s + texToHtml(tex) +
           u"</span>"_s;
}

QString MathHtml::blockHtml(const QString &tex, const QString &anchor, int startLine, int endLine)
{
    QString body;
    const QStringList lines = tex.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (!body.isEmpty())
            body += u"<br/>"_s;
        body += texToHtml(line.trimmed());
    }
    return u"<table class=\"math-block\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\""_s +
           u" data-sourcepos=\""_s + QString::number(startLine) + u":1-"_s +
           QString::number(endLine) + u":1\"><tr><td class=\"math-cell\" align=\"center\">"_s +
           anchor + u"<span class=\"math math-display\" title=\""_s + tex.toHtmlEscaped() +
           u"\">"_s + body + u"</span></td></tr></table>\n"_s;
}

} // namespace Specwright
