#include "term_drift.h"

#include "glossary_rules.h"
#include "lint_context.h"
#include "lint_memo.h"
#include "lint_scope.h"
#include "prose_scanner.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Specwright {

namespace {

// "E-mails", "e mail", "email" share the key "email": lower case, no hyphen, no plural s.
// Written into `key`, whose capacity is reused from call to call.
void keyInto(QStringView form, QString &key, QStringView more = {})
{
    key.resize(0);
    for (const QStringView part : {form, more})
        for (const QChar c : part)
            if (c != u'-' && c != u' ')
                key.append(c.unicode() < 128 ? QChar(c.unicode() | ((c >= u'A' && c <= u'Z') << 5))
                                             : c.toLower());
    if (key.size() > 4 && key.endsWith(u's') && !key.endsWith(u"ss"))
        key.chop(1);
}

QString keyOf(QStringView form)
{
    QString key;
    keyInto(form, key);
    return key;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// \w of a QRegularExpression without UseUnicodePropertiesOption.
bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

// Calls f(start, end) for each match of
// (?<![\w\-/#.@:=])([A-Za-z]+(?:-[A-Za-z]+)*)(?![\w\-/#@=]|\.[A-Za-z]), in order: words and
// hyphenated compounds that are not part of a path, file name, id or URL
// ("formats/json-format.md", "#json-value"). By hand, as a 5 MB spec holds a million words.
// A shorter match inside the longest candidate is impossible: it would end before a letter or
// a hyphen, which the look-ahead refuses, and start after one, which the look-behind refuses.
template<typename F> void forEachWord(QStringView text, F &&f)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiLetter(text.at(i))) {
            ++i;
            continue;
        }
        const QChar before = i > 0 ? text.at(i - 1) : QChar();
        const bool free =
            i == 0 || !(isWordChar(before) || QStringView(u"-/#.@:=").contains(before));
        qsizetype e = i;
        while (e < n && isAsciiLetter(text.at(e)))
            ++e;
        while (e + 1 < n && text.at(e) == u'-' && isAsciiLetter(text.at(e + 1))) {
            e += 2;
            while (e < n && isAsciiLetter(text.at(e)))
                ++e;
        }
        if (free) {
            const QChar after = e < n ? text.at(e) : QChar();
            const bool end =
                e >= n || !(isWordChar(after) || QStringView(u"-/#@=").contains(after) ||
                            (after == u'.' && e + 1 < n && isAsciiLetter(text.at(e + 1))));
            if (end)
                f(i, e);
        }
        i = e;
    }
}

// How a compound is written. A hyphenated or open compound in front of a noun ("third-party
// software", "third party software") is an adjective and agrees with both the open noun ("a
// third party") and the hyphenated one; only the closed form ("email") disagrees with it.
enum class FormClass
{
    Closed,
    Hyphen,
    Open,
    Attributive
};

bool compatible(FormClass preferred, FormClass found)
{
    if (preferred == found)
        return true;
    return found == FormClass::Attributive && preferred != FormClass::Closed;
}

const QSet<QString> &function()
{
    static const QSet<QString> set = [] {
        QSet<QString> words;
        for (const char *w :
             {"is",   "are",   "was",   "were",  "be",   "been",  "and",    "or",   "nor",
              "but",  "of",    "to",    "in",    "on",   "at",    "by",     "for",  "with",
              "from", "as",    "that",  "which", "who",  "whom",  "the",    "a",    "an",
              "can",  "could", "may",   "might", "must", "shall", "should", "will", "would",
              "do",   "does",  "did",   "has",   "have", "had",   "than",   "then", "if",
              "when", "where", "while", "not",   "also", "only",  "into",   "onto", "via",
              "per",  "this",  "these", "those", "its",  "their", "it",     "they", "so",
              "such", "up",    "out",   "off",   "over"})
            words.insert(QString::fromLatin1(w));
        return words;
    }();
    return set;
}

