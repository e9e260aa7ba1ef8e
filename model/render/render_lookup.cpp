#include "render_lookup.h"

#include "spec_document.h"

#include <QCryptographicHash>

namespace Specwright {

namespace {

void addString(QCryptographicHash &hash, const QString &s)
{
    const qsizetype size = s.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(s.constData()),
                                s.size() * qsizetype(sizeof(QChar))));
}

void addSections(QCryptographicHash &hash, const SpecDocument &document)
{
    // Links show other sections' titles ([?](#id)), broken ones are marked, ids are deduplicated.
    for (const Section &s : document.sections()) {
        addString(hash, s.id);
        addString(hash, s.title);
    }
}

// Link reference definitions ([x]: url) apply anywhere in the document; footnote definitions
// decide what [^x] is. Every line that may be one (after container markers) is part of the key.
void addDefinitionLines(QCryptographicHash &hash, const QByteArray &utf8)
{
    const char *data = utf8.constData();
    const qsizetype n = utf8.size();
    qsizetype start = 0;
    while (start < n) {
        const char *nl = static_cast<const char *>(memchr(data + start, '\n', size_t(n - start)));
        const qsizetype end = nl ? nl - data : n;
        qsizetype i = start;
        while (i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '>'))
            ++i;
        if (i < end && data[i] == '[') {
            const QByteArrayView line(data + start, end - start);
            if (line.contains("]:")) {
                hash.addData(line);
                hash.addData("\n");
            }
        }
        start = end + 1;
    }
}

} // namespace

RenderLookup::RenderLookup(const SpecDocument &document)
{
    for (const FootnoteTag &f : document.footnotes()) {
        if (f.examplesFile.isEmpty())
            continue;
        m_examplesFileByTag.insert(f.tag, f.examplesFile);
        const QString escaped = f.tag.toHtmlEscaped();
        if (!m_promptLinkTags.contains(escaped))
            m_promptLinkTags.insert(escaped, &f);
    }
}

QByteArray RenderLookup::contextKey(const SpecDocument &document, const QByteArray &utf8,
                                    const SpecDocument *titles, const Workspace *workspace,
                                    const QByteArray &optionsKey)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(optionsKey);
    addString(hash, document.filePath());
    const quintptr ws = quintptr(workspace);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&ws), sizeof ws));
    addSections(hash, document);
    if (titles) {
        hash.addData("titles");
        addSections(hash, *titles);
    }
    // Footnote numbers and back references follow the order of all references.
    for (const FootnoteTag &f : document.footnotes()) {
        addString(hash, f.tag);
        hash.addData(f.isDefinition ? "d" : "r");
        addString(hash, f.examplesFile);
    }
    addDefinitionLines(hash, utf8);
    return hash.result();
}

const FootnoteTag *RenderLookup::promptLinkTag(QStringView escapedTag) const
{
    return m_promptLinkTags.value(escapedTag.toString(), nullptr);
}

} // namespace Specwright
