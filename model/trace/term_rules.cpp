#include "term_rules.h"

#include "function_rule.h"
#include "lint_context.h"
#include "prose_scanner.h"
#include "term_extractor.h"
#include "trace_index.h"
#include "trace_rules.h"

#include <QRegularExpression>
#include <QSet>

namespace Specwright {

namespace {

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : s.front().toUpper() + s.mid(1);
}

QString singular(const QString &form, const QString &termKey)
{
    const QString key = TermExtractor::keyOf(form);
    return key.size() == termKey.size() + 1 && key.endsWith(u's') ? form.chopped(1) : form;
}

// Whether `form` is a way the defining module writes the term (or its plural).
bool isAllowed(const QString &form, const DefinedTerm &term, const QSet<QString> &definingForms)
{
    const QString base = singular(form, term.key);
    // "data content type" is prose about the thing, not a misspelt attribute name.
    if (term.identifier && form.contains(u' '))
        return true;
    // "mediaTypes" for "Media Types" is a field name, not another spelling of the term.
    if (!term.identifier && !form.contains(u' ') && !form.contains(u'-') && !form.contains(u'_')) {
        for (int i = 1; i < form.size(); ++i)
            if (form.at(i).isUpper() && form.at(i - 1).isLower())
                return true;
    }
    if (term.identifier)
        return base == term.term || base == capitalized(term.term) || base == term.term.toUpper() ||
               definingForms.contains(base);
    const QString lower = base.toLower();
    for (const QString &f : definingForms)
        if (f.toLower() == lower)
            return true;
    return lower == term.term.toLower();
}

// "Auth_Service", "CartService", "Label Printer": written as a name someone defined. A single
// capitalised word ("the Server SHALL") is ordinary prose.
bool looksDefined(const QString &name)
{
    if (name.contains(u'_') || name.contains(u' '))
        return true;
    for (int i = 1; i < name.size(); ++i)
        if (name.at(i).isUpper() && name.at(i - 1).isLower())
            return true;
    return false;
}

} // namespace

void TermRules::create(LintRuleList &rules)
{
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("terms/variant-form"), Severity::Warning, QList<LintProfile>{},
        [] { return tr("A term is written differently from the module that defines it"); },
        [] {
            return tr("A module writes a term defined in another module (a glossary or "
                      "terminology section, a key entity, an attribute) in a form the defining "
                      "module does not use: other hyphenation or spacing (\"event-format\" for "
                      "\"event format\"), or another case of a code-like name (\"dataContentType\" "
                      "for \"datacontenttype\"). The quick fix writes the defining module's "
                      "form.");
        },
        &TermRules::variantForm));
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("terms/unused"), Severity::Info, QList<LintProfile>{},
        [] { return tr("A defined term is used nowhere"); },
        [] {
            return tr("A term defined in a glossary, terminology or key-entity section is not "
                      "written anywhere else in the workspace.");
        },
        &TermRules::unusedTerm));
    rules.push_back(std::make_unique<FunctionRule>(
        QStringLiteral("terms/undefined-name"), Severity::Warning, QList<LintProfile>{},
        [] { return tr("A name is used as a defined term but defined nowhere"); },
        [] {
            return tr("An EARS sentence names its system (\"THE Auth_Service SHALL ...\"), but "
                      "no glossary or terminology section of the workspace defines that name.");
        },
        &TermRules::undefinedName));
}

