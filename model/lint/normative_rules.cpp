#include "normative_rules.h"

#include "function_rule.h"
#include "lint_context.h"
#include "lint_scope.h"

#include <QHash>
#include <QRegularExpression>

namespace Specwright {

namespace {

bool isRequirementItem(const Statement &s, LintProfile profile)
{
    return !s.requirementId.isEmpty() || s.kind == StatementKind::Ears ||
           profile == LintProfile::Ears;
}

bool isHeading(const LintContext &context, const Statement &st)
{
    const auto &sections = context.document().sections();
    return st.section >= 0 && st.section < sections.size() &&
           sections.at(st.section).headingLine == st.range.startLine;
}

} // namespace

QString NormativeRules::boilerplate()
{
    return QStringLiteral(
        "The key words \"MUST\", \"MUST NOT\", \"REQUIRED\", \"SHALL\", \"SHALL NOT\", \"SHOULD\", "
        "\"SHOULD NOT\", \"RECOMMENDED\", \"NOT RECOMMENDED\", \"MAY\", and \"OPTIONAL\" in this "
        "document are to be interpreted as described in BCP 14 [RFC2119] [RFC8174] when, and only "
        "when, they appear in all capitals, as shown here.");
}

void NormativeRules::create(LintRuleList &rules)
{
    using P = LintProfile;
    auto add = [&rules](const QString &id, Severity severity, QList<LintProfile> profiles,
                        FunctionRule::Text summary, FunctionRule::Text doc,
                        FunctionRule::Check check) {
        rules.push_back(std::make_unique<FunctionRule>(id, severity, std::move(profiles), summary,
                                                       doc, std::move(check)));
    };
    add(
        QStringLiteral("keywords/lowercase"), Severity::Warning, {P::Rfc},
        [] { return tr("Lower-case BCP 14 keyword"); },
        [] {
            return tr("In an rfc-profile spec only upper-case MUST, SHOULD, MAY ... carry BCP 14 "
                      "meaning (RFC 8174). A lower-case \"must\" in a normative sentence is either "
                      "a requirement written in the wrong case or ordinary English that reads like "
                      "one. The quick fix upper-cases it.");
        },
        &lowercaseKeywords);
    add(
        QStringLiteral("keywords/unknown-form"), Severity::Warning, {P::Rfc, P::SpecKit, P::Ears},
        [] { return tr("Keyword form BCP 14 does not define"); },
        [] {
            return tr("Forms such as MUSTN'T, MUST NEVER, MAY NOT, WILL, CAN or mixed case (\"MUST "
                      "not\", \"Shall\" mid-sentence) are not BCP 14 keywords, so their force is "
                      "unclear. Use MUST NOT, SHALL NOT, SHOULD NOT or MAY.");
        },
        &unknownKeywordForms);
    add(
        QStringLiteral("keywords/missing-boilerplate"), Severity::Warning, {P::Rfc},
        [] { return tr("Missing BCP 14 boilerplate"); },
        [] {
            return tr("A spec that uses upper-case keywords should say that they are to be "
                      "interpreted as described in BCP 14 (RFC 2119 and RFC 8174). The quick fix "
                      "inserts the standard paragraph after the first heading.");
        },
        &missingBoilerplate);
    add(
        QStringLiteral("requirements/weak-modal"), Severity::Warning, {},
        [] { return tr("Weak modal in a requirement"); },
        [] {
            return tr("A requirement item (FR-001, an EARS sentence) that says \"should\", "
                      "\"may\", \"might\", \"could\" or \"can\" does not oblige anything, so it "
                      "cannot fail a test. Use MUST or SHALL, or move it out of the requirements.");
        },
        &weakModals);
    add(
        QStringLiteral("requirements/overlong-sentence"), Severity::Info, {},
        [] { return tr("Overlong normative sentence"); },
        [] {
            return tr("A normative sentence longer than 45 words (option max-words) usually holds "
                      "more than one requirement and is hard to test. Split it.");
        },
        &overlongSentences);
    add(
        QStringLiteral("ears/pattern"), Severity::Warning, {P::Ears},
        [] { return tr("Not an EARS sentence"); },
        [] {
            return tr(
                "In the ears profile every requirement follows one EARS pattern: \"The "
                "<system> shall <response>\", \"When <trigger>, the <system> shall ...\", "
                "\"While <state>, ...\", \"Where <feature>, ...\", \"If <condition>, then the "
                "<system> shall ...\", with exactly one \"shall\".");
        },
        &earsPattern);
}

void NormativeRules::lowercaseKeywords(const LintRule &rule, LintContext &context)
{
    // Not "may": in lower case it mostly states a possibility ("changes may be made").
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])(must not|shall not|should not|must|shall|should)(?![\w-]))"));
    const SpecDocument &doc = context.document();
    for (const LintContext::Span &span : context.statements()) {
        const Statement &st = doc.statements().at(span.statement);
        if (LintScope::isDefinition(doc, st) || isHeading(context, st) ||
            LintScope::inExampleSection(doc, st))
            continue;
        LintContext::Span s = span;
        LintScope::maskQuotations(s.masked); // "MUST and not \"must\"" talks about the word
        LintScope::maskHtmlTags(s.masked);
        // Plain English that no one reads as a requirement: "care must be taken", "we must
        // first search", "which dialect should be used".
        static const QRegularExpression english(
            QStringLiteral(R"(\bcare (?:must|should) be taken\b|\b(?:we|one) must\b|)"
                           R"(\b(?:which|what|how)\b(?:\s+\w+){0,3}\s+should\b)"),
            QRegularExpression::CaseInsensitiveOption);
        auto en = english.globalMatch(s.masked);
        while (en.hasNext()) {
            const auto m = en.next();
            for (qsizetype i = m.capturedStart(0); i < m.capturedEnd(0); ++i)
                s.masked[i] = u' ';
        }
        auto it = re.globalMatch(s.masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = s.offset + int(m.capturedStart(1));
            const QString upper = m.captured(1).toUpper();
            context.report(rule, start, start + int(m.capturedLength(1)),
                           tr("\"%1\" is lower case; write %2 if it is a requirement")
                               .arg(m.captured(1), upper),
                           {Fix{tr("Change to %1").arg(upper),
                                {{start, start + int(m.capturedLength(1)), upper}}}});
        }
    }
}