const QSet<QString> &copula()
{
    static const QSet<QString> set = {
        QStringLiteral("is"),    QStringLiteral("are"),    QStringLiteral("was"),
        QStringLiteral("were"),  QStringLiteral("be"),     QStringLiteral("been"),
        QStringLiteral("being"), QStringLiteral("remain"), QStringLiteral("remains")};
    return set;
}

// The next word makes the compound attributive when it is a content word.
bool followedByNoun(QStringView rest)
{
    static const QRegularExpression next(
        QStringLiteral(R"(^[ \t]*\n?[ \t]*([A-Za-z][A-Za-z]+)\b)"));
    const auto m = next.matchView(rest);
    return m.hasMatch() && !function().contains(m.captured(1).toLower());
}

struct FormUse
{
    QString key;
    QString form; // lower case, as written
    FormClass kind = FormClass::Closed;
    int start = 0; // offsets within the text
    int end = 0;
};

// A quick "certainly not a key" before the set lookup, which hashes the whole word: a bit per
// (length, first letter, last letter) of the keys.
struct KeyFilter
{
    explicit KeyFilter(const QSet<QString> &keys)
        : m_keys(keys)
    {
        for (const QString &k : keys)
            if (!k.isEmpty())
                m_bits.setBit(slot(k));
    }
    bool contains(const QString &key) const
    {
        return !key.isEmpty() && m_bits.testBit(slot(key)) && m_keys.contains(key);
    }
    static qsizetype slot(const QString &k)
    {
        return ((std::min<qsizetype>(k.size(), 63) << 10) | ((k.front().unicode() & 31) << 5) |
                (k.back().unicode() & 31));
    }
    const QSet<QString> &m_keys;
    QBitArray m_bits{64 << 10};
};

// Whether a lower-case word is one of the function words; most words are longer than any.
bool isFunctionWord(const QString &w)
{
    static const qsizetype longest = [] {
        qsizetype n = 0;
        for (const QString &f : function())
            n = std::max(n, f.size());
        return n;
    }();
    return w.size() <= longest && function().contains(w);
}

// Every use of a candidate compound in one masked text. `source` is the unmasked text of the
// same span (null for texts from other files): an open form counts only where one plain space
// stands between its words in the source, so nothing in between (a quote, markup) is rewritten.
// Buffers reused from word to word and span to span: formsIn reads every word of the prose.
struct FormScratch
{
    QString w, previous, beforePrevious, key;
};

QList<FormUse> formsIn(const QString &masked, QStringView source, const KeyFilter &keys,
                       FormScratch &scratch)
{
    QList<FormUse> out;
    QString &w = scratch.w, &previous = scratch.previous, &beforePrevious = scratch.beforePrevious,
            &key = scratch.key;
    previous.resize(0);
    beforePrevious.resize(0);
    int previousStart = -1, previousEnd = -1;
    forEachWord(masked, [&](qsizetype from, qsizetype to) {
        w.resize(0);
        for (qsizetype i = from; i < to; ++i) // ASCII letters and hyphens
            w.append(QChar(masked.at(i).unicode() | (isAsciiLetter(masked.at(i)) << 5)));
        const int start = int(from), end = int(to);
        const QStringView rest = QStringView(masked).mid(end);
        const bool hyphen = w.contains(u'-');
        if (hyphen) {
            keyInto(w, key);
            // After "to" or a modal the compound is a verb ("can backslash-escape the ..."),
            // which is hyphenated where the noun is not.
            static const QSet<QString> verbal = {
                QStringLiteral("to"),    QStringLiteral("can"),    QStringLiteral("may"),
                QStringLiteral("must"),  QStringLiteral("should"), QStringLiteral("will"),
                QStringLiteral("shall"), QStringLiteral("could"),  QStringLiteral("would")};
            // After a copula ("are case-sensitive") a predicative adjective may be written
            // either way; it agrees with every noun form.
            const bool verb = verbal.contains(previous) || copula().contains(previous);
            if (keys.contains(key))
                out.append({key, w,
                            verb || (!w.endsWith(u's') && followedByNoun(rest))
                                ? FormClass::Attributive
                                : FormClass::Hyphen,
                            start, end});
        } else {
            if (w.size() > 3) {
                keyInto(w, key);
                if (keys.contains(key))
                    out.append({key, w, FormClass::Closed, start, end});
            }
            const bool oneSpace = previousEnd >= 0 && start == previousEnd + 1 &&
                                  masked.at(previousEnd) == u' ' &&
                                  (source.isNull() || source.at(previousEnd) == u' ');
            // "as is" is not the word "as-is": open forms of function words do not count.
            if (oneSpace && !isFunctionWord(previous) && !isFunctionWord(w)) {
                keyInto(previous, key, w);
                if (keys.contains(key))
                    out.append({key, previous + u' ' + w,
                                // A plural ("end users see") is a noun, whatever follows.
                                !w.endsWith(u's') &&
                                        (followedByNoun(rest) || copula().contains(beforePrevious))
                                    ? FormClass::Attributive
                                    : FormClass::Open,
                                previousStart, end});
            }
        }
        std::swap(beforePrevious, previous);
        if (hyphen)
            previous.resize(0);
        else
            std::swap(previous, w);
        previousStart = start;
        previousEnd = hyphen ? -1 : end;
    });
    return out;
}

