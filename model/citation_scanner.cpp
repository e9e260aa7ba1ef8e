#include "citation_scanner.h"

#include "text_search.h"

#include <QRegularExpression>

namespace Specwright {

FrontMatter CitationScanner::readFrontMatter(const SourceText &src)
{
    // "---" on line 1, YAML, then "---" or "..." (kramdown-rfc, pandoc, CommonMark's spec).
    if (src.lineCount() < 2 || src.line(1).trimmed() != u"---")
        return {};
    const int limit = std::min(src.lineCount(), 5000);
    int end = 0;
    for (int line = 2; line <= limit; ++line) {
        const QStringView l = src.line(line);
        if (l.trimmed() == u"---" || l.trimmed() == u"...") {
            end = line;
            break;
        }
        // A YAML line is "key:", "- item", indented or empty; anything else is not front matter.
        if (!l.isEmpty() && !l.front().isSpace() && l.front() != u'-' && l.front() != u'#' &&
            !l.contains(u':'))
            return {};
    }
    if (end == 0)
        return {};
    FrontMatter fm;
    fm.startLine = 1;
    fm.endLine = end;
    QStringList *list = nullptr;
    for (int line = 2; line < end; ++line) {
        const QStringView l = src.line(line);
        if (l.isEmpty() || l.front() == u'#')
            continue; // YAML comments do not end a reference list
        if (!l.front().isSpace()) {
            list = nullptr;
            const QStringView key = l.left(l.indexOf(u':')).trimmed();
            if (key == u"title") {
                QString value = l.mid(l.indexOf(u':') + 1).trimmed().toString();
                if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\''))
                    value = value.mid(1, value.size() - 2);
                fm.title = value;
            } else if (key == u"normative") {
                list = &fm.normativeReferences;
            } else if (key == u"informative") {
                list = &fm.informativeReferences;
            }
            continue;
        }
        // Reference names are the keys indented by two spaces under normative:/informative:.
        if (list && l.size() > 2 && l.startsWith(u"  ") && !l.at(2).isSpace() && l.contains(u':'))
            list->append(l.mid(2, l.indexOf(u':') - 2).trimmed().toString());
    }
    return fm;
}

CitationScanner::Found CitationScanner::scan(QString &masked, int offset, const SourceText &src,
                                             const FrontMatter &fm)
{
    Found found;
    if (TextSearch::contains(masked, u"[[")) {
        // ReSpec: [[RFC8259]], [[?informative]], [[!normative]], [[KEY|shown text]].
        static const QRegularExpression respec(
            QStringLiteral(R"(\[\[([!?]?)([^\[\]|\s][^\[\]|]*)(?:\|([^\[\]]*))?\]\])"));
        auto it = respec.globalMatch(masked);
        while (it.hasNext()) {
            const auto m = it.next();
            Citation c;
            c.key = m.captured(2).trimmed();
            c.text = m.captured(0);
            c.display = m.captured(3).trimmed();
            c.normative = m.capturedView(1) == u"!";
            c.informative = m.capturedView(1) == u"?";
            c.range = src.rangeFromOffsets(offset + int(m.capturedStart(0)),
                                           offset + int(m.capturedEnd(0)));
            found.citations.append(c);
            for (qsizetype i = m.capturedStart(0); i < m.capturedEnd(0); ++i)
                masked[i] = u' ';
        }
    }
    if (TextSearch::contains(masked, u"{{")) {
        // kramdown-rfc: {{RFC8259}} / {{-alias}} / {{Section 4 of -json}} cite; {{anchor}} and
        // {{<anchor}} refer to a section or a {: #anchor} block; {{{Name}}} is a person.
        static const QRegularExpression kramdown(QStringLiteral(R"(\{\{(\{?)([^{}\n]+)\}\}(\}?))"));
        static const QRegularExpression citeKey(QStringLiteral(
            R"(^(?:(?:Section|Sections|Appendix)\s+[^\s]+(?:\s+and\s+[^\s]+)?\s+of\s+)?([-\w.:/]+)(?:\s+\([^()]*\))?$)"));
        auto it = kramdown.globalMatch(masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const int from = offset + int(m.capturedStart(0));
            const int to = offset + int(m.capturedEnd(0));
            for (qsizetype i = m.capturedStart(0); i < m.capturedEnd(0); ++i)
                masked[i] = u' ';
            if (!m.capturedView(1).isEmpty())
                continue; // {{{Author Name}}}
            QString inner = m.captured(2).trimmed();
            if (inner.startsWith(u'<') || inner.startsWith(u'^'))
                inner = inner.mid(1).trimmed();
            const auto k = citeKey.match(inner);
            const QString key = k.hasMatch() ? k.captured(1) : inner;
            const bool isCitation =
                key.startsWith(u'-') || key.startsWith(QLatin1String("RFC")) ||
                key.startsWith(QLatin1String("I-D.")) || key.startsWith(QLatin1String("BCP")) ||
                key.startsWith(QLatin1String("STD")) || fm.normativeReferences.contains(key) ||
                fm.informativeReferences.contains(key) || key != inner;
            if (isCitation) {
                Citation c;
                c.key = key;
                c.text = m.captured(0);
                c.normative = fm.normativeReferences.contains(key);
                c.informative = fm.informativeReferences.contains(key);
                c.range = src.rangeFromOffsets(from, to);
                found.citations.append(c);
                continue;
            }
            Reference r;
            r.kind = ReferenceKind::Section;
            r.text = m.captured(0);
            r.target = u'#' + key;
            r.targetId = key;
            r.range = src.rangeFromOffsets(from, to);
            found.references.append(r);
        }
    }
    if (TextSearch::contains(masked, u"{:")) {
        // kramdown IAL lines "{: #anchor title=...}" name the block before them.
        static const QRegularExpression ial(QStringLiteral(R"(\{:\s*#([\w.:-]+)[^}\n]*\})"));
        auto it = ial.globalMatch(masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const int line = src.lineForOffset(offset + int(m.capturedStart(0)));
            found.anchors.append({m.captured(1), line});
            for (qsizetype i = m.capturedStart(0); i < m.capturedEnd(0); ++i)
                masked[i] = u' ';
        }
    }
    return found;
}

} // namespace Specwright
