#include "term_extractor.h"

#include "prose_scanner.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Specwright {

namespace {

enum class SectionRole
{
    None,
    Terms,     // terminology, glossary, definitions
    Entities,  // spec-kit "Key Entities"
    Attributes // "Context Attributes", "REQUIRED Attributes"
};

SectionRole roleOf(const QString &title)
{
    static const QRegularExpression terms(
        QStringLiteral(R"(\b(terminology|glossary|definitions?|vocabulary|terms)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression entities(QStringLiteral(R"(\bkey entities\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attributes(QStringLiteral(R"(\battributes\b)"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (entities.match(title).hasMatch())
        return SectionRole::Entities;
    if (terms.match(title).hasMatch())
        return SectionRole::Terms;
    if (attributes.match(title).hasMatch())
        return SectionRole::Attributes;
    return SectionRole::None;
}

bool isGlossaryFile(const QString &relativePath)
{
    const QString base = QFileInfo(relativePath).completeBaseName().toLower();
    return base == u"glossary" || base == u"terminology" || base == u"definitions";
}

} // namespace

QString TermExtractor::keyOf(QStringView form)
{
    QString key;
    key.reserve(form.size());
    for (const QChar c : form)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

void TermExtractor::extract(const SpecDocument &doc, const QString &relativePath, FileTrace &out)
{
    const SourceText &src = doc.source();
    const QList<Section> &sections = doc.sections();

    // The role each section plays for terms: its own, or its nearest ancestor's. A terms
    // section with a terms subsection ("Notations and Terminology" > "Terminology") defines
    // only through that subsection.
    QList<SectionRole> own(sections.size(), SectionRole::None);
    for (int i = 0; i < sections.size(); ++i)
        own[i] = roleOf(sections.at(i).title);
    QList<SectionRole> inherited(sections.size(), SectionRole::None);
    QList<bool> container(sections.size(), false);
    for (int i = 0; i < sections.size(); ++i) {
        const int p = sections.at(i).parent;
        if (p >= 0 && own.at(i) != SectionRole::None && own.at(p) == own.at(i))
            container[p] = true;
    }
    const bool wholeFile = isGlossaryFile(relativePath);
    for (int i = 0; i < sections.size(); ++i) {
        const int p = sections.at(i).parent;
        if (p >= 0 && !container.at(p))
            inherited[i] = own.at(p) != SectionRole::None ? own.at(p) : inherited.at(p);
        else if (p >= 0)
            inherited[i] = SectionRole::None;
        if (wholeFile && inherited.at(i) == SectionRole::None && p >= 0)
            inherited[i] = SectionRole::Terms;
    }

    auto addTerm = [&](const QString &term, TermSource source, bool identifier, int line,
                       int column) {
        const QString key = keyOf(term);
        if (key.size() < 2)
            return;
        DefinedTerm t;
        t.term = term;
        t.key = key;
        t.source = source;
        t.identifier = identifier;
        t.file = relativePath;
        t.line = line;
        const int start = src.lineStartOffset(line) + std::max(0, column);
        t.range = src.rangeFromOffsets(start, start + int(term.size()));
        out.terms.append(t);
    };

    static const QRegularExpression identifierTitle(QStringLiteral(R"(^[a-z][a-z0-9_]*$)"));
    static const QRegularExpression bold(
        QStringLiteral(R"(^\s*(?:[-*+]\s+)?\*\*([^*]{2,60}?)\*\*\s*(?::|—|–| - |\())"));
    static const QRegularExpression requirementId(QStringLiteral(R"(^(?:N?FR|SC|US|T)-?\d+$)"));
    for (int i = 0; i < sections.size(); ++i) {
        const Section &s = sections.at(i);
        const SectionRole role = inherited.at(i);
        const QString plainTitle = ProseScanner::plainSentence(s.title).trimmed();
        const int column = int(src.line(s.headingLine).indexOf(plainTitle));
        if (role == SectionRole::Terms && !container.at(i) && own.at(i) == SectionRole::None &&
            plainTitle.count(u' ') < 5) {
            addTerm(plainTitle, TermSource::GlossaryHeading, false, s.headingLine, column);
        } else if (role == SectionRole::Attributes &&
                   identifierTitle.match(plainTitle).hasMatch()) {
            addTerm(plainTitle, TermSource::Attribute, true, s.headingLine, column);
        }
        const SectionRole here = own.at(i) != SectionRole::None ? own.at(i) : role;
        if (here != SectionRole::Terms && here != SectionRole::Entities)
            continue;
        for (int l = s.headingLine + 1; l <= s.bodyEndLine && l <= src.lineCount(); ++l) {
            const QStringView line = src.line(l);
            if (!line.contains(QLatin1String("**")))
                continue;
            const auto m = bold.matchView(line);
            if (!m.hasMatch())
                continue;
            const QString term = m.captured(1).trimmed();
            if (requirementId.match(term).hasMatch() || term.endsWith(u':'))
                continue;
            addTerm(term,
                    here == SectionRole::Entities ? TermSource::KeyEntity
                                                  : TermSource::BoldDefinition,
                    false, l, int(m.capturedStart(1)));
        }
    }

    // Names EARS sentences give their system: "THE Auth_Service SHALL", "the Cart SHALL".
    static const QRegularExpression earsSubject(
        QStringLiteral(R"(\b(?:THE|[Tt]he)\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,3})\s+SHALL\b)"));
    for (const Statement &st : doc.statements()) {
        if (!st.text.contains(QLatin1String("SHALL")))
            continue;
        const auto m = earsSubject.match(st.text);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1);
        if (name.compare(u"System", Qt::CaseInsensitive) == 0)
            continue;
        NameUse use;
        use.name = name;
        use.key = keyOf(name);
        const int at = int(src.text().indexOf(name, std::max(0, st.range.startOffset)));
        use.line = at >= 0 ? src.lineForOffset(at) : st.range.startLine;
        use.range = at >= 0 ? src.rangeFromOffsets(at, at + int(name.size())) : st.range;
        out.nameUses.append(use);
    }
}

QHash<QString, QList<TermForm>> TermExtractor::extractForms(const SpecDocument &doc,
                                                            const QSet<QString> &keys)
{
    // Word forms: runs of up to maxWords words (a word may hold '-' or '_') separated by single
    // spaces, in prose, headings and tables, links' destinations blanked. Only forms whose key
    // is asked for are kept: a 5 MB spec writes millions of word runs and the rules look up
    // only the keys of defined terms.
    QHash<QString, QList<TermForm>> forms;
    if (keys.isEmpty())
        return forms;
    qsizetype longestKey = 0;
    for (const QString &k : keys)
        longestKey = std::max(longestKey, k.size());
    const SourceText &src = doc.source();
    static const QRegularExpression word(
        QStringLiteral(R"([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)"));
    struct Word
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Word> words;
    QString key;
    for (const Block &b : doc.blocks()) {
        if (!readsBlock(b))
            continue;
        const int from = src.lineStartOffset(b.startLine);
        const int to = src.lineStartOffset(b.endLine) + int(src.line(b.endLine).size());
        const QString text = ProseScanner::maskLinks(src.text().mid(from, to - from));
        QString prose; // code spans blanked, made only when a form is kept
        words.clear();
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            words.append({m.capturedStart(0), m.capturedEnd(0)});
        }
        for (int w = 0; w < words.size(); ++w) {
            key.clear();
            for (int n = 0; n < maxWords && w + n < words.size(); ++n) {
                if (n > 0) {
                    const Word &prev = words.at(w + n - 1);
                    const Word &cur = words.at(w + n);
                    if (cur.start - prev.end != 1 || text.at(prev.end) != u' ')
                        break;
                }
                // The key of a run is the keys of its words one after the other.
                for (qsizetype i = words.at(w + n).start; i < words.at(w + n).end; ++i) {
                    const char16_t c = text.at(i).unicode(); // ASCII: the word pattern's
                    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                        key.append(QChar(c));
                    else if (c >= u'A' && c <= u'Z')
                        key.append(QChar(c | 0x20));
                }
                if (key.size() > longestKey)
                    break;
                if (!keys.contains(key))
                    continue;
                const QString form =
                    text.mid(words.at(w).start, words.at(w + n).end - words.at(w).start);
                const int offset = from + int(words.at(w).start);
                if (prose.isNull())
                    prose = ProseScanner::maskCode(text);
                const bool inProse = prose.at(words.at(w).start) != u' ';
                QList<TermForm> &list = forms[key];
                TermForm *entry = nullptr;
                for (TermForm &f : list)
                    if (f.form == form)
                        entry = &f;
                if (!entry) {
                    list.append({form, 0, src.lineForOffset(offset), offset, 0, -1});
                    entry = &list.last();
                }
                ++entry->count;
                if (inProse) {
                    if (entry->proseCount++ == 0)
                        entry->firstProseOffset = offset;
                }
            }
        }
    }
    return forms;
}

} // namespace Specwright