void TermRules::variantForm(const LintRule &rule, LintContext &context)
{
    QString rel;
    const TraceIndex::Ptr index = TraceRules::indexFor(context, rel);
    if (!index || index->terms().isEmpty())
        return;
    const auto file = index->file(rel);
    if (!file)
        return;
    const QString &text = context.document().text();
    QSet<QString> reported;
    for (auto it = file->forms.cbegin(); it != file->forms.cend(); ++it) {
        QString key = it.key();
        QList<int> terms = index->termsWithKey(key);
        if (terms.isEmpty() && key.endsWith(u's'))
            terms = index->termsWithKey(key.chopped(1));
        if (terms.isEmpty())
            continue;
        // A term several modules define belongs to the one that defines the most terms (the
        // core spec rather than an extension restating it).
        int owner = terms.first();
        for (int t : terms)
            if (index->file(index->terms().at(t).file)->terms.size() >
                index->file(index->terms().at(owner).file)->terms.size())
                owner = t;
        const DefinedTerm &term = index->terms().at(owner);
        bool definedHere = false;
        for (int t : terms)
            definedHere |= index->terms().at(t).file == rel;
        if (definedHere || reported.contains(term.key))
            continue;
        const auto defining = index->file(term.file);
        QSet<QString> definingForms{term.term};
        // The defining module's most frequent form, with a capital and without one.
        QString preferredUpper = term.term.front().isUpper() ? term.term : QString();
        QString preferredLower = term.term.front().isLower() ? term.term : QString();
        int upperCount = 0, lowerCount = 0;
        for (const QString &k : {term.key, QString(term.key + u's')}) {
            for (const TermForm &f : defining->forms.value(k)) {
                definingForms.insert(singular(f.form, term.key));
                if (k != term.key)
                    continue;
                int &count = f.form.front().isUpper() ? upperCount : lowerCount;
                if (f.count > count) {
                    count = f.count;
                    (f.form.front().isUpper() ? preferredUpper : preferredLower) = f.form;
                }
            }
        }
        for (const TermForm &f : *it) {
            // A natural-language term counts where it is prose; code spans name other things.
            if ((!term.identifier && f.proseCount == 0) || isAllowed(f.form, term, definingForms))
                continue;
            const int at = term.identifier ? f.firstOffset : f.firstProseOffset;
            reported.insert(term.key);
            // Every occurrence of this exact form in the prose, replaced with the defining
            // module's form.
            const QRegularExpression exact(
                QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(f.form)));
            QString preferred = term.term;
            if (!term.identifier) {
                if (f.form.front().isUpper())
                    preferred =
                        preferredUpper.isEmpty() ? capitalized(preferredLower) : preferredUpper;
                else
                    preferred =
                        preferredLower.isEmpty() ? preferredUpper.toLower() : preferredLower;
            }
            const QString replacement =
                singular(f.form, term.key) == f.form ? preferred : preferred + f.form.right(1);
            QList<TextEdit> edits;
            const SourceText &src = context.document().source();
            for (const Block &b : context.document().blocks()) {
                if (!TermExtractor::readsBlock(b))
                    continue;
                const int from = src.lineStartOffset(b.startLine);
                const int to = src.lineStartOffset(b.endLine) + int(src.line(b.endLine).size());
                const QString raw = text.mid(from, to - from);
                const QString prose = term.identifier
                                          ? ProseScanner::maskLinks(raw)
                                          : ProseScanner::maskCode(ProseScanner::maskLinks(raw));
                auto m = exact.globalMatch(prose);
                while (m.hasNext()) {
                    const auto match = m.next();
                    edits.append({from + int(match.capturedStart()),
                                  from + int(match.capturedEnd()), replacement});
                }
            }
            const QList<Fix> fixes{{tr("Write \"%1\"").arg(replacement), edits}};
            context.report(rule, at, at + int(f.form.size()),
                           tr("\"%1\" is written \"%2\" in %3, which defines it")
                               .arg(f.form, term.term, term.file),
                           fixes);
            break;
        }
    }
}

void TermRules::unusedTerm(const LintRule &rule, LintContext &context)
{
    QString rel;
    const TraceIndex::Ptr index = TraceRules::indexFor(context, rel);
    if (!index)
        return;
    for (const DefinedTerm &term : index->terms()) {
        if (term.file != rel)
            continue;
        int count = 0;
        for (const auto &use : index->uses(term.key))
            count += use.form.count;
        // The definition itself is one use.
        if (count > 1)
            continue;
        context.report(rule, term.range.startOffset, term.range.endOffset,
                       tr("the term \"%1\" is defined here but used nowhere").arg(term.term));
    }
}

void TermRules::undefinedName(const LintRule &rule, LintContext &context)
{
    QString rel;
    const TraceIndex::Ptr index = TraceRules::indexFor(context, rel);
    if (!index)
        return;
    const auto file = index->file(rel);
    if (!file)
        return;
    const bool glossaryExists = !index->terms().isEmpty();
    QSet<QString> reported;
    for (const NameUse &use : file->nameUses) {
        if (!glossaryExists && !use.name.contains(u'_'))
            continue;
        if (!looksDefined(use.name))
            continue;
        if (!index->termsWithKey(use.key).isEmpty() ||
            (use.key.endsWith(u's') && !index->termsWithKey(use.key.chopped(1)).isEmpty()))
            continue;
        if (reported.contains(use.key))
            continue;
        reported.insert(use.key);
        context.report(
            rule, use.range.startOffset, use.range.endOffset,
            tr("\"%1\" is used as a defined name, but no glossary defines it").arg(use.name));
    }
}

} // namespace Specwright
