#include "consistency_rules.h"

#include "function_rule.h"
#include "lint_context.h"
#include "lint_memo.h"
#include "lint_scope.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <climits>

namespace Specwright {

namespace {

struct LookAlike
{
    char16_t character;
    const char *name;
    const char *replacement;
};

constexpr LookAlike kLookAlikes[] = {
    {u'\u2011', "non-breaking hyphen (U+2011)", "-"},
    {u'\u2010', "Unicode hyphen (U+2010)", "-"},
    {u'\u00AD', "soft hyphen (U+00AD)", ""},
    {u'\u200B', "zero-width space (U+200B)", ""},
    {u'\u2060', "word joiner (U+2060)", ""},
    {u'\uFEFF', "zero-width no-break space (U+FEFF)", ""},
};

int polarity(Modality m)
{
    switch (m) {
    case Modality::Must:
    case Modality::Shall:
    case Modality::Required:
        return 2;
    case Modality::MustNot:
    case Modality::ShallNot:
        return -2;
    case Modality::Should:
    case Modality::Recommended:
        return 1;
    case Modality::ShouldNot:
    case Modality::NotRecommended:
        return -1;
    case Modality::May:
    case Modality::Optional:
        return 0;
    default:
        return 99;
    }
}

// Obligation against prohibition of the same strength, or a prohibition against a permission.
bool opposite(int a, int b)
{
    return (a == -b && a != 0) || (a == -2 && b == 0) || (a == 0 && b == -2);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The matches of [A-Za-z][A-Za-z0-9_-]* in lower case, at most `limit` of those not in `skip`
// (by hand: this runs on every normative sentence).
QStringList wordsOf(QStringView text, const QSet<QString> &skip = {}, int limit = INT_MAX)
{
    QStringList out;
    int kept = 0;
    for (qsizetype i = 0; i < text.size() && kept < limit;) {
        if (!isAsciiLetter(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype e = i + 1;
        while (e < text.size() &&
               (isAsciiLetter(text.at(e)) || (text.at(e) >= u'0' && text.at(e) <= u'9') ||
                text.at(e) == u'_' || text.at(e) == u'-'))
            ++e;
        out.append(text.mid(i, e - i).toString().toLower());
        if (!skip.contains(out.constLast()))
            ++kept;
        i = e;
    }
    return out;
}

} // namespace

void ConsistencyRules::create(LintRuleList &rules)
{
    auto add = [&rules](const QString &id, Severity severity, QList<LintProfile> profiles,
                        FunctionRule::Text summary, FunctionRule::Text doc,
                        FunctionRule::Check check, bool enabled = true) {
        rules.push_back(std::make_unique<FunctionRule>(id, severity, std::move(profiles), summary,
                                                       doc, std::move(check), FunctionRule::Check{},
                                                       enabled));
    };
    add(
        QStringLiteral("style/look-alike-character"), Severity::Warning, {},
        [] { return tr("Character that looks like another"); },
        [] {
            return tr("A non-breaking hyphen (U+2011), a soft hyphen, a zero-width space or a "
                      "curly apostrophe among straight ones in the headings looks like the "
                      "ordinary character but is not: search, links and ids miss the word. The "
                      "quick fix writes the plain character.");
        },
        [](const LintRule &r, LintContext &c) {
            c.reportUnitLocal(r, [&r](LintContext &part) { lookAlikeCharacters(r, part); });
            headingApostrophes(r, c);
        });
    add(
        QStringLiteral("style/double-space"), Severity::Info, {},
        [] { return tr("Double space between words"); },
        [] {
            return tr("Two or more spaces between two words inside a sentence are a typing slip; "
                      "the quick fix leaves one. Two spaces after a full stop are a convention and "
                      "are not reported.");
        },
        &doubleSpaces);
    add(
        QStringLiteral("keywords/lone-uppercase"), Severity::Warning,
        {LintProfile::ModelSpec, LintProfile::SpecKit, LintProfile::Ears},
        [] { return tr("Lone upper-case keyword in a lower-case spec"); },
        [] {
            return tr("The spec writes its requirements with lower-case must, should and may, "
                      "but here one keyword is in capitals. A reader wonders whether it is "
                      "stronger than the others. Use the spec's own case (the quick fix), or "
                      "adopt BCP 14 capitals throughout.");
        },
        &loneUpperCaseKeywords);
    add(
        QStringLiteral("glossary/undefined-name"), Severity::Info, {},
        [] { return tr("Capitalised name used as a defined term but never defined"); },
        [] {
            return tr("A capitalised phrase such as \"Safe Completions\" is used mid-sentence "
                      "more than once, like a defined term, but no heading, bold definition, "
                      "quoted definition or glossary entry defines it. Off by default: product "
                      "and organisation names look the same.");
        },
        &undefinedNames, false);
    add(
        QStringLiteral("consistency/contradiction"), Severity::Info, {},
        [] { return tr("Normative statements that may contradict each other"); },
        [] {
            return tr("Two sections state the same subject and action with opposite force (MUST "
                      "and MUST NOT, SHOULD and SHOULD NOT, MAY and MUST NOT). Often one is a "
                      "special case of the other; then say so in the text.");
        },
        &contradictions);
}

void ConsistencyRules::lookAlikeCharacters(const LintRule &rule, LintContext &context)
{
    for (const LintContext::Span &span : context.prose()) {
        for (int i = 0; i < span.masked.size(); ++i) {
            const char16_t c = span.masked.at(i).unicode();
            if (c < u'\u00AD')
                continue; // below every look-alike
            for (const LookAlike &l : kLookAlikes) {
                if (c != l.character || (l.character == u'\uFEFF' && span.offset + i == 0))
                    continue;
                const int at = span.offset + i;
                const QString replacement = QString::fromLatin1(l.replacement);
                context.report(
                    rule, at, at + 1,
                    tr("%1 looks like an ordinary character but is not")
                        .arg(QString::fromLatin1(l.name)),
                    {Fix{replacement.isEmpty() ? tr("Remove it")
                                               : tr("Replace with \"%1\"").arg(replacement),
                         {{at, at + 1, replacement}}}});
            }
        }
    }
}

void ConsistencyRules::headingApostrophes(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    const SourceText &src = doc.source();
    struct Use
    {
        int offset;
        bool curly;
    };
    QList<Use> uses;
    int curly = 0;
    for (const Section &s : doc.sections()) {
        const int start = src.lineStartOffset(s.headingLine);
        const QStringView line = src.line(s.headingLine);
        for (int i = 1; i + 1 < line.size(); ++i) {
            const QChar c = line.at(i);
            if ((c == u'\'' || c == u'\u2019') && line.at(i - 1).isLetter() &&
                line.at(i + 1).isLetter()) {
                uses.append({start + i, c != u'\''});
                curly += c != u'\'' ? 1 : 0;
            }
        }
    }
    const int straight = int(uses.size()) - curly;
    if (curly == 0 || straight == 0)
        return;
    const bool preferCurly = curly > straight;
    for (const Use &u : std::as_const(uses)) {
        if (u.curly == preferCurly)
            continue;
        const QString want = preferCurly ? QStringLiteral("\u2019") : QStringLiteral("'");
        context.report(rule, u.offset, u.offset + 1,
                       preferCurly ? tr("straight apostrophe where the other headings use a "
                                        "curly one (%1 against %2)")
                                         .arg(curly)
                                         .arg(straight)
                                   : tr("curly apostrophe where the other headings use a "
                                        "straight one (%1 against %2)")
                                         .arg(straight)
                                         .arg(curly),
                       {Fix{tr("Replace with %1").arg(want), {{u.offset, u.offset + 1, want}}}});
    }
}

void ConsistencyRules::doubleSpaces(const LintRule &rule, LintContext &context)
{
    static const QRegularExpression re(QStringLiteral(R"((?<=[\p{L}\p{N},;])( {2,})(?=\p{L}))"));
    const QString &text = context.document().text();
    for (const LintContext::Span &span : context.prose()) {
        // The source, not the masked text: masked code spans are spaces too.
        const QStringView source = QStringView(text).mid(span.offset, span.masked.size());
        auto it = re.globalMatchView(source);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = span.offset + int(m.capturedStart(1));
            const int end = span.offset + int(m.capturedEnd(1));
            context.report(rule, start, end, tr("%1 spaces between words").arg(end - start),
                           {Fix{tr("Leave one space"), {{start, end, QStringLiteral(" ")}}}});
        }
    }
}

void ConsistencyRules::loneUpperCaseKeywords(const LintRule &rule, LintContext &context)
{
    if (context.profile() == LintProfile::Rfc)
        return;
    const SpecDocument &doc = context.document();
    int upper = 0, lower = 0;
    const QString &text = doc.text();
    for (const Statement &s : doc.statements()) {
        if (s.keyword.isEmpty() || polarity(s.modality) == 99)
            continue;
        const int at = s.keywordRange.startOffset;
        if (at > 0 && QStringView(u"\"\u201C'`").contains(text.at(at - 1)))
            continue; // a keyword in quotes is talked about
        (s.upperCaseKeyword ? upper : lower) += 1;
    }
    // One capital in five or fewer among lower-case keywords; not a spec in transition.
    if (upper == 0 || lower < 5 || upper * 5 > lower)
        return;
    for (const LintContext::Span &span : context.statements()) {
        const Statement &s = doc.statements().at(span.statement);
        if (!s.upperCaseKeyword || s.keyword.isEmpty() || polarity(s.modality) == 99)
            continue;
        QString masked = span.masked;
        LintScope::maskQuotations(masked);
        const int at = s.keywordRange.startOffset - span.offset;
        if (at < 0 || at >= masked.size() || masked.at(at).isSpace())
            continue; // a keyword quoted or in code is being talked about
        const QString lowered = s.keyword.toLower();
        context.report(rule, s.keywordRange.startOffset, s.keywordRange.endOffset,
                       tr("\"%1\" is the only upper-case keyword form among %2 lower-case ones")
                           .arg(s.keyword)
                           .arg(lower),
                       {Fix{tr("Change to \"%1\"").arg(lowered),
                            {{s.keywordRange.startOffset, s.keywordRange.endOffset, lowered}}}});
    }
}

void ConsistencyRules::undefinedNames(const LintRule &rule, LintContext &context)
{
    static const QRegularExpression phrase(
        QStringLiteral(R"((?<=[a-z,;(] )([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){1,3})(?![\w-]))"));
    const SpecDocument &doc = context.document();
    const QString &text = doc.text();
    QHash<QString, QList<int>> uses;
    for (const LintContext::Span &span : LintScope::spans(rule, context, false)) {
        auto it = phrase.globalMatch(span.masked);
        while (it.hasNext()) {
            const auto m = it.next();
            uses[m.captured(1)].append(span.offset + int(m.capturedStart(1)));
        }
    }
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it->size() < 2)
            continue;
        const QString &name = it.key();
        bool defined = false;
        for (const Section &s : doc.sections())
            defined |= s.title.contains(name, Qt::CaseInsensitive);
        const QStringList forms = {
            u"**" + name + u"**", u'*' + name + u'*',           u'_' + name + u'_',
            u'"' + name + u'"',   u'\u201C' + name + u'\u201D', u'[' + name + u']',
            name + u" ("};
        for (const QString &form : forms)
            defined |= text.contains(form);
        if (defined)
            continue;
        const int at = it->first();
        context.report(rule, at, at + int(name.size()),
                       tr("\"%1\" is used %2 times like a defined term but is never defined")
                           .arg(name)
                           .arg(it->size()));
    }
}

namespace {

// The subject and action of each normative statement, per unit (they depend on the statement
// alone), so that a re-lint words only the statements of the changed units.
struct ContradictionMemo : LintMemo
{
    struct Keyed
    {
        int statement; // index into the unit's statements
        int polarity;
        QString key;
    };
    QList<QList<Keyed>> units;
};

// "subject words|action words" of a statement, or empty when it cannot contradict another.
QString contradictionKey(const Statement &s, int p, LintProfile profile)
{
    static const QSet<QString> skip = {QStringLiteral("the"),   QStringLiteral("a"),
                                       QStringLiteral("an"),    QStringLiteral("not"),
                                       QStringLiteral("never"), QStringLiteral("also"),
                                       QStringLiteral("always")};
    if (p == 99 || s.keyword.isEmpty() || !LintScope::isNormative(s, profile))
        return {};
    const qsizetype k = s.text.indexOf(s.keyword);
    if (k < 0)
        return {};
    QStringList before = wordsOf(QStringView(s.text).left(k));
    QStringList after;
    for (const QString &w : wordsOf(QStringView(s.text).mid(k + s.keyword.size()), skip, 4))
        if (!skip.contains(w) && after.size() < 4)
            after.append(w);
    before.removeIf([](const QString &w) { return skip.contains(w); });
    // Conditions make most apparent contradictions special cases: skip conditional ones.
    static const QSet<QString> conditions = {QStringLiteral("if"), QStringLiteral("when"),
                                             QStringLiteral("unless"), QStringLiteral("where")};
    bool conditional = false;
    for (const QString &w : std::as_const(before))
        conditional |= conditions.contains(w);
    if (before.size() < 1 || before.size() > 4 || after.size() < 3 || conditional)
        return {};
    return before.join(u' ') + u'|' + after.join(u' ');
}

} // namespace

void ConsistencyRules::contradictions(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    const QList<Statement> &all = doc.statements();
    const LintUnits &units = context.units();
    const auto previous = context.previousMemo<ContradictionMemo>(rule.id());
    auto memo = std::make_shared<ContradictionMemo>();
    memo->units.resize(units.size());
    for (int u = 0; u < units.size(); ++u) {
        const int p = previous ? units.previousOf(u) : -1;
        if (p >= 0 && p < previous->units.size()) {
            memo->units[u] = previous->units.at(p);
            continue;
        }
        for (int k = 0; k < units.at(u).statementCount; ++k) {
            const Statement &s = all.at(units.at(u).firstStatement + k);
            const int polarityHere = polarity(s.modality);
            QString key = contradictionKey(s, polarityHere, context.profile());
            if (!key.isEmpty())
                memo->units[u].append({k, polarityHere, std::move(key)});
        }
    }
    context.keepMemo(rule.id(), memo);

    struct Keyed
    {
        int statement;
        const ContradictionMemo::Keyed *keyed;
    };
    QList<Keyed> inOrder;
    for (int u = 0; u < units.size(); ++u)
        for (const ContradictionMemo::Keyed &k : memo->units.at(u))
            inOrder.append({units.at(u).firstStatement + k.statement, &k});
    // In document order already: the units' statements are consecutive runs.
    struct Seen
    {
        int statement;
        int polarity;
    };
    QHash<QString, QList<Seen>> byKey;
    for (const Keyed &item : std::as_const(inOrder)) {
        const int i = item.statement;
        const Statement &s = all.at(i);
        const int p = item.keyed->polarity;
        const QString &key = item.keyed->key;
        for (const Seen &other : byKey.value(key)) {
            const Statement &o = all.at(other.statement);
            if (o.section == s.section || o.section < 0 || !opposite(p, other.polarity))
                continue;
            const Section &os = doc.sections().at(o.section);
            context.report(rule, s.range.startOffset, s.range.endOffset,
                           tr("\"%1\" here, but \"%2\" in \"%3\" (line %4) for the same subject "
                              "and action")
                               .arg(s.keyword, o.keyword, os.title)
                               .arg(o.range.startLine));
            break;
        }
        byKey[key].append({i, p});
    }
}

} // namespace Specwright
