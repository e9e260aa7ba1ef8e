#include "glossary_rules.h"

#include "bounded_file_reader.h"
#include "function_rule.h"
#include "lint_context.h"
#include "term_drift.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
                "JSON, ...) and the option known = [...] are exempt. Reported once per file. Off "
                "by default: on real specs most hits are protocol and product names.");
        },
        &undefinedAcronyms, FunctionRule::Check{}, false)); // 1 of 30 real on real specs
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
        &TermDrift::check));
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

} // namespace Specwright
