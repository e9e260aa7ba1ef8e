#include "lint_scope.h"

#include <QFile>
#include <QRegularExpression>

namespace Specwright {

namespace {

int partsFor(const LintRule &rule, const LintContext &context)
{
    int parts = 0;
    for (const QString &p : context.listOption(rule, QStringLiteral("include"))) {
        if (p == u"quotes")
            parts |= LintScope::Quotes;
        else if (p == u"links")
            parts |= LintScope::Links;
        else if (p == u"headings")
            parts |= LintScope::Headings;
        else if (p == u"idioms")
            parts |= LintScope::Idioms;
        else if (p == u"asides")
            parts |= LintScope::Asides;
    }
    return parts;
}

bool isHeadingLine(const SpecDocument &doc, int section, int line)
{
    return section >= 0 && section < doc.sections().size() &&
           doc.sections().at(section).headingLine == line;
}

void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < std::min(to, text.size()); ++i)
        if (text.at(i) != u'\n')
            text[i] = u' ';
}

} // namespace

QList<LintContext::Span> LintScope::spans(const LintRule &rule, LintContext &context,
                                          bool statementsByDefault, int includedByDefault)
{
    const QString scope =
        context
            .option(rule, QStringLiteral("scope"),
                    statementsByDefault ? QStringLiteral("statements") : QStringLiteral("prose"))
            .toString();
    const int parts = partsFor(rule, context) | includedByDefault;
    const bool prose = scope == u"prose";
    const bool idioms = !(parts & Idioms) && rule.family() == u"ambiguity";
    // The masked spans depend on these three only; rules asking for the same get one copy.
    const QString key = QStringLiteral("%1/%2/%3").arg(prose ? 1 : 0).arg(parts).arg(idioms);
    if (const QList<LintContext::Span> *cached = context.scopedSpans(key))
        return *cached;
    const SpecDocument &doc = context.document();
    const SourceText &src = doc.source();
    QList<LintContext::Span> out;
    const QList<LintContext::Span> &from = prose ? context.prose() : context.statements();
    for (const LintContext::Span &s : from) {
        const int line = src.lineForOffset(s.offset);
        if (!(parts & Headings) && isHeadingLine(doc, s.section, line))
            continue;
        if (!prose) {
            const Statement &st = doc.statements().at(s.statement);
            if (!isNormative(st, context.profile()) || isDefinition(doc, st) ||
                inExampleSection(doc, st))
                continue;
        }
        LintContext::Span masked = s;
        maskHtmlTags(masked.masked);
        if (!prose && !(parts & Asides))
            maskAsides(masked.masked);
        if (!(parts & Quotes))
            maskQuotations(masked.masked);
        if (!(parts & Links))
            maskLinkTexts(masked.masked, QStringView(doc.text()).mid(s.offset, s.masked.size()));
        if (idioms)
            maskIdioms(masked.masked);
        out.append(masked);
    }
    context.setScopedSpans(key, out);
    return out;
}

bool LintScope::isNormative(const Statement &st, LintProfile profile)
{
    if (st.kind == StatementKind::Ears || st.kind == StatementKind::Requirement)
        return true;
    if (st.kind == StatementKind::Scenario)
        return false;
    if (profile == LintProfile::Rfc)
        return st.upperCaseKeyword;
    switch (st.modality) {
    case Modality::Must:
    case Modality::MustNot:
    case Modality::Shall:
    case Modality::ShallNot:
    case Modality::Should:
    case Modality::ShouldNot:
    case Modality::Required:
    case Modality::Recommended:
    case Modality::NotRecommended:
        return true;
    case Modality::May:
    case Modality::MayNot:
    case Modality::Optional:
        return st.upperCaseKeyword;
    case Modality::None:
    case Modality::Can:
    case Modality::Will:
        break;
    }
    return false;
}

