#include "ambiguity_rules.h"

#include "function_rule.h"
#include "lint_context.h"
#include "lint_scope.h"

namespace Specwright {

namespace {

QRegularExpression words(const QString &alternatives)
{
    QRegularExpression re(QStringLiteral(R"((?<![\w-])(?:%1)(?![\w-]))").arg(alternatives),
                          QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

// Not after "as/if/where/when" (escape clauses) nor "more/most/less/least" (comparatives and
// superlatives own those), so one phrase fires one rule.
const QString kNotAfterQualifier = QStringLiteral(
    R"((?<!as )(?<!if )(?<!where )(?<!when )(?<!whenever )(?<!more )(?<!most )(?<!less )(?<!least ))");

const QRegularExpression &vagueTerms()
{
    static const QRegularExpression re = words(
        kNotAfterQualifier +
        QStringLiteral(
            "(?<!the )(?:appropriate(?:ly)?(?! (?:to|for)\\b)|reasonabl[ey]|adequate(?:ly)?|"
            "sufficient(?:ly)?(?! (?:to|for)\\b)|(?<!the "
            ")suitabl[ey]|acceptabl[ey]|several|numerous|significant(?:ly)?|substantial(?:ly)?|"
            "a number of|a lot of|(?:long|large|big|small|soon|often|fast) enough|"
            "as much as possible|(?:generally|typically|usually|normally|mostly)(?=,))"));
    return re;
}

const QRegularExpression &escapeClauses()
{
    static const QRegularExpression re = words(QStringLiteral(
        "(?<!soon )(?:as|if|where|when|whenever) "
        "(?:appropriate|possible|applicable|practical|practicable|"
        "feasible|necessary|needed|desired)(?! [a-z]{3,}(?<!and)(?<!or))|as far as possible|to the "
        "extent (?:possible|practical|"
        "feasible)|unless otherwise (?:specified|stated|noted|agreed)|at (?:the|its|their) "
        "discretion|"
        "ideally|if at all possible|where it makes sense|if it makes sense|in most cases"));
    return re;
}

const QRegularExpression &openEndedLists()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\w-])(?:etc\.?|et cetera|and so on|and so forth|and the like|)"
            R"(among others|among other things|or similar|and similar|and others|and more(?=\s*[.,;:)])|)"
            R"(including but not limited to)(?![\w-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &comparatives()
{
    static const QRegularExpression re = words(QStringLiteral(
        R"((?<!no )(?<!or )(?<!any )(?:better|worse|faster|slower|quicker|easier|harder|simpler|)"
        R"(cheaper|larger|smaller|higher|lower(?![- ]case)|greater|stronger|weaker|safer|)"
        R"(improved|enhanced|increased|reduced|(?:more|less) (?!than\b)[a-z]+(?:ly)?))"));
    return re;
}

const QRegularExpression &superlatives()
{
    static const QRegularExpression re = words(QStringLiteral(
        R"((?<!at )(?:best|worst|fastest|slowest|quickest|easiest|simplest|cheapest|)"
        R"(strongest|safest|optimal(?:ly)?|perfect(?:ly)?|state[- ]of[- ]the[- ]art))"));
    return re;
}

const QRegularExpression &temporal()
{
    static const QRegularExpression re = words(QStringLiteral(
        "soon|as soon as possible|asap|promptly|quickly|shortly|timely|in a timely "
        "(?:manner|fashion)|in real[- ]time|regularly|periodically|frequently|"
        "in due course|without (?:undue )?delay|from time to time|"
        "immediately(?! (?:after|before|following|preceding|followed|preceded)\\b)|instantly|"
        "before long|in the near future"));
    return re;
}

const QRegularExpression &andOr()
{
    static const QRegularExpression re(QStringLiteral(R"(\band\s*/\s*or\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &unmeasurable()
{
    static const QRegularExpression re = words(
        // A quality stated as absent ("no longer accurate") asks for nothing.
        QStringLiteral(
            R"((?<!more )(?<!most )(?<!less )(?<!least )(?<!not )(?<!longer )(?<!never ))") +
        QStringLiteral(
            "(?:user[- ]friendly|easy[- ]to[- ]use|easy to "
            "understand|intuitive(?:ly)?|seamless(?:ly)?|"
            "fast|responsive|efficient(?:ly)?|robust(?:ly)?|scalable|reliabl[ey]|performant|"
            "high[- ]performance|flexible|lightweight|maintainable|smooth(?:ly)?|modern|elegant|"
            "simple|easy|easily|stable|secure(?:ly)?|accurate(?:ly)?|minimal)"));
    return re;
}

const QRegularExpression &digits()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\w-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|percent|per cent)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// \w and \s of a QRegularExpression without UseUnicodePropertiesOption.
bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// One match of \b(WORD)(\s+)... found by hand: the spans of the groups.
struct WordRun
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The letter runs of `text` that start at a word boundary and end before whitespace, with the
// whitespace after them: the only places where \b([A-Za-z]+)(\s+) can match (a shorter run
// would need whitespace where a letter stands).
WordRun letterRunAt(QStringView text, qsizetype i)
{
    qsizetype e = i;
    while (e < text.size() && isAsciiLetter(text.at(e)))
        ++e;
    return {i, e};
}

qsizetype spaceRunAt(QStringView text, qsizetype i)
{
    qsizetype e = i;
    while (e < text.size() && isSpace(text.at(e)))
        ++e;
    return e;
}

// Whether text[at...] repeats `word` (case-insensitive, as a back-reference) up to a word
// boundary.
bool repeatsAt(QStringView text, qsizetype at, QStringView word)
{
    if (at + word.size() > text.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (text.at(at + i).toCaseFolded() != word.at(i).toCaseFolded())
            return false;
    const qsizetype end = at + word.size();
    return end >= text.size() || !isWordChar(text.at(end));
}
} // namespace

void AmbiguityRules::create(LintRuleList &rules)
{
    // Rules below 0.6 precision on real specs (tests/data/lint_judgements.tsv) are off by
    // default and stay available.
    auto add = [&rules](const QString &id, Severity severity, FunctionRule::Text summary,
                        FunctionRule::Text doc, FunctionRule::Check check, bool enabled = true) {
        rules.push_back(std::make_unique<FunctionRule>(id, severity, QList<LintProfile>{}, summary,
                                                       doc, std::move(check), FunctionRule::Check{},
                                                       enabled));
    };
    auto lexical = [](const QRegularExpression &(*re)(), Filter filter, Message message) {
        return [re, filter, message](const LintRule &r, LintContext &c) {
            scan(r, c, re(), filter, message);
        };
    };

    add(
        QStringLiteral("ambiguity/vague-term"), Severity::Warning, [] { return tr("Vague term"); },
        [] {
            return tr(
                "Words such as \"appropriate\", \"reasonable\", \"several\" or \"sufficient\" "
                "let every reader fill in their own threshold. Say what exactly qualifies: a "
                "number, a list, or a reference to the section that decides.");
        },
        lexical(&vagueTerms, Filter::None, [](const QString &m) {
            return tr("vague term \"%1\": say what exactly qualifies").arg(m);
        }));
    add(
        QStringLiteral("ambiguity/escape-clause"), Severity::Warning,
        [] { return tr("Escape clause"); },
        [] {
            return tr(
                "\"As appropriate\", \"where possible\", \"if necessary\" and similar clauses "
                "let an implementation skip the requirement whenever it likes. State the "
                "condition under which the rule does not apply.");
        },
        lexical(&escapeClauses, Filter::None, [](const QString &m) {
            return tr("escape clause \"%1\": state when the rule does not apply").arg(m);
        }));
    add(
        QStringLiteral("ambiguity/open-ended-list"), Severity::Warning,
        [] { return tr("Open-ended list"); },
        [] {
            return tr(
                "\"etc.\", \"and so on\", \"and other ...\" or \"including but not limited to\" "
                "leave a list open, so nobody can tell whether an item not named is in "
                "scope. Name every item, or state the rule that decides membership.");
        },
        lexical(&openEndedLists, Filter::None, [](const QString &m) {
            return tr("open-ended list \"%1\": name every item or the rule for membership").arg(m);
        }));
    add(
        QStringLiteral("ambiguity/comparative"), Severity::Warning,
        [] { return tr("Comparative without a baseline"); },
        [] {
            return tr(
                "\"Faster\", \"more secure\", \"improved\": compared with what? A comparative "
                "without \"than ...\" in the sentence has no baseline to test against.");
        },
        lexical(&comparatives, Filter::NoThan,
                [](const QString &m) {
                    return tr("comparative \"%1\" without a baseline: than what?").arg(m.trimmed());
                }),
        false);
    add(
        QStringLiteral("ambiguity/superlative"), Severity::Warning,
        [] { return tr("Superlative"); },
        [] {
            return tr("\"Best\", \"optimal\", \"most\" cannot be verified: there is always a "
                      "better one. Give the criterion and the threshold instead.");
        },
        lexical(&superlatives, Filter::None, [](const QString &m) {
            return tr("superlative \"%1\" cannot be verified; give a threshold").arg(m.trimmed());
        }));
    add(
        QStringLiteral("ambiguity/temporal"), Severity::Warning, [] { return tr("Vague time"); },
        [] {
            return tr(
                "\"Soon\", \"promptly\", \"periodically\", \"in real time\" do not say how long. "
                "Give a duration, a deadline or the event that ends the wait.");
        },
        lexical(&temporal, Filter::None, [](const QString &m) {
            return tr("vague time \"%1\": give a duration or a deadline").arg(m);
        }));
    add(
        QStringLiteral("ambiguity/and-or"), Severity::Warning, [] { return tr("\"and/or\""); },
        [] {
            return tr(
                "\"A and/or B\" leaves open whether both are required. Write \"A, B or both\", "
                "\"A or B\" or \"A and B\".");
        },
        lexical(&andOr, Filter::None, [](const QString &) {
            return tr("\"and/or\": say whether one, the other or both are meant");
        }));
    add(
        QStringLiteral("ambiguity/unmeasurable"), Severity::Warning,
        [] { return tr("Unmeasurable quality"); },
        [] {
            return tr("Qualities such as \"fast\", \"user-friendly\", \"robust\" or \"scalable\" "
                      "cannot be tested unless the sentence gives a measure (a number and a "
                      "unit). The rule stays quiet when the sentence holds a number.");
        },
        lexical(&unmeasurable, Filter::Predicative, [](const QString &m) {
            return tr("\"%1\" cannot be measured as written; add a number and a unit").arg(m);
        }));
    add(
        QStringLiteral("style/repeated-word"), Severity::Warning,
        [] { return tr("Repeated word"); },
        [] { return tr("The same word twice in a row (\"the the\") is almost always a typo."); },
        &repeatedWords);
    add(
        QStringLiteral("style/superfluous-infinitive"), Severity::Info,
        [] { return tr("\"in order to\""); },
        [] {
            return tr("\"In order to\" says nothing \"to\" does not; the quick fix shortens it.");
        },
        &superfluousInfinitive, false);
}

void AmbiguityRules::scan(const LintRule &rule, LintContext &context, const QRegularExpression &re,
                          Filter filter, Message message, bool proseByDefault)
{
    // A list in parentheses "(JSON, XML, etc.)" is still open-ended: lists look into asides.
    const QList<LintContext::Span> spans =
        LintScope::spans(rule, context, !proseByDefault,
                         rule.id() == u"ambiguity/open-ended-list" ? LintScope::Asides : 0);
    const QStringList allow = context.listOption(rule, QStringLiteral("allow"));
    static const QRegularExpression than(QStringLiteral(R"(\bthan\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attributive(QStringLiteral(
        R"(^[\s-]+(?!(?:and|or|to|for|enough|when|if|so|as|in|on|at|by|with|but|than|that|is|are)\b)[a-z]{3,})"));
    const bool escape = rule.id() == u"ambiguity/escape-clause";
    for (const LintContext::Span &span : spans) {
        if ((filter == Filter::NoNumber || filter == Filter::Predicative) &&
            digits().match(span.masked).hasMatch())
            continue;
        // An escape clause inside a MAY only repeats that the rule is optional.
        if (escape && span.statement >= 0) {
            const Modality m = context.document().statements().at(span.statement).modality;
            if (m == Modality::May || m == Modality::MayNot || m == Modality::Optional)
                continue;
        }
        auto it = re.globalMatch(span.masked);
        while (it.hasNext()) {
            const auto m = it.next();
            QString found = m.captured(0).trimmed();
            if (found.isEmpty())
                continue;
            if (!allow.isEmpty() && allow.contains(found, Qt::CaseInsensitive))
                continue;
            if (filter == Filter::NoThan && than.match(span.masked, m.capturedEnd(0)).hasMatch())
                continue;
            // "a simple value", "secure transport": in front of a noun the word classifies;
            // only a quality claimed of something ("stay fast", "kept minimal") is vague.
            if (filter == Filter::Predicative &&
                attributive
                    .matchView(QStringView(span.masked).mid(m.capturedEnd(0)), 0,
                               QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption)
                    .hasMatch())
                continue;
            const int start = span.offset + int(m.capturedStart(0));
            context.report(rule, start, start + int(found.size()), message(found));
        }
    }
}

void AmbiguityRules::repeatedWords(const LintRule &rule, LintContext &context)
{
    // By hand, the matches of \b([A-Za-z]+)(\s+)(\1)\b and of the verb doubled around one
    // word, \b(be|must|...)(\s+)([A-Za-z]+)(\s+)(\1)\b, both case-insensitive: the regular
    // expressions with back-references cost a tenth of the whole lint on a big spec.
    static const QStringList verbs = {QStringLiteral("be"),     QStringLiteral("must"),
                                      QStringLiteral("should"), QStringLiteral("shall"),
                                      QStringLiteral("may"),    QStringLiteral("will"),
                                      QStringLiteral("can"),    QStringLiteral("not")};
    static const QRegularExpression joiners(
        QStringLiteral("and|or|by|to|nor|but|if|it|what|this|that|there"),
        QRegularExpression::CaseInsensitiveOption);
    const QString &text = context.document().text();
    for (const LintContext::Span &span : context.prose()) {
        const QStringView masked(span.masked);
        struct Around
        {
            qsizetype start, end, gap1, gap1End, middleEnd, gap2, gap2End;
        };
        QList<Around> around;
        for (int pass = 0; pass < 2; ++pass) {
            qsizetype i = 0;
            while (i < masked.size()) {
                if (!isAsciiLetter(masked.at(i)) || (i > 0 && isWordChar(masked.at(i - 1)))) {
                    ++i;
                    continue;
                }
                const WordRun first = letterRunAt(masked, i);
                const qsizetype gapEnd = spaceRunAt(masked, first.end);
                const QStringView word = masked.mid(first.start, first.end - first.start);
                qsizetype matchEnd = -1;
                if (gapEnd > first.end && pass == 0) {
                    if (repeatsAt(masked, gapEnd, word))
                        matchEnd = gapEnd + word.size();
                } else if (gapEnd > first.end && verbs.contains(word, Qt::CaseInsensitive)) {
                    const WordRun middle = letterRunAt(masked, gapEnd);
                    const qsizetype gap2End = spaceRunAt(masked, middle.end);
                    if (middle.end > gapEnd && gap2End > middle.end &&
                        repeatsAt(masked, gap2End, word)) {
                        matchEnd = gap2End + word.size();
                        around.append({first.start, matchEnd, first.end, gapEnd, middle.end,
                                       middle.end, gap2End});
                    }
                }
                if (matchEnd < 0) {
                    i = first.end;
                    continue;
                }
                i = matchEnd;
                if (pass == 1)
                    continue;
                const QString one = word.toString();
                const QString three = masked.mid(gapEnd, word.size()).toString();
                if (one.compare(u"that", Qt::CaseInsensitive) == 0 ||
                    one.compare(u"had", Qt::CaseInsensitive) == 0)
                    continue;
                // "The AND and OR operators": a name in capitals next to the plain word.
                if (one != three && (one == one.toUpper() || three == three.toUpper()))
                    continue;
                // Masked code between the words looks like spaces: require real whitespace.
                const int gapStart = span.offset + int(first.end);
                const QStringView gap = QStringView(text).mid(gapStart, gapEnd - first.end);
                if (!gap.trimmed().isEmpty())
                    continue;
                const int start = span.offset + int(first.start);
                const int end = span.offset + int(matchEnd);
                context.report(rule, start, end, tr("\"%1\" is repeated").arg(one),
                               {Fix{tr("Remove the repeated word"), {{gapStart, end, QString()}}}});
            }
        }
        // A verb doubled around one word, the trace of an edit: "should be only be used".
        for (const Around &m : std::as_const(around)) {
            const QString middle = masked.mid(m.gap1End, m.middleEnd - m.gap1End).toString();
            if (joiners
                    .match(middle, 0, QRegularExpression::NormalMatch,
                           QRegularExpression::AnchorAtOffsetMatchOption)
                    .capturedLength() == middle.size())
                continue;
            const int g1 = span.offset + int(m.gap1);
            const int g2 = span.offset + int(m.gap2);
            if (!QStringView(text).mid(g1, m.gap1End - m.gap1).trimmed().isEmpty() ||
                !QStringView(text).mid(g2, m.gap2End - m.gap2).trimmed().isEmpty())
                continue;
            const int start = span.offset + int(m.start);
            const int end = span.offset + int(m.end);
            const QString verb = masked.mid(m.start, m.gap1 - m.start).toString();
            const QString second = masked.mid(m.gap2End, m.end - m.gap2End).toString();
            context.report(
                rule, start, end,
                tr("\"%1\" appears twice around \"%2\"; one is left over from an edit")
                    .arg(verb, middle),
                {Fix{tr("Remove the second \"%1\"").arg(second), {{g2, end, QString()}}}});
        }
    }
}

void AmbiguityRules::superfluousInfinitive(const LintRule &rule, LintContext &context)
{
    static const QRegularExpression re(QStringLiteral(R"(\b(in order )(to)\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const LintContext::Span &span : context.prose()) {
        auto it = re.globalMatch(span.masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = span.offset + int(m.capturedStart(0));
            const int end = span.offset + int(m.capturedEnd(0));
            const bool capital = m.captured(1).at(0).isUpper();
            context.report(
                rule, start, end, tr("\"in order to\" can be \"to\""),
                {Fix{tr("Replace with \"to\""),
                     {{start, end, capital ? QStringLiteral("To") : QStringLiteral("to")}}}});
        }
    }
}

} // namespace Specwright
