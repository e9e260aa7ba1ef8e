#include "statement_finder.h"

#include "prose_scanner.h"
#include "text_search.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

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
    if (word.size() != 2 && word.size() != 3)
        return false; // the lengths of the abbreviations
    for (const QString &a : abbreviations)
        if (word == a)
            return true;
    return false;
}

// Appends text[from, to) without its leading and trailing blanks, unless nothing is left.
void appendTrimmed(QList<std::pair<int, int>> &spans, QStringView text, int from, int to)
{
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    if (to > from)
        spans.append({from, to});
}

// A dot after an abbreviation that a lower-case word follows does not end the sentence
// ("e.g. the"); `after` is where the dot's closing marks end.
bool abbreviationGoesOn(QStringView text, int dot, int after)
{
    if (!isAbbreviation(text, dot))
        return false;
    const int n = int(text.size());
    while (after < n && text.at(after).isSpace())
        ++after;
    return after < n && text.at(after).isLower();
}

} // namespace

QList<std::pair<int, int>> StatementFinder::sentences(QStringView text)
{
    QList<std::pair<int, int>> spans;
    const int n = int(text.size());
    int start = 0;
    auto push = [&](int from, int to) { appendTrimmed(spans, text, from, to); };
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
        if (c == u'.' && abbreviationGoesOn(text, i, j))
            continue;
        push(start, j);
        start = j;
    }
    push(start, n);
    return spans;
}