bool LintScope::isDefinition(const SpecDocument &doc, const Statement &st)
{
    for (int s = st.section; s >= 0; s = doc.sections().at(s).parent) {
        static const QRegularExpression glossary(
            QStringLiteral(R"(\b(?:glossary|definitions?|terminology|terms|vocabulary|acronyms|)"
                           R"(abbreviations|key entities|notational conventions)\b)"),
            QRegularExpression::CaseInsensitiveOption);
        if (glossary.match(doc.sections().at(s).title).hasMatch())
            return true;
    }
    // "- **Term**: text", "* `term` - text", "Term:: text": a definition list written as bullets.
    // The text after the term reads as a definition ("A ...", "Represents ..."), not as "The
    // system MUST ...", which is a requirement with a bold lead-in.
    static const QRegularExpression bullet(
        QStringLiteral(R"(^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*[^*]{1,60}\*\*|`[^`]{1,60}`|_[^_]{1,60}_))"
                       R"(\s*(?::|—|–| - )\s*(?:an?|any|represents|describes|refers to|means|)"
                       R"(denotes|defines|identifies|is|are|one or more)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!st.requirementId.isEmpty())
        return false;
    return bullet.matchView(doc.source().line(st.range.startLine)).hasMatch();
}

bool LintScope::inExampleSection(const SpecDocument &doc, const Statement &st)
{
    static const QRegularExpression example(QStringLiteral(R"(^\W*(?:[\d.]+\s+)?examples?\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (int s = st.section; s >= 0 && s < doc.sections().size(); s = doc.sections().at(s).parent)
        if (example.match(doc.sections().at(s).title).hasMatch())
            return true;
    return false;
}

bool LintScope::isDescriptiveHeading(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:overview|introduction|intro|summary|)"
                       R"(background|purpose|scope|about|abstract|motivation|goals?|non-goals|)"
                       R"(context|preface|foreword|glossary|definitions?|terminology|)"
                       R"((?:notational )?conventions|references|normative references|)"
                       R"(informative references|appendix\b.*|acknowledge?ments|changelog|)"
                       R"(change log|revision history|history|status of this (?:document|memo)|)"
                       R"(table of contents|contents|examples?|use cases|how to read this)"
                       R"( (?:document|spec(?:ification)?)|document conventions)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(title.trimmed()).hasMatch();
}

void LintScope::maskQuotations(QString &text)
{
    // Straight double quotes pair up within the span; curly ones pair by direction. A quote
    // that never closes (or spans a blank line) is left alone.
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            if (open < 0) {
                open = i;
            } else {
                blank(text, open + 1, i);
                open = -1;
            }
        } else if (c == u'\n' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            open = -1;
        }
    }
    if (!text.contains(u'\u201C') && !text.contains(u'\u2018'))
        return; // the curly pairs below need their opening mark
    static const QRegularExpression curly(QStringLiteral(
        "\u201C[^\u201D\n]{0,400}\u201D|(?<![\\w])\u2018[^\u2019\n]{0,200}\u2019(?![\\w])"));
    auto it = curly.globalMatch(text);
    QList<std::pair<qsizetype, qsizetype>> hits;
    while (it.hasNext()) {
        const auto m = it.next();
        hits.append({m.capturedStart(0) + 1, m.capturedEnd(0) - 1});
    }
    for (const auto &[from, to] : hits)
        blank(text, from, to);
}

void LintScope::maskLinkTexts(QString &text, QStringView source)
{
    if (!source.contains(u'[') && !source.contains(u'{'))
        return; // every pattern below needs a bracket
    // In the masked text a link destination is blank already; find links in the source.
    static const QRegularExpression link(QStringLiteral(R"(\[([^\[\]\n]{1,200})\](?=[(\[]))"));
    auto it = link.globalMatchView(source);
    while (it.hasNext()) {
        const auto m = it.next();
        blank(text, m.capturedStart(1), m.capturedEnd(1));
    }
    // kramdown-rfc cross references {{name-selector}}, {{<RFC8259}} are ids.
    static const QRegularExpression xref(QStringLiteral(R"(\{\{[^{}\n]{1,200}\}\})"));
    auto xt = xref.globalMatchView(source);
    while (xt.hasNext()) {
        const auto m = xt.next();
        blank(text, m.capturedStart(0), m.capturedEnd(0));
    }
    // The label of [text][label] and reference definitions "[label]: url" are ids, not prose.
    static const QRegularExpression label(
        QStringLiteral(R"(\]\[([^\[\]\n]{1,200})\]|^[ ]{0,3}\[[^\[\]\n]{1,200}\]:.*$)"),
        QRegularExpression::MultilineOption);
    auto lt = label.globalMatchView(source);
    while (lt.hasNext()) {
        const auto m = lt.next();
        if (m.capturedLength(1) > 0)
            blank(text, m.capturedStart(1), m.capturedEnd(1));
        else
            blank(text, m.capturedStart(0), m.capturedEnd(0));
    }
}

void LintScope::maskHtmlTags(QString &text)
{
    if (!text.contains(u'<'))
        return;
    static const QRegularExpression tag(QStringLiteral(R"(</?[A-Za-z][^<>\n]{0,200}>)"));
    QList<std::pair<qsizetype, qsizetype>> hits;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        hits.append({m.capturedStart(0), m.capturedEnd(0)});
    }
    for (const auto &[from, to] : hits)
        blank(text, from, to);
}

