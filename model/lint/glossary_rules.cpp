#include "glossary_rules.h"

#include "bounded_file_reader.h"
#include "function_rule.h"
#include "lint_context.h"
#include "prose_scanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Specwright {

namespace {

const QSet<QString> &wellKnownAcronyms()
{
    static const QSet<QString> known = [] {
        QSet<QString> s;
        for (const char *w :
             {"API",      "APIs",        "URL",      "URLs",  "URI",    "HTTP",    "HTTPS",
              "JSON",     "XML",         "HTML",     "CSS",   "UI",     "ID",      "IDs",
              "OK",       "PDF",         "CLI",      "IDE",   "UTF",    "ASCII",   "SQL",
              "CPU",      "GPU",         "RAM",      "OS",    "AI",     "US",      "UK",
              "EU",       "UN",          "TCP",      "IP",    "DNS",    "TLS",     "SSL",
              "SSH",      "PNG",         "JPEG",     "GIF",   "SVG",    "CSV",     "TSV",
              "YAML",     "TOML",        "UTC",      "GMT",   "ISO",    "IEEE",    "RFC",
              "BCP",      "IETF",        "W3C",      "FAQ",   "PM",     "AM",      "TV",
              "GB",       "MB",          "KB",       "TB",    "GHz",    "MHz",     "USB",
              "SDK",      "TODO",        "TBD",      "FIXME", "XXX",    "GOOD",    "BAD",
              "NOTE",     "EARS",        "MUST",     "SHALL", "SHOULD", "MAY",     "NOT",
              "REQUIRED", "RECOMMENDED", "OPTIONAL", "WHEN",  "WHILE",  "IF",      "WHERE",
              "THE",      "THEN",        "AND",      "OR",    "WILL",   "CAN",     "CANNOT",
              "MIGHT",    "COULD",       "NEVER",    "SHAN",  "MUSTN",  "SHOULDN", "FR",
              "NFR",      "SC",          "REQ",      "II",    "III",    "IV",      "VI",
              "VII",      "VIII",        "IX",       "XI",    "XII",    "ALL",     "ANY",
              "NO",       "YES",         "ONLY",     "DO",    "DONT",   "NONE",    "STOP",
              "FAIL",     "PASS",        "ALWAYS",   "IS",    "ARE",    "A",       "AN",
              "IN",       "ON",          "OF",       "TO",    "FOR",    "BY",      "AT",
              "BE",       "IT",          "WITH",     "USE",   "SEE",    "NEW",     "OUT",
              "END",      "TEST",        "FIRST",    "THIS",  "THAT",   "DONE",    "WARN",
              "INFO"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return known;
}

// "Full Name (ABC)", "ABC (Full Name)", "**ABC**", "| ABC |", "ABC:" at a line start, "ABC —".
QSet<QString> definedAcronyms(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)s?\)|\b([A-Z][A-Z0-9]{1,7})s?\s+\((?=[A-Za-z])|)"
            R"(\*\*([A-Z][A-Z0-9]{1,7})s?\*\*|^\|\s*([A-Z][A-Z0-9]{1,7})\s*\||^\W*([A-Z][A-Z0-9]{1,7})\s*(?::|—| - ))"),
        QRegularExpression::MultilineOption);
    QSet<QString> defined;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        for (int g = 1; g <= 5; ++g)
            if (!m.capturedView(g).isEmpty())
                defined.insert(m.captured(g));
    }
    return defined;
}

QString joined(QStringView hyphenated)
{
    QString s = hyphenated.toString().toLower();
    s.remove(u'-');
    return s;
}

// Counts word forms of hyphenated compounds in the prose of one document: "e-mail", "email",
// "e mail" all count under the key "email".
void countForms(const QString &masked, const QSet<QString> &keys,
                QHash<QString, QHash<QString, int>> &forms)
{
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z]+(?:-[A-Za-z]+)*)"));
    QString previous;
    auto it = word.globalMatch(masked);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured(0).toLower();
        if (w.contains(u'-')) {
            const QString key = joined(w);
            if (keys.contains(key))
                forms[key][w] += 1;
        } else {
            if (keys.contains(w))
                forms[w][w] += 1;
            if (!previous.isEmpty() && keys.contains(previous + w))
                forms[previous + w][previous + u' ' + w] += 1;
        }
        previous = w.contains(u'-') ? QString() : w;
    }
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

} // namespace

void GlossaryRules::create(LintRuleList &rules)
{
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("glossary/undefined-acronym"), Severity::Info, QList<LintProfile>{},
        [] { return tr("Acronym used without a definition"); },
        [] {
            return tr(
                "An upper-case acronym is used but never spelled out, neither as \"Full Name "
                "(ABC)\" in the file nor in the glossary file. Well-known acronyms (HTTP, "
                "JSON, ...) and the option known = [...] are exempt. Reported once per file.");
        },
        &undefinedAcronyms));
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("glossary/term-drift"), Severity::Info, QList<LintProfile>{},
        [] { return tr("Term written in different forms"); },
        [] {
            return tr(
                "The same compound is written in more than one form (\"e-mail\", \"email\", "
                "\"e mail\") in this file or across the workspace. Readers then wonder whether "
                "they mean different things. The glossary form, or else the most common one, "
                "is preferred; the quick fix rewrites this use.");
        },
        &termDrift));
}

QString GlossaryRules::glossaryText(const LintContext &context)
{
    const QString name = context.config().glossaryFile();
    if (name.isEmpty())
        return {};
    QString path = name;
    if (QFileInfo(name).isRelative()) {
        const QString root = context.workspace()
                                 ? context.workspace()->rootPath()
                                 : QFileInfo(context.config().path()).absolutePath();
        path = QDir(root).filePath(name);
    }
    if (context.workspace())
        if (const SpecDocument::Ptr doc = context.workspace()->document(path))
            return doc->text();
    const BoundedFileReader::Result read = BoundedFileReader::read(path);
    return read.ok ? QString::fromUtf8(read.bytes) : QString();
}

