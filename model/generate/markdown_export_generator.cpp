#include "markdown_export_generator.h"

#include <algorithm>

namespace Specwright {

namespace {

struct Edit
{
    int start = 0;
    int end = 0;
    QString replacement;
};

} // namespace

QString MarkdownExportGenerator::exportText(const GenerationRequest &request, QStringList *warnings)
{
    const SpecDocument &doc = *request.document;
    const SourceText &src = doc.source();
    int from = 0;
    int to = int(doc.text().size());
    if (!request.sectionId.isEmpty()) {
        const QList<int> selected = request.selectedSections();
        if (selected.isEmpty())
            return {};
        const Section &s = doc.sections().at(selected.first());
        from = src.lineStartOffset(s.headingLine);
        to = s.endLine < src.lineCount() ? src.lineStartOffset(s.endLine + 1) : to;
    }
    QList<Edit> edits;
    for (const Section &s : doc.sections()) {
        if (s.headingRange.startOffset < from || s.headingRange.startOffset >= to)
            continue;
        if (s.attributeRange.isValid()) {
            int start = s.attributeRange.startOffset;
            while (start > 0 && doc.text().at(start - 1) == u' ')
                --start;
            edits.append({start, s.attributeRange.endOffset, QString()});
        }
        // The attribute block is not GitHub Markdown: its id and every attribute move to an
        // anchor before the heading (authority="root" -> data-authority="root"), so none is lost.
        if (s.explicitId || !s.attributes.isEmpty()) {
            QString anchor = QStringLiteral("<a id=\"%1\"").arg(s.id.toHtmlEscaped());
            QStringList classes;
            for (const Attribute &a : s.attributes) {
                if (a.key == u"class")
                    classes.append(a.value);
                else
                    anchor += QStringLiteral(" data-%1=\"%2\"")
                                  .arg(a.key.toHtmlEscaped(), a.value.toHtmlEscaped());
            }
            if (!classes.isEmpty())
                anchor += QStringLiteral(" class=\"%1\"").arg(classes.join(u' ').toHtmlEscaped());
            edits.append({s.headingRange.startOffset, s.headingRange.startOffset,
                          anchor + QStringLiteral("></a>\n\n")});
        }
    }
    for (const Reference &ref : doc.references()) {
        if (ref.range.startOffset < from || ref.range.endOffset > to)
            continue;
        if (ref.kind == ReferenceKind::External || ref.kind == ReferenceKind::Footnote)
            continue;
        Reference r = ref;
        if (ref.targetFile.isEmpty()) {
            const int target = doc.sectionIndexById(ref.targetId);
            r.state = target >= 0 ? ResolutionState::Resolved : ResolutionState::Unresolved;
            r.resolvedTitle = target >= 0 ? doc.sections().at(target).title : QString();
        } else if (request.workspace) {
            r = request.workspace->resolve(ref, doc.filePath());
        }
        if (r.state == ResolutionState::Unresolved && warnings)
            warnings->append(tr("%1:%2: unresolved reference %3")
                                 .arg(request.specPath())
                                 .arg(ref.range.startLine)
                                 .arg(ref.target));
        if (ref.kind != ReferenceKind::QuestionMark)
            continue;
        const QString text = r.state == ResolutionState::Resolved && !r.resolvedTitle.isEmpty()
                                 ? r.resolvedTitle
                                 : (ref.targetId.isEmpty() ? ref.targetFile : ref.targetId);
        edits.append({ref.range.startOffset, ref.range.endOffset,
                      u'[' + text + QStringLiteral("](") + ref.target + u')'});
    }
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.start > b.start; });
    QString text = doc.text().mid(from, to - from);
    for (const Edit &e : std::as_const(edits))
        text.replace(e.start - from, e.end - e.start, e.replacement);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

GeneratorOutput MarkdownExportGenerator::generate(const GenerationRequest &request,
                                                  const GenerationContext &context)
{
    QStringList warnings;
    const QString text = exportText(request, &warnings);
    for (const QString &w : std::as_const(warnings))
        context.log(tr("warning: %1").arg(w));
    context.progress(1, 1);
    GeneratorOutput out;
    out.files.append({outputPath(request, QStringLiteral("publish/{spec}.md")), text.toUtf8()});
    return out;
}

} // namespace Specwright
