#include "statement_finder.h"

#include "prose_scanner.h"
#include "text_search.h"

#include <QRegularExpression>
#include <algorithm>

namespace Specwright {

namespace {

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
    return TextSearch::contains(text, u"iven") || TextSearch::contains(text, u"IVEN");
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

namespace {

// \w of QRegularExpression without UseUnicodePropertiesOption: ASCII letters, digits, '_'.
bool isWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

bool isWordChar(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && isWordChar(text[i].unicode());
}

// Length of `word` when it stands at `at` and ends on a word boundary, else 0.
qsizetype wordAt(QStringView text, qsizetype at, QStringView word)
{
    if (!text.sliced(at).startsWith(word) || isWordChar(text, at + word.size()))
        return 0;
    return word.size();
}

// A lower-case modal with its optional suffixes, longest first as the pattern tried them:
// "must" (or "Must") then "n't", " not", " never" or nothing, each ending on a word boundary.
qsizetype modalWithSuffix(QStringView text, qsizetype at, QStringView stem,
                          std::initializer_list<QStringView> suffixes)
{
    const QChar first = text[at];
    if (first != stem.front() && first != stem.front().toUpper())
        return 0;
    if (!text.sliced(at + 1).startsWith(stem.sliced(1)))
        return 0;
    const qsizetype end = at + stem.size();
    for (const QStringView suffix : suffixes) {
        if (text.sliced(end).startsWith(suffix) && !isWordChar(text, end + suffix.size()))
            return stem.size() + suffix.size();
    }
    return isWordChar(text, end) ? 0 : stem.size();
}

qsizetype modalAt(QStringView text, qsizetype at)
{
    // Every keyword's second letter, to drop most words at once.
    if (at + 1 >= text.size())
        return 0;
    const char16_t second = text[at + 1].unicode();
    switch (text[at].unicode()) {
    case u'M':
    case u'm':
        if (second != u'u' && second != u'a' && second != u'U' && second != u'A')
            return 0;
        break;
    case u'S':
    case u's':
        if (second != u'h' && second != u'H')
            return 0;
        break;
    case u'N':
        if (second != u'O')
            return 0;
        break;
    case u'R':
        if (second != u'E')
            return 0;
        break;
    case u'O':
        if (second != u'P')
            return 0;
        break;
    default:
        return 0;
    }
    // Upper-case BCP 14 forms first, longest first, so "MUST NOT" wins over "MUST".
    static constexpr QStringView upper[] = {
        u"NOT RECOMMENDED", u"MUST NOT", u"SHALL NOT", u"SHOULD NOT",  u"MAY NOT", u"MUST",
        u"SHALL",           u"SHOULD",   u"REQUIRED",  u"RECOMMENDED", u"MAY",     u"OPTIONAL"};
    const char16_t c = text[at].unicode();
    if (c >= u'A' && c <= u'Z') {
        for (const QStringView word : upper) {
            if (word.front() == text[at]) {
                if (const qsizetype n = wordAt(text, at, word))
                    return n;
            }
        }
    }
    switch (c) {
    case u'M':
    case u'm':
        if (const qsizetype n = modalWithSuffix(text, at, u"must", {u"n't", u" not", u" never"}))
            return n;
        return modalWithSuffix(text, at, u"may", {u" not", u" never"});
    case u'S':
    case u's':
        if (const qsizetype n = modalWithSuffix(text, at, u"shall", {u" not", u" never"}))
            return n;
        return modalWithSuffix(text, at, u"should", {u"n't", u" not", u" never"});
    default:
        return 0;
    }
}

} // namespace

QList<std::pair<int, int>> StatementFinder::modalKeywords(QStringView text)
{
    QList<std::pair<int, int>> hits;
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        // Keywords start at a word start; the rest of a word is skipped at once.
        const char16_t c = s[i];
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        const bool candidate =
            c == u'M' || c == u'm' || c == u'S' || c == u's' || c == u'N' || c == u'R' || c == u'O';
        if (candidate) {
            if (const qsizetype length = modalAt(text, i)) {
                hits.append({int(i), int(length)});
                i += length;
                continue;
            }
        }
        ++i;
        while (i < n && isWordChar(s[i]))
            ++i;
    }
    return hits;
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

QList<Statement> StatementFinder::find(QStringView original, const QString &masked, int offset,
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
    for (const auto &[start, length] : modalKeywords(text))
        hits.append({start, length});
    // Most prose has no statement: skip the sentence split when nothing can match.
    // A sentence can only hold "Given" when its block does.
    const bool blockMayHoldGiven = mayHoldGiven(text);
    if (hits.isEmpty() && !text.contains(u'-') && !blockMayHoldGiven)
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
        const bool maybeScenario = blockMayHoldGiven && mayHoldGiven(sentence);
        if (hasModal) {
            const Hit hit = hits.at(nextHit);
            st.keyword = text.mid(hit.start, hit.length).toString();
            const QString lower = st.keyword.toLower();
            st.negated =
                lower.contains(u" not") || lower.contains(u"n't") || lower.contains(u"never");
            st.modality = modalityFor(lower, st.negated);
            // Keywords are ASCII: upper case means no ASCII lower-case letter.
            st.upperCaseKeyword = std::none_of(st.keyword.cbegin(), st.keyword.cend(),
                                               [](QChar c) { return c >= u'a' && c <= u'z'; });
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
        st.text = ProseScanner::plainSentence(original.mid(from, to - from));
        st.range = source.rangeFromOffsets(offset + from, offset + to);
        result.append(st);
    }
    return result;
}

} // namespace Specwright