void GlossaryRules::undefinedAcronyms(const LintRule &rule, LintContext &context)
{
    // Letters only: CHK001 or US1 are identifiers, not acronyms.
    static const QRegularExpression acronym(
        QStringLiteral(R"((?<![\w\-\[])([A-Z]{2,5})(s?)(?![\w\-]))"));
    const QList<LintContext::Span> &prose = context.prose();
    if (prose.isEmpty())
        return;
    QSet<QString> defined = definedAcronyms(context.document().text());
    defined.unite(definedAcronyms(glossaryText(context)));
    for (const QString &k : context.listOption(rule, QStringLiteral("known")))
        defined.insert(k);
    const QSet<QString> &known = wellKnownAcronyms();
    QSet<QString> reported;
    for (const LintContext::Span &span : prose) {
        auto it = acronym.globalMatch(span.masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString a = m.captured(1);
            if (a.size() > 8 || known.contains(a) || defined.contains(a) || reported.contains(a))
                continue;
            // An upper-case run of words ("DO NOT DISTURB") is emphasis, not an acronym.
            const QStringView after = QStringView(span.masked).mid(m.capturedEnd(0));
            const QStringView before = QStringView(span.masked).left(m.capturedStart(0)).trimmed();
            if ((after.size() > 1 && after.at(0) == u' ' && after.at(1).isUpper() &&
                 after.mid(1).size() > 1 && after.at(2).isUpper()) ||
                (before.size() > 1 && before.back().isUpper() &&
                 before.at(before.size() - 2).isUpper()))
                continue;
            reported.insert(a);
            const int start = span.offset + int(m.capturedStart(1));
            context.report(
                rule, start, start + int(a.size()),
                tr("\"%1\" is not defined; spell it out on first use, e.g. \"Full Name (%1)\"")
                    .arg(a));
        }
    }
}

void GlossaryRules::termDrift(const LintRule &rule, LintContext &context)
{
    static const QRegularExpression hyphenated(
        QStringLiteral(R"((?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w-]))"));
    const QList<LintContext::Span> &prose = context.prose();
    // Candidate keys: compounds written with a hyphen in this file, the workspace or the glossary.
    QSet<QString> keys;
    QStringList texts;
    for (const LintContext::Span &s : prose)
        texts.append(s.masked);
    const QString glossary = glossaryText(context);
    if (const Workspace *ws = context.workspace()) {
        for (const QString &file : ws->files()) {
            const SpecDocument::Ptr doc = ws->document(file);
            if (doc && doc->filePath() != context.document().filePath())
                texts += proseOf(*doc);
        }
    }
    if (!glossary.isEmpty())
        texts.append(glossary);
    for (const QString &t : std::as_const(texts)) {
        auto it = hyphenated.globalMatch(t);
        while (it.hasNext())
            keys.insert(joined(it.next().capturedView(0)));
    }
    if (keys.isEmpty())
        return;
    QHash<QString, QHash<QString, int>> forms;
    for (const QString &t : std::as_const(texts))
        countForms(t, keys, forms);
    // Preferred form: the glossary's, else the most frequent (ties: the hyphenated one).
    QHash<QString, QString> preferred;
    QHash<QString, QHash<QString, int>> glossaryForms;
    if (!glossary.isEmpty())
        countForms(glossary, keys, glossaryForms);
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QString best;
        int bestCount = -1;
        const auto &g = glossaryForms.value(it.key());
        for (auto f = it->cbegin(); f != it->cend(); ++f) {
            const int score = (g.contains(f.key()) ? 1000000 : 0) + f.value() * 2 +
                              (f.key().contains(u'-') ? 1 : 0);
            if (score > bestCount)
                best = f.key(), bestCount = score;
        }
        preferred.insert(it.key(), best);
    }
    if (preferred.isEmpty())
        return;
    for (const LintContext::Span &span : prose) {
        static const QRegularExpression token(
            QStringLiteral(R"((?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)*)(?![\w-]))"));
        auto it = token.globalMatch(span.masked);
        QString previous;
        int previousStart = -1;
        while (it.hasNext()) {
            const auto m = it.next();
            const QString w = m.captured(1).toLower();
            QString key, form;
            int start = span.offset + int(m.capturedStart(1));
            const int end = span.offset + int(m.capturedEnd(1));
            if (preferred.contains(joined(w)) && (w.contains(u'-') || preferred.contains(w))) {
                key = joined(w);
                form = w;
            } else if (!previous.isEmpty() && preferred.contains(previous + w) &&
                       span.masked.at(m.capturedStart(1) - 1) == u' ') {
                key = previous + w;
                form = previous + u' ' + w;
                start = previousStart;
            }
            previous = w.contains(u'-') ? QString() : w;
            previousStart = span.offset + int(m.capturedStart(1));
            if (key.isEmpty() || preferred.value(key) == form)
                continue;
            const QString want = preferred.value(key);
            const QString original = context.document().text().mid(start, end - start);
            QString replacement = want;
            if (!original.isEmpty() && original.at(0).isUpper())
                replacement[0] = replacement.at(0).toUpper();
            context.report(
                rule, start, end,
                tr("\"%1\" is also written \"%2\"; use one form").arg(original, want),
                {Fix{tr("Change to \"%1\"").arg(replacement), {{start, end, replacement}}}});
            previous.clear();
        }
    }
}

} // namespace Specwright