void LintScope::maskAsides(QString &text)
{
    // A parenthesis or a "since/because" clause explains the requirement; it does not state it.
    static const QRegularExpression aside(
        QStringLiteral(R"(\([^()]{1,300}\)|(?:,\s*|\s)(?:since|because|as this|as that|e\.g\.|)"
                       R"(i\.e\.|for example|for instance)\b[^.;]*)"),
        QRegularExpression::CaseInsensitiveOption);
    // So is a non-restrictive ", which ..." clause or a stated aim ("the design aims to be
    // simple"), unless it carries its own BCP 14 keyword.
    static const QRegularExpression rationale(
        QStringLiteral(R"(,\s*which\b[^.;]*|\baims? to be\b[^.;]*|\bis designed to\b[^.;]*)"));
    static const QRegularExpression keyword(
        QStringLiteral(R"(\b(?:MUST|SHALL|SHOULD|MAY|REQUIRED|RECOMMENDED|OPTIONAL)\b)"));
    QList<std::pair<qsizetype, qsizetype>> hits;
    auto it = aside.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        hits.append({m.capturedStart(0), m.capturedEnd(0)});
    }
    auto rt = rationale.globalMatch(text);
    while (rt.hasNext()) {
        const auto m = rt.next();
        if (!keyword.matchView(m.capturedView(0)).hasMatch())
            hits.append({m.capturedStart(0), m.capturedEnd(0)});
    }
    for (const auto &[from, to] : hits)
        blank(text, from, to);
}

const QStringList &LintScope::idioms()
{
    static const QStringList list = [] {
        QStringList l;
        QFile file(QStringLiteral(":/specwright/lint/idioms.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return l;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                l.append(line);
        }
        return l;
    }();
    return list;
}

void LintScope::maskIdioms(QString &text)
{
    static const QRegularExpression re = [] {
        QStringList alternatives;
        for (const QString &p : idioms()) {
            QString e = QRegularExpression::escape(p);
            e.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
            alternatives.append(e);
        }
        QRegularExpression r(
            alternatives.isEmpty()
                ? QStringLiteral("(?!)")
                : QStringLiteral(R"((?<![\w-])(?:%1)(?![\w-]))").arg(alternatives.join(u'|')),
            QRegularExpression::CaseInsensitiveOption);
        r.optimize();
        return r;
    }();
    QList<std::pair<qsizetype, qsizetype>> hits;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        hits.append({m.capturedStart(0), m.capturedEnd(0)});
    }
    for (const auto &[from, to] : hits)
        blank(text, from, to);
}

} // namespace Specwright