QStringList proseOf(const SpecDocument &doc)
{
    QStringList texts;
    const SourceText &src = doc.source();
    for (const Block &b : doc.blocks()) {
        if ((b.kind != BlockKind::Paragraph && b.kind != BlockKind::Heading) || b.inQuote)
            continue;
        const int from = src.lineStartOffset(b.startLine);
        const int to = src.lineStartOffset(b.endLine) + int(src.line(b.endLine).size());
        texts.append(ProseScanner::maskNonProse(QStringView(doc.text()).mid(from, to - from)));
    }
    return texts;
}

// Term drift on one snapshot: the compounds each unit writes with a hyphen (the candidate keys)
// and its uses of the candidates, and the same for the other files of the workspace.
struct TermDriftMemo : LintMemo
{
    struct Unit
    {
        QStringList hyphenKeys; // distinct, in order of first use
        QList<FormUse> uses;    // offsets from the unit's start
    };
    struct OtherFile
    {
        SpecDocument::Ptr document; // kept alive: the pointer is the cache key
        QStringList hyphenKeys;
        QList<FormUse> uses; // for `keys` below
    };
    QList<Unit> units;
    QList<OtherFile> others; // in workspace order
    QSet<QString> keys;      // the candidates the uses were found for
};

QStringList hyphenKeysIn(QStringView text, QSet<QString> &seen)
{
    QStringList out;
    forEachWord(text, [&](qsizetype from, qsizetype to) {
        const QStringView compound = text.mid(from, to - from);
        if (!compound.contains(u'-'))
            return;
        QString key = keyOf(compound);
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(std::move(key));
        }
    });
    return out;
}

// The uses of `keys` only: a use found for more candidates still holds when some go away.
QList<FormUse> onlyKeys(const QList<FormUse> &uses, const QSet<QString> &keys)
{
    QList<FormUse> out;
    for (const FormUse &u : uses)
        if (keys.contains(u.key))
            out.append(u);
    return out;
}

} // namespace