void NormativeRules::unknownKeywordForms(const LintRule &rule, LintContext &context)
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\w-])(MUSTN'T|MUSTN’T|SHOULDN'T|SHOULDN’T|SHAN'T|SHAN’T|(?:MUST|SHALL|SHOULD) NEVER|)"
        R"(MAY NOT|WILL NOT|WON'T|WILL|CANNOT|CAN NOT|CAN|MIGHT|COULD|OUGHT TO|)"
        R"((?:MUST|SHALL|SHOULD) not|(?:Must|Shall|Should) [Nn]ot|(?<=[a-z,] )(?:Must|Shall|Should))(?![\w-]))"));
    static const QHash<QString, QString> replacement = {
        {QStringLiteral("MUSTN'T"), QStringLiteral("MUST NOT")},
        {QStringLiteral("MUSTN’T"), QStringLiteral("MUST NOT")},
        {QStringLiteral("SHOULDN'T"), QStringLiteral("SHOULD NOT")},
        {QStringLiteral("SHOULDN’T"), QStringLiteral("SHOULD NOT")},
        {QStringLiteral("SHAN'T"), QStringLiteral("SHALL NOT")},
        {QStringLiteral("SHAN’T"), QStringLiteral("SHALL NOT")},
        {QStringLiteral("MUST NEVER"), QStringLiteral("MUST NOT")},
        {QStringLiteral("SHALL NEVER"), QStringLiteral("SHALL NOT")},
        {QStringLiteral("SHOULD NEVER"), QStringLiteral("SHOULD NOT")}};
    // Prose, not only statements: MUSTN'T or WILL alone does not make a sentence a statement.
    for (const LintContext::Span &s : context.prose()) {
        auto it = re.globalMatch(s.masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString found = m.captured(1);
            const int start = s.offset + int(m.capturedStart(1));
            const int end = start + int(found.size());
            QString fixed = replacement.value(found);
            if (fixed.isEmpty() && (found.startsWith(u"Must") || found.startsWith(u"Shall") ||
                                    found.startsWith(u"Should") || found.endsWith(u" not")))
                fixed = found.toUpper();
            QList<Fix> fixes;
            if (!fixed.isEmpty())
                fixes.append(Fix{tr("Change to %1").arg(fixed), {{start, end, fixed}}});
            context.report(rule, start, end, tr("\"%1\" is not a BCP 14 keyword form").arg(found),
                           fixes);
        }
    }
}

