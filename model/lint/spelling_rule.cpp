#include "spelling_rule.h"

#include "lint_context.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <Sonnet/Speller>

namespace Specwright {

namespace {

// One hunspell instance serves every thread (Sonnet caches it per language); it is not
// re-entrant, so checks take turns.
QMutex &spellerMutex()
{
    static QMutex mutex;
    return mutex;
}

// Words written in the document's code (spans, fences) are identifiers when they recur in prose.
QSet<QString> codeWords(const SpecDocument &doc)
{
    static const QRegularExpression span(QStringLiteral("`+([^`\n]+)`+"));
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z][A-Za-z']+)"));
    QSet<QString> out;
    auto add = [&out](QStringView text) {
        auto it = word.globalMatchView(text);
        while (it.hasNext())
            out.insert(it.next().captured(0).toLower());
    };
    const QString &text = doc.text();
    auto it = span.globalMatch(text);
    while (it.hasNext())
        add(it.next().capturedView(1));
    const SourceText &src = doc.source();
    for (const Block &b : doc.blocks())
        if (b.kind == BlockKind::CodeFence || b.kind == BlockKind::IndentedCode ||
            b.kind == BlockKind::HtmlBlock)
            for (int l = b.startLine; l <= b.endLine; ++l)
                add(src.line(l));
    for (const Section &s : doc.sections())
        add(s.id);
    return out;
}

const QSet<QString> &technicalWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/specwright/lint/technical-words.txt"));
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray &raw : file.readAll().split('\n'))
                if (!raw.trimmed().isEmpty() && !raw.startsWith('#'))
                    set.insert(QString::fromUtf8(raw.trimmed()));
        return set;
    }();
    return words;
}

// "unescaped", "subexpression", "re-encoding": a known word behind a common prefix.
bool knownWithPrefix(const Sonnet::Speller &speller, const QString &word,
                     const QSet<QString> &accepted)
{
    static const char *const prefixes[] = {"un",    "sub",   "de",    "re",   "pre", "non",
                                           "multi", "inter", "super", "over", "co",  "mis"};
    for (const char *p : prefixes) {
        const QString prefix = QString::fromLatin1(p);
        if (word.size() > prefix.size() + 3 && word.startsWith(prefix)) {
            const QString rest = word.mid(prefix.size());
            if (accepted.contains(rest) || technicalWords().contains(rest) ||
                speller.isCorrect(rest))
                return true;
        }
    }
    return false;
}

} // namespace

SpellingRule::SpellingRule()
    // Off by default: on real specs nearly every unknown word is correct jargon until the
    // workspace word list holds it (tests/data/lint_judgements.tsv). Turn it on per workspace.
    : LintRule(QStringLiteral("spelling/unknown-word"), Severity::Info, {}, false)
{
}

QString SpellingRule::summary() const
{
    return tr("Word the dictionary does not know");
}

QString SpellingRule::doc() const
{
    return tr("A lower-case word of the prose is not in the hunspell dictionary ([spelling] "
              "language, en_US by default) nor in the workspace words ([spelling] words = [...] "
              "and specwright-words.txt). Code, identifiers, URLs, ids, capitalised names and "
              "words used in the document's code are not checked. Quick fixes: the dictionary's "
              "suggestions, or add the word to the workspace dictionary.");
}

bool SpellingRule::hasDictionary(const QString &language)
{
    QMutexLocker lock(&spellerMutex());
    const Sonnet::Speller speller(language);
    return speller.isValid() && speller.availableLanguages().contains(language);
}

