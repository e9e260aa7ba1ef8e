#include "finding_fingerprint.h"

#include <QCryptographicHash>
#include <QHash>

namespace Specwright {

namespace {

QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

QString FindingFingerprint::normalisedSpan(const SpecDocument &document, const SourceRange &range)
{
    const QString &text = document.text();
    const int start = range.startOffset;
    const int end = range.endOffset;
    if (start >= 0 && end > start && end <= text.size())
        return collapseWhitespace(QStringView(text).mid(start, end - start));
    if (range.startLine > 0 && range.startLine <= document.source().lineCount())
        return collapseWhitespace(document.source().line(range.startLine));
    return {};
}

QString FindingFingerprint::key(const SpecDocument *document, const QString &ruleId,
                                const SourceRange &range, const QString &message)
{
    QString section;
    QString span;
    if (document) {
        const int index = document->sectionAtLine(range.startLine);
        if (index >= 0)
            section = document->sections().at(index).id;
        span = normalisedSpan(*document, range);
    }
    // Files without a document (configuration) fall back to the message, which names the key.
    if (span.isEmpty())
        span = collapseWhitespace(message);
    return section + u'\x1f' + ruleId + u'\x1f' + span;
}

void FindingFingerprint::assign(QList<ReportResult> &results, const DocumentLookup &documentFor)
{
    QHash<QString, SpecDocument::Ptr> documents;
    QHash<QString, int> seen; // path + key -> occurrences so far
    for (ReportResult &r : results) {
        if (!documents.contains(r.path))
            documents.insert(r.path, documentFor ? documentFor(r.path) : nullptr);
        const SpecDocument::Ptr doc = documents.value(r.path);
        const QString k = key(doc.get(), r.ruleId, r.range, r.message);
        const int occurrence = seen[r.path + u'\x1e' + k]++;
        const QByteArray hash =
            QCryptographicHash::hash(k.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
        r.fingerprint = QString::fromLatin1(hash) + u':' + QString::number(occurrence + 1);
    }
}

} // namespace Specwright
