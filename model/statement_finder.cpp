#include "statement_finder.h"

#include "prose_scanner.h"

#include <QRegularExpression>

namespace Specwright {

namespace {

const QRegularExpression &modalPattern()
{
    // Longest forms first so "MUST NOT" wins over "MUST".
    static const QRegularExpression re(QStringLiteral(
        R"(\b(NOT RECOMMENDED|MUST NOT|SHALL NOT|SHOULD NOT|MAY NOT|MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED|MAY|OPTIONAL|)"
        R"([Mm]ust(?:n't| not| never)?|[Ss]hall(?: not| never)?|[Ss]hould(?:n't| not| never)?|[Mm]ay(?: not| never)?)\b)"));
    return re;
}

const QRegularExpression &requirementIdPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\W{0,4}((?:FR|NFR|SC|REQ|US|SR|UR)-[A-Z0-9]+(?:-\d+)?)\b)"));
    return re;
}

const QRegularExpression &scenarioPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\bGiven\b.*\bWhen\b.*\bThen\b)"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression &earsPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\W*(WHEN|WHILE|IF|WHERE)\b.*\bTHE\b.*\bSHALL\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// "Given" in any case; a case-sensitive search is much cheaper than a case-folding one.
bool mayHoldGiven(QStringView text)
{
    return text.contains(u"iven") || text.contains(u"IVEN");
}

bool isAbbreviation(QStringView text, int dot)
{
    static const QStringList abbreviations = {
        QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("etc"),
        QStringLiteral("vs"),  QStringLiteral("cf"),  QStringLiteral("Dr"),
        QStringLiteral("Mr"),  QStringLiteral("Ms"),  QStringLiteral("No")};
    int start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == u'.'))
        --start;
    const QStringView word = text.mid(start, dot - start);
    for (const QString &a : abbreviations)
        if (word == a)
            return true;
    return false;
}

} // namespace

QList<std::pair<int, int>> StatementFinder::sentences(QStringView text)
{
    QList<std::pair<int, int>> spans;
    const int n = int(text.size());
    int start = 0;
    auto push = [&](int from, int to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            spans.append({from, to});
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' && i + 1 < n && text.at(i + 1) == u'\n') {
            push(start, i);
            start = i + 1;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?' && c != u';')
            continue;
        int j = i + 1;
        while (j < n && (text.at(j) == u'"' || text.at(j) == u')' || text.at(j) == u'*' ||
                         text.at(j) == u'_' || text.at(j) == u'\u201d'))
            ++j;
        if (j < n && !text.at(j).isSpace())
            continue;
        if (c == u';') {
            // a semicolon ends a clause, not a sentence
            continue;
        }
        if (c == u'.' && isAbbreviation(text, i)) {
            int k = j;
            while (k < n && text.at(k).isSpace())
                ++k;
            if (k < n && text.at(k).isLower())
                continue;
        }
        push(start, j);
        start = j;
    }
    push(start, n);
    return spans;
}

Modality StatementFinder::modalityFor(QStringView keyword, bool negated)
{
    const QString k = keyword.toString().toLower();
    if (k == u"not recommended")
        return Modality::NotRecommended;
    if (k.startsWith(u"must"))
        return negated ? Modality::MustNot : Modality::Must;
    if (k.startsWith(u"shall"))
        return negated ? Modality::ShallNot : Modality::Shall;
    if (k.startsWith(u"should"))
        return negated ? Modality::ShouldNot : Modality::Should;
    if (k.startsWith(u"may"))
        return negated ? Modality::MayNot : Modality::May;
    if (k == u"required")
        return Modality::Required;
    if (k == u"recommended")
        return Modality::Recommended;
    if (k == u"optional")
        return Modality::Optional;
    return Modality::None;
}

QList<Statement> StatementFinder::find(const QString &original, const QString &masked, int offset,
                                       const SourceText &source)
{
    QList<Statement> result;
    const QStringView text(masked);
    // One pass of the modal pattern over the block, then each sentence takes its first hit:
    // matching sentence by sentence costs a regex call per sentence.
    struct Hit
    {
        int start;
        int length;
    };
    QList<Hit> hits;
    auto it = modalPattern().globalMatchView(text);
    while (it.hasNext()) {
        const auto m = it.next();
        hits.append({int(m.capturedStart(1)), int(m.capturedLength(1))});
    }
    // Most prose has no statement: skip the sentence split when nothing can match.
    if (hits.isEmpty() && !text.contains(u'-') && !mayHoldGiven(text))
        return result;
    qsizetype nextHit = 0;
    for (const auto &[from, to] : sentences(text)) {
        const QStringView sentence = text.mid(from, to - from);
        Statement st;
        while (nextHit < hits.size() && hits.at(nextHit).start < from)
            ++nextHit;
        const bool hasModal =
            nextHit < hits.size() && hits.at(nextHit).start + hits.at(nextHit).length <= to;
        if (sentence.left(24).contains(u'-')) {
            const auto reqId = requirementIdPattern().matchView(sentence);
            if (reqId.hasMatch())
                st.requirementId = reqId.captured(1);
        }
        const bool maybeScenario = mayHoldGiven(sentence);
        if (hasModal) {
            const Hit hit = hits.at(nextHit);
            st.keyword = text.mid(hit.start, hit.length).toString();
            const QString lower = st.keyword.toLower();
            st.negated =
                lower.contains(u" not") || lower.contains(u"n't") || lower.contains(u"never");
            st.modality = modalityFor(lower, st.negated);
            st.upperCaseKeyword = st.keyword == st.keyword.toUpper();
            const int kwStart = offset + hit.start;
            st.keywordRange = source.rangeFromOffsets(kwStart, kwStart + hit.length);
            st.kind = lower.startsWith(u"shall") && earsPattern().matchView(sentence).hasMatch()
                          ? StatementKind::Ears
                          : StatementKind::Normative;
        } else if (maybeScenario && scenarioPattern().matchView(sentence).hasMatch()) {
            st.kind = StatementKind::Scenario;
        } else if (!st.requirementId.isEmpty()) {
            st.kind = StatementKind::Requirement;
        } else {
            continue;
        }
        st.text = ProseScanner::plainSentence(QStringView(original).mid(from, to - from));
        st.range = source.rangeFromOffsets(offset + from, offset + to);
        result.append(st);
    }
    return result;
}

} // namespace Specwright