namespace {

// \w of QRegularExpression without UseUnicodePropertiesOption: ASCII letters, digits, '_'.
constexpr bool isWordChar(char16_t c)
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

namespace {

// What sentencesAndKeywords() does with an ASCII character, by one table look-up.
struct CharClasses
{
    enum : unsigned char
    {
        Word,         // [A-Za-z0-9_]
        KeywordStart, // a word character a keyword can start with
        End,          // "\n", ".", "!", "?": a sentence may end here
        Other
    };
    unsigned char of[128] = {};
    constexpr CharClasses()
    {
        for (int c = 0; c < 128; ++c)
            of[c] = isWordChar(char16_t(c)) ? Word : Other;
        for (const char c : {'M', 'm', 'S', 's', 'N', 'R', 'O'})
            of[int(c)] = KeywordStart;
        for (const char c : {'\n', '.', '!', '?'})
            of[int(c)] = End;
    }
};

} // namespace

StatementFinder::Scan StatementFinder::sentencesAndKeywords(QStringView text)
{
    // sentences() and modalKeywords() in one loop. Keywords and the rest of words are word
    // characters, sentence ends and line breaks are not: each character is looked at by the
    // one scan that cares about it, and the loop skips a word at once as modalKeywords() does.
    Scan scan;
    const int n = int(text.size());
    const char16_t *s = text.utf16();
    int start = 0;
    auto push = [&](int from, int to) { appendTrimmed(scan.sentences, text, from, to); };
    auto closesSentence = [s, n](int j) {
        return j < n &&
               (s[j] == u'"' || s[j] == u')' || s[j] == u'*' || s[j] == u'_' || s[j] == u'\u201d');
    };
    static constexpr CharClasses classes;
    int i = 0;
    while (i < n) {
        const char16_t c = s[i];
        const unsigned char kind =
            c < 128 ? classes.of[c] : static_cast<unsigned char>(CharClasses::Other);
        if (kind == CharClasses::Other) {
            ++i; // blanks, punctuation and non-ASCII: nothing either scan looks at
            continue;
        }
        if (kind <= CharClasses::KeywordStart) {
            if (kind == CharClasses::KeywordStart) {
                if (const qsizetype length = modalAt(text, i)) {
                    scan.keywords.append({i, int(length)});
                    i += int(length);
                    continue;
                }
            }
            ++i;
            while (i < n && s[i] < 128 && classes.of[s[i]] <= CharClasses::KeywordStart)
                ++i;
            continue;
        }
        const int at = i++;
        if (c == u'\n') {
            if (i < n && s[i] == u'\n') {
                push(start, at);
                start = at + 1;
            }
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue; // ";" ends a clause, not a sentence
        int j = at + 1;
        while (closesSentence(j))
            ++j;
        if (j < n && !text.at(j).isSpace())
            continue;
        if (c == u'.' && abbreviationGoesOn(text, at, j))
            continue;
        push(start, j);
        start = j;
    }
    push(start, n);
    return scan;
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

namespace {

// What a statement records about its keyword. modalAt() returns one of a few dozen spellings,
// so each is read once and shared by every statement that uses it (no string per statement).
struct KeywordInfo
{
    QString keyword;
    bool negated = false;
    Modality modality = Modality::None;
    bool upperCase = false;
    bool shall = false; // "shall" in any case: the EARS pattern may apply
};

QList<KeywordInfo> allKeywords()
{
    QStringList spellings = {u"NOT RECOMMENDED"_s, u"MUST NOT"_s, u"SHALL NOT"_s,
                             u"SHOULD NOT"_s,      u"MAY NOT"_s,  u"MUST"_s,
                             u"SHALL"_s,           u"SHOULD"_s,   u"REQUIRED"_s,
                             u"RECOMMENDED"_s,     u"MAY"_s,      u"OPTIONAL"_s};
    const std::pair<QString, QStringList> stems[] = {
        {u"must"_s, {QString(), u"n't"_s, u" not"_s, u" never"_s}},
        {u"may"_s, {QString(), u" not"_s, u" never"_s}},
        {u"shall"_s, {QString(), u" not"_s, u" never"_s}},
        {u"should"_s, {QString(), u"n't"_s, u" not"_s, u" never"_s}}};
    for (const auto &[stem, suffixes] : stems) {
        for (const QString &suffix : suffixes) {
            spellings.append(stem + suffix);
            spellings.append(stem.front().toUpper() + stem.mid(1) + suffix);
        }
    }
    QList<KeywordInfo> out;
    for (const QString &k : std::as_const(spellings)) {
        KeywordInfo info;
        info.keyword = k;
        const QString lower = k.toLower();
        info.negated =
            lower.contains(u" not") || lower.contains(u"n't") || lower.contains(u"never");
        info.modality = StatementFinder::modalityFor(lower, info.negated);
        // Keywords are ASCII: upper case means no ASCII lower-case letter.
        info.upperCase =
            std::none_of(k.cbegin(), k.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
        info.shall = lower.startsWith(u"shall");
        out.append(info);
    }
    return out;
}

const KeywordInfo &keywordInfo(QStringView keyword)
{
    static const QList<KeywordInfo> table = allKeywords();
    for (const KeywordInfo &info : table) {
        if (info.keyword.size() == keyword.size() && info.keyword == keyword)
            return info;
    }
    // modalAt() reads only the spellings above; any other gets its facts computed here.
    thread_local KeywordInfo other;
    const QString lower = keyword.toString().toLower();
    other.keyword = keyword.toString();
    other.negated = lower.contains(u" not") || lower.contains(u"n't") || lower.contains(u"never");
    other.modality = StatementFinder::modalityFor(lower, other.negated);
    other.upperCase = std::none_of(keyword.cbegin(), keyword.cend(),
                                   [](QChar c) { return c >= u'a' && c <= u'z'; });
    other.shall = lower.startsWith(u"shall");
    return other;
}

// A requirement id (see requirementIdPattern) has its "-" after R, C, Q or S ("FR-", "NFR-",
// "SC-", "REQ-", "US-", "SR-", "UR-") and after at most 4 other characters, which the pattern
// counts in code points: within the first 4 * 2 + 3 + 1 UTF-16 units.
bool mayStartWithRequirementId(QStringView sentence)
{
    const qsizetype n = std::min<qsizetype>(sentence.size(), 12);
    for (qsizetype k = 1; k < n; ++k) {
        if (sentence[k] != u'-')
            continue;
        const char16_t before = sentence[k - 1].unicode();
        if (before == u'R' || before == u'C' || before == u'Q' || before == u'S')
            return true;
    }
    return false;
}

} // namespace

QList<Statement> StatementFinder::find(QStringView original, QStringView masked, int offset,
                                       const SourceText &source, bool blockMayHoldGiven)
{
    QList<Statement> result;
    const QStringView text(masked);
    // One pass of the modal scanner over the block, then each sentence takes its first hit.
    const Scan scan = sentencesAndKeywords(text);
    const QList<std::pair<int, int>> &hits = scan.keywords;
    // Most prose has no statement: skip the sentence split when nothing can match.
    // A sentence can only hold "Given" when its block does.
    blockMayHoldGiven = blockMayHoldGiven && mayHoldGiven(text);
    if (hits.isEmpty() && !text.contains(u'-') && !blockMayHoldGiven)
        return result;
    qsizetype nextHit = 0;
    for (const auto &[from, to] : scan.sentences) {
        const QStringView sentence = text.mid(from, to - from);
        Statement st;
        while (nextHit < hits.size() && hits.at(nextHit).first < from)
            ++nextHit;
        const bool hasModal =
            nextHit < hits.size() && hits.at(nextHit).first + hits.at(nextHit).second <= to;
        if (mayStartWithRequirementId(sentence)) {
            const auto reqId = requirementIdPattern().matchView(sentence);
            if (reqId.hasMatch())
                st.requirementId = reqId.captured(1);
        }
        const bool maybeScenario = blockMayHoldGiven && mayHoldGiven(sentence);
        if (hasModal) {
            const auto [hitStart, hitLength] = hits.at(nextHit);
            const KeywordInfo &info = keywordInfo(text.mid(hitStart, hitLength));
            st.keyword = info.keyword;
            st.negated = info.negated;
            st.modality = info.modality;
            st.upperCaseKeyword = info.upperCase;
            const int kwStart = offset + hitStart;
            st.keywordRange = source.rangeFromOffsets(kwStart, kwStart + hitLength);
            st.kind = info.shall && earsPattern().matchView(sentence).hasMatch()
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
        result.append(std::move(st));
    }
    return result;
}

} // namespace Specwright
