#include "generation_request.h"

#include "output_path_guard.h"
#include "provenance.h"
#include "spec_title.h"

#include <QFileInfo>
#include <QSet>

namespace Specwright {

QString GenerationRequest::specPath() const
{
    if (workspace && !document->filePath().isEmpty())
        return workspace->relativePath(document->filePath());
    return QFileInfo(document->filePath()).fileName();
}

QString GenerationRequest::specBaseName() const
{
    const QString base = QFileInfo(document->filePath()).completeBaseName();
    return base.isEmpty() ? QStringLiteral("spec") : base;
}

QString GenerationRequest::specBlob() const
{
    return Provenance::gitBlobSha1(document->source().utf8());
}

QList<int> GenerationRequest::selectedSections() const
{
    const QList<Section> &sections = document->sections();
    QList<int> out;
    if (sectionId.isEmpty()) {
        for (int i = 0; i < sections.size(); ++i)
            out.append(i);
        return out;
    }
    const int root = document->sectionIndexById(sectionId);
    if (root < 0)
        return out;
    // Subsections follow their parent in document order up to its end line.
    for (int i = root; i < sections.size(); ++i) {
        if (i > root && sections.at(i).headingLine > sections.at(root).endLine)
            break;
        out.append(i);
    }
    return out;
}

QString GenerationRequest::sectionProse(int index) const
{
    const Section &s = document->sections().at(index);
    const SourceText &src = document->source();
    QSet<int> skipped;
    for (int e : s.examples) {
        const Example &ex = document->examples().at(e);
        for (int line = ex.range.startLine; line <= ex.range.endLine; ++line)
            skipped.insert(line);
    }
    QStringList lines;
    for (int line = s.headingLine + 1; line <= s.bodyEndLine && line <= src.lineCount(); ++line)
        if (!skipped.contains(line))
            lines.append(src.line(line).toString());
    // Footnote definitions belong to the end of the document, not to the last section.
    while (!lines.isEmpty() &&
           (lines.last().trimmed().isEmpty() || lines.last().startsWith(QLatin1String("[^"))))
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    // Collapse the blank lines left where examples were cut out.
    QStringList out;
    for (const QString &l : std::as_const(lines))
        if (!(l.trimmed().isEmpty() && !out.isEmpty() && out.last().trimmed().isEmpty()))
            out.append(l);
    return out.join(u'\n');
}

QList<Example> GenerationRequest::evalExamples(int section) const
{
    QList<Example> out;
    if (!workspace)
        return out;
    QSet<QString> seen;
    for (const FootnoteTag &f : document->footnotes()) {
        if (f.section != section || f.isDefinition || seen.contains(f.tag))
            continue;
        seen.insert(f.tag);
        out += workspace->evalExamples(f.tag, document->filePath());
    }
    return out;
}

QString GenerationRequest::expandPattern(const QString &pattern, const QString &name) const
{
    QString out = pattern;
    // Ids and names come from the workspace: each becomes one safe file name ({#../../x}).
    out.replace(QLatin1String("{spec}"), OutputPathGuard::safeFileName(specBaseName()));
    out.replace(QLatin1String("{section}"), sectionId.isEmpty()
                                                ? QStringLiteral("all")
                                                : OutputPathGuard::safeFileName(sectionId));
    out.replace(QLatin1String("{name}"), OutputPathGuard::safeFileName(name));
    return out;
}

QString GenerationRequest::documentTitle() const
{
    return SpecTitle::of(*document, workspace.get());
}

} // namespace Specwright
