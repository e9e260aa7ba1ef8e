#include "section_blame.h"

#include "file_history.h"
#include "git_repository.h"
#include "spec_document.h"

#include <QSet>

namespace Specwright {

SectionBlameResult SectionBlame::compute(const GitRepository &repository,
                                         const QString &relativePath)
{
    SectionBlameResult result;
    GitResult<GitOid> head = repository.headId();
    if (!head) {
        result.error = head.errorMessage();
        return result;
    }
    result.head = head.value();
    GitResult<FileText> text = FileHistory::textAt(repository, result.head, relativePath);
    if (!text) {
        result.error = text.errorMessage();
        return result;
    }
    if (!text->exists) {
        result.error = tr("%1 is not in the last commit").arg(relativePath);
        return result;
    }
    if (text->binary || text->huge) {
        result.error = tr("%1 is binary or too large to blame").arg(relativePath);
        return result;
    }
    GitResult<QList<GitBlameHunk>> hunks = repository.blame(relativePath);
    if (!hunks) {
        result.error = hunks.errorMessage();
        return result;
    }
    const SpecDocument::Ptr doc = SpecDocument::parse(text->text, relativePath);
    for (const Section &section : doc->sections()) {
        SectionBlameEntry entry;
        entry.sectionId = section.id;
        entry.title = section.title;
        entry.headingLine = section.headingLine;
        const int first = section.headingLine;
        const int last = qMax(section.bodyEndLine, first);
        entry.lineCount = last - first + 1;
        qint64 newest = -1;
        QSet<QString> authors;
        for (const GitBlameHunk &h : hunks.value()) {
            const int hEnd = h.startLine + h.lineCount - 1;
            if (hEnd < first || h.startLine > last)
                continue;
            authors.insert(h.email);
            if (h.time > newest) {
                newest = h.time;
                entry.commit = h.commit;
                entry.author = h.author;
                entry.time = QDateTime::fromSecsSinceEpoch(h.time);
                entry.summary = h.summary;
            }
        }
        entry.authorCount = int(authors.size());
        result.entries.append(entry);
    }
    return result;
}

} // namespace Specwright