QList<std::pair<int, QString>> SpellingRule::candidateWords(QStringView masked)
{
    static const QRegularExpression chunk(QStringLiteral(R"(\S+)"));
    static const QRegularExpression plain(QStringLiteral(R"(^[a-z]+(?:['’][a-z]+)?$)"));
    QList<std::pair<int, QString>> out;
    auto it = chunk.globalMatchView(masked);
    while (it.hasNext()) {
        const auto m = it.next();
        QStringView c = m.capturedView(0);
        // URLs, paths, e-mail addresses, markup and identifiers are not words.
        if (c.contains(u"://") || c.contains(u'@') || c.contains(u'/') || c.contains(u'\\') ||
            c.contains(u'_') || c.contains(u'=') || c.contains(u'<') || c.contains(u'>') ||
            c.contains(u'{') || c.contains(u'|') || c.contains(u'$') || c.contains(u'#') ||
            c.startsWith(u"www."))
            continue;
        int start = int(m.capturedStart(0));
        static const QString edge = QStringLiteral("*_~([\"'“”‘’.,;:!?)]…");
        while (!c.isEmpty() && edge.contains(c.front()))
            c = c.mid(1), ++start;
        while (!c.isEmpty() && edge.contains(c.back()))
            c.chop(1);
        if (c.contains(u'.') || c.contains(u'*') || c.contains(u'(') || c.contains(u'['))
            continue; // "e.g", "foo.bar", "end-user(s)"
        int partStart = start;
        const QList<QStringView> parts = c.split(u'-');
        bool shortPart = false; // "n-ary", "de-facto", "mis-installs": check nothing
        for (QStringView part : parts)
            shortPart |= parts.size() > 1 && part.size() < 4;
        if (shortPart)
            continue;
        for (QStringView part : parts) {
            if (part.size() >= 3 && plain.matchView(part).hasMatch())
                out.append({partStart, part.toString()});
            partStart += int(part.size()) + 1;
        }
    }
    return out;
}

void SpellingRule::check(LintContext &context) const
{
    const QString language = context.config().spellingLanguage();
    QMutexLocker lock(&spellerMutex());
    Sonnet::Speller speller(language);
    if (!speller.isValid() || !speller.availableLanguages().contains(language)) {
        lock.unlock();
        context.reportLine(*this, 1,
                           tr("spelling not checked: no %1 dictionary is installed (on Debian and "
                              "Ubuntu: sudo apt install hunspell-%2)")
                               .arg(language, language.left(2).toLower()));
        return;
    }
    QSet<QString> accepted = codeWords(context.document());
    for (const QString &w : context.config().spellingWords())
        accepted.insert(w.toLower());
    for (const QString &w : context.listOption(*this, QStringLiteral("words")))
        accepted.insert(w.toLower());
    QHash<QString, QStringList> unknown; // word -> suggestions, for words known to be wrong
    QSet<QString> known;
    struct Hit
    {
        int offset;
        QString word;
    };
    QList<Hit> hits;
    for (const LintContext::Span &span : context.prose()) {
        for (const auto &[at, raw] : candidateWords(span.masked)) {
            QString word = raw;
            word.replace(u'’', u'\'');
            const QString lower = word.toLower();
            if (accepted.contains(lower) || known.contains(lower))
                continue;
            if (!unknown.contains(lower)) {
                // "users'" and "user's" are checked without the possessive.
                QString stem = lower;
                if (stem.endsWith(u"'s"))
                    stem.chop(2);
                QString singular = stem;
                if (singular.endsWith(u's'))
                    singular.chop(1);
                if (speller.isCorrect(word) || speller.isCorrect(stem) || accepted.contains(stem) ||
                    technicalWords().contains(stem) || technicalWords().contains(singular) ||
                    knownWithPrefix(speller, stem, accepted)) {
                    known.insert(lower);
                    continue;
                }
                unknown.insert(lower, speller.suggest(word).mid(0, 3));
            }
            hits.append({span.offset + at, raw});
        }
    }
    lock.unlock();
    for (const Hit &h : std::as_const(hits)) {
        QList<Fix> fixes;
        for (const QString &s : unknown.value(h.word.toLower()))
            fixes.append(
                Fix{tr("Change to \"%1\"").arg(s), {{h.offset, h.offset + int(h.word.size()), s}}});
        Fix add;
        add.title = tr("Add \"%1\" to the workspace dictionary").arg(h.word);
        add.dictionaryWord = h.word;
        fixes.append(add);
        context.report(*this, h.offset, h.offset + int(h.word.size()),
                       tr("\"%1\" is not in the dictionary").arg(h.word), fixes);
    }
}

} // namespace Specwright