void NormativeRules::missingBoilerplate(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    static const QRegularExpression mention(
        QStringLiteral(R"(\b(?:BCP ?14|RFC ?2119|RFC ?8174)\b|\{::boilerplate bcp14)"),
        QRegularExpression::CaseInsensitiveOption);
    if (mention.match(doc.text()).hasMatch())
        return;
    const Statement *first = nullptr;
    for (const Statement &s : doc.statements()) {
        if (s.upperCaseKeyword && !s.keyword.isEmpty()) {
            first = &s;
            break;
        }
    }
    if (!first)
        return;
    const SourceText &src = doc.source();
    int at = 0;
    QString text = boilerplate() + QStringLiteral("\n\n");
    if (!doc.sections().isEmpty() && doc.sections().first().headingLine < first->range.startLine) {
        const int line = doc.sections().first().headingRange.endLine;
        at = src.lineStartOffset(line) + int(src.line(line).size());
        text = QStringLiteral("\n\n") + boilerplate();
    }
    context.report(rule, first->keywordRange.startOffset, first->keywordRange.endOffset,
                   tr("upper-case keywords are used but the BCP 14 boilerplate is missing"),
                   {Fix{tr("Insert the BCP 14 boilerplate"), {{at, at, text}}}});
}

void NormativeRules::weakModals(const LintRule &rule, LintContext &context)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])(should|may|might|could|can|would|ought to)(?![\w-]))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression strong(
        QStringLiteral(R"(\b(?:MUST|SHALL|REQUIRED|must|shall)\b)"));
    const QList<Statement> &all = context.document().statements();
    for (const LintContext::Span &s : context.statements()) {
        const Statement &st = all.at(s.statement);
        if (!isRequirementItem(st, context.profile()) ||
            LintScope::isDefinition(context.document(), st) || isHeading(context, st))
            continue;
        // "MUST ... so that users can judge": the requirement obliges; the weak modal is in a
        // clause that explains it. Success criteria (SC-) describe outcomes, not obligations.
        if (st.requirementId.startsWith(u"SC-") || strong.match(s.masked).hasMatch())
            continue;
        auto it = re.globalMatch(s.masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = s.offset + int(m.capturedStart(1));
            context.report(rule, start, start + int(m.capturedLength(1)),
                           tr("\"%1\" in a requirement does not oblige anything; use MUST or SHALL")
                               .arg(m.captured(1)));
        }
    }
}

void NormativeRules::overlongSentences(const LintRule &rule, LintContext &context)
{
    const int max = context.option(rule, QStringLiteral("max-words"), 45).toInt();
    const QList<Statement> &all = context.document().statements();
    for (const LintContext::Span &s : context.statements()) {
        if (all.at(s.statement).kind == StatementKind::Scenario)
            continue;
        int count = 0;
        bool inWord = false;
        for (const QChar c : s.masked) {
            const bool letter = c.isLetterOrNumber();
            count += letter && !inWord ? 1 : 0;
            inWord = letter || (inWord && (c == u'\'' || c == u'-'));
        }
        if (count > max) {
            context.report(rule, s.offset, s.offset + int(s.masked.size()),
                           tr("this normative sentence has %1 words (at most %2); split it")
                               .arg(count)
                               .arg(max));
        }
    }
}

void NormativeRules::earsPattern(const LintRule &rule, LintContext &context)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^[\s*_>#+\-\d.)]*(?:\**[A-Z]+-[A-Z0-9-]+\**\s*[:.)-]?\s*)?)"));
    static const QRegularExpression ears(
        QStringLiteral(
            // Kiro writes "WHEN ... THEN the system SHALL" and "WHILE ... the system SHALL".
            R"(^(?:(?:while|when|where|if)\b.+?(?:,\s*(?:then\s+)?|\s+then\s+|\s+(?=the\s)))*)"
            R"(the\s+[^,]+?\s+shall\s+(?!not\s+\S+\s+shall)\S)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shall(QStringLiteral(R"(\bshall\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QList<Statement> &all = context.document().statements();
    for (const LintContext::Span &s : context.statements()) {
        const Statement &st = all.at(s.statement);
        if (st.kind != StatementKind::Normative && st.kind != StatementKind::Ears)
            continue;
        if (!LintScope::isNormative(st, context.profile()) ||
            LintScope::isDefinition(context.document(), st) || isHeading(context, st))
            continue;
        QString text = s.masked;
        const auto p = prefix.match(text);
        const int skip = p.hasMatch() ? int(p.capturedLength(0)) : 0;
        const QStringView body = QStringView(text).mid(skip);
        int shalls = 0;
        auto it = shall.globalMatchView(body);
        while (it.hasNext())
            ++shalls, it.next();
        QString problem;
        if (shalls == 0)
            problem = tr("EARS requirements use \"shall\", not \"%1\"").arg(st.keyword);
        else if (shalls > 1)
            problem = tr("one EARS requirement has exactly one \"shall\"; split this sentence");
        else if (!ears.matchView(body).hasMatch())
            problem = tr("does not follow an EARS pattern: [While/When/Where/If ...,] the <system> "
                         "shall <response>");
        if (!problem.isEmpty())
            context.report(rule, s.offset, s.offset + int(s.masked.size()), problem);
    }
}

} // namespace Specwright