void TermDrift::check(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    const LintUnits &units = context.units();
    const auto previous = context.previousMemo<TermDriftMemo>(rule.id());
    auto memo = std::make_shared<TermDriftMemo>();
    memo->units.resize(units.size());
    auto previousUnit = [&](int u) -> const TermDriftMemo::Unit * {
        const int p = previous ? units.previousOf(u) : -1;
        return p >= 0 && p < previous->units.size() ? &previous->units.at(p) : nullptr;
    };
    // The spans of the units read anew (all of them in a full lint), masked for the rule's scope.
    QList<bool> fresh(units.size());
    int freshCount = 0;
    for (int u = 0; u < units.size(); ++u)
        freshCount += (fresh[u] = previousUnit(u) == nullptr) ? 1 : 0;
    auto spansOf = [&](const QList<bool> &which, int count) {
        if (count == units.size())
            return LintScope::spans(rule, context, false);
        LintContext part(doc, context.workspace(), context.config(), context.profile());
        part.restrictToSections(which);
        return LintScope::spans(rule, part, false);
    };
    QList<LintContext::Span> prose = spansOf(fresh, freshCount);

    // Candidate keys: compounds written with a hyphen in this file, the workspace or the glossary.
    {
        QList<QSet<QString>> seen(units.size());
        for (const LintContext::Span &s : std::as_const(prose)) {
            const int u = LintUnits::unitOfSection(s.section);
            memo->units[u].hyphenKeys += hyphenKeysIn(s.masked, seen[u]);
        }
    }
    for (int u = 0; u < units.size(); ++u)
        if (!fresh.at(u))
            memo->units[u] = *previousUnit(u);
    QHash<const SpecDocument *, const TermDriftMemo::OtherFile *> known;
    if (previous)
        for (const TermDriftMemo::OtherFile &o : previous->others)
            known.insert(o.document.get(), &o);
    const QString glossary = GlossaryRules::glossaryText(context);
    if (const Workspace *ws = context.workspace()) {
        for (const QString &file : ws->files()) {
            const SpecDocument::Ptr other = ws->document(file);
            if (!other || other->filePath() == doc.filePath())
                continue;
            if (const TermDriftMemo::OtherFile *o = known.value(other.get())) {
                memo->others.append(*o);
                continue;
            }
            TermDriftMemo::OtherFile o{other, {}, {}};
            QSet<QString> seen;
            for (const QString &t : proseOf(*other))
                o.hyphenKeys += hyphenKeysIn(t, seen);
            memo->others.append(std::move(o));
        }
    }
    QSet<QString> &keys = memo->keys;
    for (const TermDriftMemo::Unit &u : std::as_const(memo->units))
        for (const QString &k : u.hyphenKeys)
            keys.insert(k);
    for (const TermDriftMemo::OtherFile &o : std::as_const(memo->others))
        for (const QString &k : o.hyphenKeys)
            keys.insert(k);
    if (!glossary.isEmpty()) {
        QSet<QString> seen;
        for (const QString &k : hyphenKeysIn(glossary, seen))
            keys.insert(k);
    }

    // The uses of the candidates. What was found last time holds for the same candidates or
    // fewer; a new candidate is looked for everywhere.
    const bool fewerKeys =
        previous && std::all_of(keys.cbegin(), keys.cend(),
                                [&](const QString &k) { return previous->keys.contains(k); });
    const bool sameKeys = fewerKeys && previous->keys.size() == keys.size();
    if (!fewerKeys && freshCount < units.size()) {
        fresh.fill(true);
        freshCount = int(units.size());
        prose = spansOf(fresh, freshCount);
    }
    const KeyFilter filter(keys);
    FormScratch scratch;
    const QString &text = doc.text();
    for (int u = 0; u < units.size(); ++u)
        if (fresh.at(u))
            memo->units[u].uses.clear();
        else if (!sameKeys)
            memo->units[u].uses = onlyKeys(memo->units.at(u).uses, keys);
    if (!keys.isEmpty()) {
        for (const LintContext::Span &s : std::as_const(prose)) {
            const int u = LintUnits::unitOfSection(s.section);
            const int shift = s.offset - units.at(u).startOffset;
            for (FormUse use : formsIn(s.masked, QStringView(text).mid(s.offset, s.masked.size()),
                                       filter, scratch)) {
                use.start += shift;
                use.end += shift;
                memo->units[u].uses.append(std::move(use));
            }
        }
    }
    for (TermDriftMemo::OtherFile &o : memo->others) {
        const TermDriftMemo::OtherFile *before = known.value(o.document.get());
        if (before && sameKeys)
            continue;
        if (before && fewerKeys) {
            o.uses = onlyKeys(o.uses, keys);
            continue;
        }
        o.uses.clear();
        if (keys.isEmpty())
            continue;
        for (const QString &t : proseOf(*o.document))
            o.uses += formsIn(t, {}, filter, scratch);
    }
    context.keepMemo(rule.id(), memo);
    if (keys.isEmpty())
        return;

    // Count the classes of every key; the glossary's class wins, else the most frequent.
    QHash<QString, QHash<int, int>> counts;
    QHash<QString, QHash<QString, int>> spellings; // key -> form -> count, to pick the fix
    for (const TermDriftMemo::Unit &unit : std::as_const(memo->units))
        for (const FormUse &u : unit.uses)
            counts[u.key][int(u.kind)] += 1, spellings[u.key][u.form] += 1;
    for (const TermDriftMemo::OtherFile &o : std::as_const(memo->others))
        for (const FormUse &u : o.uses)
            counts[u.key][int(u.kind)] += 1, spellings[u.key][u.form] += 1;
    QHash<QString, int> glossaryClass;
    if (!glossary.isEmpty())
        for (const FormUse &u : formsIn(glossary, {}, filter, scratch))
            if (u.kind != FormClass::Attributive)
                glossaryClass.insert(u.key, int(u.kind));
    for (int unit = 0; unit < units.size(); ++unit) {
        const int unitStart = units.at(unit).startOffset;
        for (const FormUse &u : memo->units.at(unit).uses) {
            const QHash<int, int> &c = counts.value(u.key);
            int preferred = glossaryClass.value(u.key, -1);
            if (preferred < 0) {
                int best = 0;
                for (int k : {int(FormClass::Hyphen), int(FormClass::Open), int(FormClass::Closed)})
                    if (c.value(k) > best)
                        best = c.value(k), preferred = k;
            }
            if (preferred < 0 || compatible(FormClass(preferred), u.kind))
                continue;
            // The preferred spelling with the same number (singular or plural) as this use.
            const bool plural = u.form.endsWith(u's') && keyOf(u.form) != u.form.toLower();
            QString want;
            int wantCount = 0;
            const QHash<QString, int> &f = spellings.value(u.key);
            for (auto it = f.cbegin(); it != f.cend(); ++it) {
                const bool isHyphen = it.key().contains(u'-'), isOpen = it.key().contains(u' ');
                const FormClass k = isHyphen ? FormClass::Hyphen
                                    : isOpen ? FormClass::Open
                                             : FormClass::Closed;
                const bool itPlural = it.key().endsWith(u's') && keyOf(it.key()) != it.key();
                if (k == FormClass(preferred) && itPlural == plural && it.value() > wantCount)
                    want = it.key(), wantCount = it.value();
            }
            const int start = unitStart + u.start, end = unitStart + u.end;
            const QString original = text.mid(start, end - start);
            const QString shownWant = want.isEmpty() ? QString() : want;
            QList<Fix> fixes;
            if (!want.isEmpty()) {
                QString replacement = want;
                if (original.at(0).isUpper())
                    replacement[0] = replacement.at(0).toUpper();
                fixes.append(Fix{QCoreApplication::translate("GlossaryRules", "Change to \"%1\"")
                                     .arg(replacement),
                                 {{start, end, replacement}}});
            }
            const QString message =
                want.isEmpty()
                    ? QCoreApplication::translate(
                          "GlossaryRules",
                          "\"%1\" is written differently elsewhere in this text; use one form")
                          .arg(original)
                    : QCoreApplication::translate("GlossaryRules",
                                                  "\"%1\" is also written \"%2\"; use one form")
                          .arg(original, shownWant);
            context.report(rule, start, end, message, fixes);
        }
    }
}

} // namespace Specwright
